// Create and edit forms from a description: its sections, its inputs, and the server's own rules
// run in the browser first (the same validateRecord), server errors shown on their fields.
import type { ReactElement } from "react";
import { Create, Edit, SimpleForm, type ValidateForm } from "react-admin";
import { Box, Divider, Typography } from "@mui/material";
import type { ResourceDescription } from "../../../entities/describe";
import { validateRecord } from "../../../entities/validate";
import { RecordTitle } from "./fields";
import { inputFor } from "./inputs";
import { sectionsOf } from "./sections";

export type InputOverrides = Record<string, ReactElement>;

const validator =
  (desc: ResourceDescription): ValidateForm =>
  (values) => {
    const { errors } = validateRecord(desc, values, values.id ? values : undefined);
    delete errors._;
    return errors;
  };

function FormBody({ desc, overrides }: { desc: ResourceDescription; overrides: InputOverrides }) {
  return (
    <>
      {sectionsOf(desc, (k) => !desc.fields[k].readOnly).map((s, i) => (
        <Box key={s.title || i} sx={{ width: "100%", mb: 1 }}>
          {s.title ? (
            <>
              {i > 0 ? <Divider sx={{ my: 1 }} /> : null}
              <Typography variant="subtitle1" sx={{ fontWeight: 600, color: "primary.main", mb: 1 }}>
                {s.title}
              </Typography>
            </>
          ) : null}
          <Box sx={{ display: "flex", flexWrap: "wrap", columnGap: 2, "& > *": { minWidth: 0 } }}>
            {s.fields.map((k) => (
              <Box
                key={k}
                sx={{ flexBasis: ["text", "rows", "enums", "refs"].includes(desc.fields[k].type) ? "100%" : "auto" }}
              >
                {overrides[k] ?? inputFor(k, desc.fields[k])}
              </Box>
            ))}
          </Box>
        </Box>
      ))}
    </>
  );
}

function defaults(desc: ResourceDescription) {
  return Object.fromEntries(
    Object.entries(desc.fields)
      .filter(([, f]) => f.default !== undefined)
      .map(([k, f]) => [k, f.default]),
  );
}

export const makeCreate = (desc: ResourceDescription, overrides: InputOverrides = {}) =>
  function ResourceCreate() {
    return (
      <Create redirect="show">
        <SimpleForm validate={validator(desc)} defaultValues={defaults(desc)} warnWhenUnsavedChanges>
          <FormBody desc={desc} overrides={overrides} />
        </SimpleForm>
      </Create>
    );
  };

export const makeEdit = (desc: ResourceDescription, overrides: InputOverrides = {}) =>
  function ResourceEdit() {
    return (
      <Edit mutationMode="pessimistic" redirect="show" title={<RecordTitle desc={desc} />}>
        <SimpleForm validate={validator(desc)} warnWhenUnsavedChanges>
          <FormBody desc={desc} overrides={overrides} />
        </SimpleForm>
      </Edit>
    );
  };
