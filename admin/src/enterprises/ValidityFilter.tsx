// 有效期内 / 已过期: a designation is valid until its validUntil date.
import { FilterList, FilterListItem, useTranslate } from "react-admin";

const today = () => new Date().toISOString().slice(0, 10);

export function ValidityFilter() {
  const translate = useTranslate();
  return (
    <FilterList label="app.filter.validity" icon={null}>
      <FilterListItem
        label={translate("app.filter.valid")}
        value={{ validUntil_gte: today(), validUntil_lt: undefined }}
      />
      <FilterListItem
        label={translate("app.filter.expired")}
        value={{ validUntil_lt: today(), validUntil_gte: undefined }}
      />
    </FilterList>
  );
}
