// The input for one described field, with the description's bounds and required mark.
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
} from "react-admin";
import type { Field, RowField } from "../../../entities/describe";

const byValue = { optionValue: "value", optionText: "label" } as const;
const wide = { sx: { width: "100%", maxWidth: 720 } };

/** react-admin shows the asterisk when a validator says it is `isRequired`; the rules themselves run form-wide. */
const mark = (f: Field | RowField) => (f.required ? { validate: required() } : {});
const helper = (f: Field) => (f.help ? { helperText: f.help } : {});

function plainInput(source: string, f: Field | RowField, label?: string) {
  const common = { source, label, ...mark(f), ...("help" in f ? helper(f as Field) : {}) };
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
        <ReferenceInput source={source} reference={f.ref!}>
          <AutocompleteInput label={label} {...mark(f)} sx={{ minWidth: 280 }} />
        </ReferenceInput>
      );
    default:
      if ("virtual" in f && f.virtual)
        return <PasswordInput {...common} autoComplete="new-password" sx={{ minWidth: 280 }} />;
      return <TextInput {...common} {...(f.max && f.max > 60 ? wide : { sx: { minWidth: 280 } })} />;
  }
}

export function inputFor(source: string, f: Field) {
  const input = (() => {
    switch (f.type) {
      case "enum":
        return (
          <SelectInput
            source={source}
            choices={f.options as any}
            {...byValue}
            {...mark(f)}
            {...helper(f)}
            sx={{ minWidth: 280 }}
          />
        );
      case "enums":
        return (
          <CheckboxGroupInput source={source} choices={f.options as any} {...byValue} {...mark(f)} {...helper(f)} />
        );
      case "boolean":
        return <BooleanInput source={source} {...helper(f)} />;
      case "refs":
        return (
          <ReferenceArrayInput source={source} reference={f.ref!}>
            <AutocompleteArrayInput {...helper(f)} sx={{ minWidth: 400 }} />
          </ReferenceArrayInput>
        );
      case "rows":
        return (
          <ArrayInput source={source} {...helper(f)}>
            <SimpleFormIterator inline>
              {Object.entries(f.of!).map(([k, rf]) => (
                <span key={k}>{plainInput(k, rf, rf.label)}</span>
              ))}
            </SimpleFormIterator>
          </ArrayInput>
        );
      default:
        return plainInput(source, f);
    }
  })();
  if (!f.showIf) return input;
  const dep = f.showIf;
  return <FormDataConsumer>{({ formData }) => (formData[dep] ? input : null)}</FormDataConsumer>;
}
