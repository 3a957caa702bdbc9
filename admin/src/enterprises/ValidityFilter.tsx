// 有效期内 / 已过期: a designation is valid until its validUntil date.
import { isoToday } from "../../../entities/dates";
import { FilterList, FilterListItem, useTranslate } from "react-admin";

export function ValidityFilter() {
  const translate = useTranslate();
  return (
    <FilterList label="app.filter.validity" icon={null}>
      <FilterListItem
        label={translate("app.filter.valid")}
        value={{ validUntil_gte: isoToday(), validUntil_lt: undefined }}
      />
      <FilterListItem
        label={translate("app.filter.expired")}
        value={{ validUntil_lt: isoToday(), validUntil_gte: undefined }}
      />
    </FilterList>
  );
}
