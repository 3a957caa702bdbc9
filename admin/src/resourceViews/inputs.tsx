// The input for one described field, with the description's bounds and required mark; a status input
// offers only the moves the flow allows this user from the record's state, and a field others decide
// is shown read-only (entities/decisions.ts, which the server's policy enforces).
import type { ReactElement } from "react";
import { Box } from "@mui/material";
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  NumberInput,
  PasswordInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  usePermissions,
  useRecordContext,
  useResourceContext,
} from "react-admin";
import { decidedByOthers, statusMoves, STATUS_SET_BY } from "../../../entities/decisions";
import { recordName, type Field, type Option, type RowField } from "../../../entities/describe";
import { resourceByKey } from "../descriptions";
import type { Permissions } from "../authProvider";

/** Where an input stands: a record's form (the default), or a bulk change of many records; read-only. */
export interface InputOptions {
  bulk?: boolean;
  readOnly?: boolean;
}

const byValue = { optionValue: "value", optionText: "label" } as const;
const wide = { sx: { width: "100%", maxWidth: 720 } };

/** Option lists longer than this are typed into (an autocomplete), not scrolled through (民族: 56). */
export const LONG_LIST = 15;

/**
 * The order a reference's choices come in: the target's own order where it has one (cities by GB/T 2260
 * code, classes by start date), else its name (by pinyin where the name has a sort key), else its number.
 */
export function choiceOrder(ref: string): { field: string; order: "ASC" | "DESC" } {
  const target = resourceByKey[ref];
  const [field, order] = target?.defaultSort ?? ["id", "ASC"];
  if (field !== "id") return { field, order };
  return target && target.fields[target.title]?.sort ? { field: target.title, order: "ASC" } : { field, order };
}

/** How a reference input asks for and shows its choices: in their own order, named as everywhere else, typed into. */
export const referenceProps = (ref: string) => ({ reference: ref, sort: choiceOrder(ref), perPage: 50 });
export const choiceName = (ref: string) => (r: Record<string, any>) =>
  resourceByKey[ref] ? recordName(resourceByKey[ref], r) : String(r?.id ?? "");
const typed = (q: string) => (q.trim() ? { q: q.trim() } : {});

/** react-admin shows the asterisk when a validator says it is `isRequired`; the rules themselves run form-wide. */
const mark = (f: Field | RowField) => (f.required ? { validate: required() } : {});
const helper = (f: Field) => (f.help ? { helperText: f.help } : {});

function plainInput(source: string, f: Field | RowField, label?: string, readOnly?: boolean) {
  const common = { source, label, readOnly, ...mark(f), ...("help" in f ? helper(f as Field) : {}) };
  switch (f.type) {
    case "text":
      return <TextInput {...common} multiline minRows={2} {...wide} />;
    case "int":
      return <NumberInput {...common} min={f.min} max={f.max} step={1} sx={{ minWidth: 180 }} />;
    case "number":
      return <NumberInput {...common} min={f.min} max={f.max} sx={{ minWidth: 180 }} />;
    case "date":
      return <DateInput {...common} />;
    case "ref":
      return (
        <ReferenceInput source={source} {...referenceProps(f.ref!)}>
          <AutocompleteInput
            label={label}
            readOnly={readOnly}
            optionText={choiceName(f.ref!)}
            filterToQuery={typed}
            {...mark(f)}
            sx={{ minWidth: 280 }}
          />
        </ReferenceInput>
      );
    default:
      if ("virtual" in f && f.virtual)
        return <PasswordInput {...common} autoComplete="new-password" sx={{ minWidth: 280 }} />;
      return <TextInput {...common} {...(f.max && f.max > 60 ? wide : { sx: { minWidth: 280 } })} />;
  }
}

export function inputFor(source: string, f: Field, opts: InputOptions = {}) {
  const { readOnly } = opts;
  const input = (() => {
    switch (f.type) {
      case "enum":
      case "enums": {
        // The same choices for one value or several; a list longer than LONG_LIST is typed into.
        const props = { source, choices: f.options as any, ...byValue, readOnly, ...mark(f), ...helper(f) };
        const long = f.options!.length > LONG_LIST;
        if (f.type === "enum")
          return long ? (
            <AutocompleteInput {...props} sx={{ minWidth: 280 }} />
          ) : (
            <SelectInput {...props} sx={{ minWidth: 280 }} />
          );
        return long ? <AutocompleteArrayInput {...props} sx={{ minWidth: 400 }} /> : <CheckboxGroupInput {...props} />;
      }
      case "boolean":
        return <BooleanInput source={source} readOnly={readOnly} {...helper(f)} />;
      case "refs":
        return (
          <ReferenceArrayInput source={source} {...referenceProps(f.ref!)}>
            <AutocompleteArrayInput
              readOnly={readOnly}
              optionText={choiceName(f.ref!)}
              filterToQuery={typed}
              {...helper(f)}
              sx={{ minWidth: 400 }}
            />
          </ReferenceArrayInput>
        );
      case "rows":
        return (
          <ArrayInput source={source} {...helper(f)}>
            <SimpleFormIterator inline disableAdd={readOnly} disableRemove={readOnly} disableReordering={readOnly}>
              {Object.entries(f.of!).map(([k, rf]) => (
                // Each cell as wide as what it holds (a school's name, a period), not squeezed by the row.
                <Box
                  key={k}
                  sx={{
                    width: rf.type === "text" || (rf.max ?? 0) > 60 ? 280 : 220,
                    mr: 2,
                    "& .MuiFormControl-root": { width: "100%", minWidth: 0 },
                  }}
                >
                  {plainInput(k, rf, rf.label, readOnly)}
                </Box>
              ))}
            </SimpleFormIterator>
          </ArrayInput>
        );
      default:
        return plainInput(source, f, undefined, readOnly);
    }
  })();
  const guarded = readOnly ? input : <Guarded {...{ source, f, opts, input }} />;
  if (!f.showIf) return guarded;
  const dep = f.showIf;
  return <FormDataConsumer>{({ formData }) => (formData[dep] ? guarded : null)}</FormDataConsumer>;
}

/**
 * The states a user may set a flow's field to on many records at once: what the role may set itself, or
 * every state when the role decides them all; none when others decide (the server checks each record).
 */
export function bulkStates(key: string, user: Permissions["user"]): string[] {
  const desc = resourceByKey[key];
  const field = desc?.flow?.field;
  if (!field || decidedByOthers(user, key, field)) return [];
  const only = STATUS_SET_BY[key]?.[user.role]?.states;
  const all = Object.values(desc.flow!.transitions).flat();
  return [...new Set(all)].filter((s) => !only || only.includes(s));
}

/** The field's input as this user may use it on this record: a status with the allowed moves only, or read-only. */
function Guarded({ source, f, opts, input }: { source: string; f: Field; opts: InputOptions; input: ReactElement }) {
  const resource = useResourceContext();
  const record = useRecordContext();
  const { permissions } = usePermissions<Permissions>();
  const desc = resource ? resourceByKey[resource] : undefined;
  const user = permissions?.user;
  if (!desc || !user) return input;
  if (desc.flow?.field === source && f.type === "enum") {
    const current: string | undefined = record?.id !== undefined ? record[source] : undefined;
    const allowed = opts.bulk
      ? bulkStates(desc.key, user)
      : [...(current ? [current] : []), ...statusMoves(desc, user, current)];
    const choices = (f.options as Option[]).filter((o) => allowed.includes(o.value));
    return (
      <SelectInput
        source={source}
        choices={choices as any}
        {...byValue}
        {...mark(f)}
        readOnly={!opts.bulk && choices.length <= 1}
        helperText={!opts.bulk && current && choices.length <= 1 ? "当前状态下您不能更改" : (f.help ?? false)}
        sx={{ minWidth: 280 }}
      />
    );
  }
  if (!opts.bulk && decidedByOthers(user, desc.key, source))
    return inputFor(source, { ...f, showIf: undefined }, { readOnly: true });
  return input;
}
