// Filters from a description: the search box and inputs above the list, quick filters and saved
// queries in the sidebar.
import type { ReactElement } from "react";
import { Card, CardContent } from "@mui/material";
import {
  AutocompleteInput,
  DateInput,
  FilterList,
  FilterListItem,
  NumberInput,
  ReferenceInput,
  SavedQueriesList,
  SearchInput,
  SelectInput,
  TextInput,
  useGetList,
  useTranslate,
} from "react-admin";
import { recordName, type Field, type ResourceDescription } from "../../../entities/describe";
import { resourceByKey } from "../descriptions";
import { choiceName, choiceOrder, LONG_LIST, referenceProps } from "./inputs";

const byValue = { optionValue: "value", optionText: "label" } as const;
/** Referenced resources small enough to list in the sidebar. */
const SIDEBAR_REFS = new Set(["cities", "trainingClasses"]);
const cityField = resourceByKey.enterprises.fields.cityId as Field;

/**
 * The filterable fields, with `cityId` added to records that belong to an enterprise; without it for a user whose
 * city is fixed (a city bureau sees its own city's records only: a choice of city would offer nothing).
 */
function filterFields(desc: ResourceDescription, cityFixed: boolean): [string, Field][] {
  const own = Object.entries(desc.fields).filter(([k, f]) => f.filter && !(cityFixed && k === "cityId"));
  return desc.enterpriseKey && !desc.fields.cityId && !cityFixed
    ? [["cityId", { ...cityField, label: "所属市州" }], ...own]
    : own;
}

export function listFilters(
  desc: ResourceDescription,
  translate: (key: string) => string,
  cityFixed: boolean,
): ReactElement[] {
  const from = translate("app.filter.from");
  const to = translate("app.filter.to");
  const inputs: ReactElement[] = [<SearchInput key="q" source="q" alwaysOn />];
  for (const [k, f] of filterFields(desc, cityFixed)) {
    const label = f.label;
    switch (f.type) {
      case "ref":
        inputs.push(
          <ReferenceInput
            key={k}
            source={k}
            {...referenceProps(f.ref!)}
            alwaysOn={k === "cityId" || k === "enterpriseId"}
          >
            <AutocompleteInput
              label={label}
              optionText={choiceName(f.ref!)}
              filterToQuery={(q: string) => (q.trim() ? { q: q.trim() } : {})}
              sx={{ minWidth: 200 }}
            />
          </ReferenceInput>,
        );
        break;
      case "enum":
      case "enums":
        inputs.push(
          f.options!.length > LONG_LIST ? (
            <AutocompleteInput
              key={k}
              source={k}
              label={label}
              choices={f.options as any}
              {...byValue}
              sx={{ minWidth: 200 }}
            />
          ) : (
            <SelectInput key={k} source={k} label={label} choices={f.options as any} {...byValue} />
          ),
        );
        break;
      case "boolean":
        inputs.push(
          <SelectInput
            key={k}
            source={k}
            label={label}
            choices={[
              { id: true, name: translate("app.filter.yes") },
              { id: false, name: translate("app.filter.no") },
            ]}
          />,
        );
        break;
      case "date":
        inputs.push(
          <DateInput key={`${k}_gte`} source={`${k}_gte`} label={`${label}（${from}）`} />,
          <DateInput key={`${k}_lte`} source={`${k}_lte`} label={`${label}（${to}）`} />,
        );
        break;
      case "int":
      case "number":
        inputs.push(
          <NumberInput key={`${k}_gte`} source={`${k}_gte`} label={`${label}≥`} />,
          <NumberInput key={`${k}_lte`} source={`${k}_lte`} label={`${label}≤`} />,
        );
        break;
      default:
        inputs.push(<TextInput key={k} source={k} label={label} />);
    }
  }
  return inputs;
}

function RefFilterList({ source, field }: { source: string; field: Field }) {
  const target = resourceByKey[field.ref!];
  const { data } = useGetList(target.key, {
    pagination: { page: 1, perPage: 100 },
    sort: choiceOrder(target.key),
  });
  return (
    <FilterList label={field.label} icon={null}>
      {(data ?? []).map((r) => (
        <FilterListItem key={r.id} label={recordName(target, r)} value={{ [source]: r.id }} />
      ))}
    </FilterList>
  );
}

export function ListSidebar({
  desc,
  extra,
  cityFixed,
}: {
  desc: ResourceDescription;
  extra?: ReactElement;
  cityFixed: boolean;
}) {
  const translate = useTranslate();
  const quick = filterFields(desc, cityFixed).filter(
    ([, f]) =>
      (f.type === "enum" && f.options!.length <= 8) ||
      f.type === "boolean" ||
      (f.type === "ref" && SIDEBAR_REFS.has(f.ref!)),
  );
  return (
    <Card
      sx={{
        order: -1,
        mr: 2,
        mt: 8,
        width: 220,
        minWidth: 220,
        display: { xs: "none", lg: "block" },
        alignSelf: "flex-start",
      }}
    >
      <CardContent sx={{ pt: 1, "& .MuiListItemButton-root": { py: 0.25 } }}>
        <SavedQueriesList />
        {extra}
        {quick.map(([k, f]) =>
          f.type === "ref" ? (
            <RefFilterList key={k} source={k} field={f} />
          ) : (
            <FilterList key={k} label={f.label} icon={null}>
              {f.type === "boolean"
                ? [true, false].map((v) => (
                    <FilterListItem
                      key={String(v)}
                      label={translate(v ? "app.filter.yes" : "app.filter.no")}
                      value={{ [k]: v }}
                    />
                  ))
                : f.options!.map((o) => <FilterListItem key={o.value} label={o.label} value={{ [k]: o.value }} />)}
            </FilterList>
          ),
        )}
      </CardContent>
    </Card>
  );
}
