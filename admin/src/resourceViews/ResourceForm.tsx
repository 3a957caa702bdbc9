// Create and edit forms from a description: its sections, its inputs, and the server's own rules
// run in the browser first (the same validateRecord), server errors shown on their fields.
import type { ReactElement } from "react";
import {
  Create,
  DeleteButton,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
  type ValidateForm,
} from "react-admin";
import { Alert, Box, Divider, Typography } from "@mui/material";
import { fieldApplies, type Field, type ResourceDescription } from "../../../entities/describe";
import { SERVICES } from "../../../entities/user";
import {
  ENTERPRISE_START,
  enterpriseFixedFields,
  FORM_STATUS,
  isEnterpriseForm,
} from "../../../entities/enterpriseForms";
import type { Permissions } from "../authProvider";
import { validateRecord } from "../../../entities/validate";
import { MY_FORMS_PATH } from "../enterpriseForms/api";
import { RecordTitle } from "./fields";
import { inputFor } from "./inputs";
import { sectionsOf } from "./sections";

export type InputOverrides = Record<string, ReactElement>;

/**
 * The server's rules, run in the browser, with their Chinese messages on the fields. The forms are
 * `noValidate`: the browser's own checks (a number input's min and max) would answer in its language.
 */
const validator =
  (desc: ResourceDescription): ValidateForm =>
  (values) => {
    const { errors } = validateRecord(desc, values, values.id ? values : undefined);
    delete errors._;
    return errors;
  };

const SERVICE_VALUES = SERVICES.map((o) => o.value);

/**
 * What the user's own account already says (the server enforces both): a city bureau's records are of
 * its city, so a reference to cities is its own and fixed; a provider's service (a diagnosis's kind) is
 * one of its services, fixed when it has one of them, else chosen among its own only.
 */
export function ownValues(desc: ResourceDescription, user: Permissions["user"] | undefined) {
  const values: Record<string, unknown> = {};
  const fixed = new Set<string>();
  const hidden = new Set<string>();
  const narrowed: Record<string, Field> = {};
  if (!user) return { values, fixed, hidden, narrowed };
  if (user.role === "enterprise") {
    // An enterprise fills in its own forms: its enterprise is fixed; what others decide it does not see in
    // the form (its own record's identity it sees, read only); a new form starts as the server starts it.
    for (const k of enterpriseFixedFields(desc.key)) (desc.key === "enterprises" ? fixed : hidden).add(k);
    if (desc.enterpriseKey) {
      values[desc.enterpriseKey] = user.enterpriseId;
      fixed.add(desc.enterpriseKey);
      hidden.delete(desc.enterpriseKey);
    }
    Object.assign(values, ENTERPRISE_START[desc.key]);
    return { values, fixed, hidden, narrowed };
  }
  for (const [k, f] of Object.entries(desc.fields)) {
    if (f.readOnly || f.virtual) continue;
    if (user.role === "city" && f.type === "ref" && f.ref === "cities" && user.cityId != null) {
      values[k] = user.cityId;
      fixed.add(k);
    }
    const isService =
      f.type === "enum" && !!f.options?.length && f.options.every((o) => SERVICE_VALUES.includes(o.value));
    if (user.role === "provider" && isService) {
      const own = f.options!.filter((o) => user.services.includes(o.value));
      if (own.length === 1) {
        values[k] = own[0].value;
        fixed.add(k);
      } else if (own.length && own.length < f.options!.length) narrowed[k] = { ...f, options: own };
    }
  }
  return { values, fixed, hidden, narrowed };
}

function FormBody({ desc, overrides }: { desc: ResourceDescription; overrides: InputOverrides }) {
  const { permissions } = usePermissions<Permissions>();
  const own = ownValues(desc, permissions?.user);
  // A custom field of one 培育批次 shows on that round's records only.
  const record = useRecordContext();
  const fixed = (k: string) => own.fixed.has(k) || (!!record?.id && !!desc.fixedAfterCreate?.includes(k));
  const input = (k: string) =>
    overrides[k] ??
    (fixed(k) ? inputFor(k, desc.fields[k], { readOnly: true }) : inputFor(k, own.narrowed[k] ?? desc.fields[k]));
  return (
    <>
      {sectionsOf(
        desc,
        (k) => !desc.fields[k].readOnly && !own.hidden.has(k) && fieldApplies(desc.fields[k], record),
      ).map((s, i) => (
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
                {input(k)}
              </Box>
            ))}
          </Box>
        </Box>
      ))}
    </>
  );
}

/**
 * Where a save leads: the record's page; for an enterprise, back to 我的报名表 — but a new trainee to its
 * form again, where the photo is added once it is saved.
 */
function afterSave(desc: ResourceDescription, permissions: Permissions | undefined, after: "create" | "edit") {
  if (permissions?.user.role !== "enterprise") return "show";
  if (desc.key === "trainees" && after === "create") return "edit";
  return () => MY_FORMS_PATH;
}

/** Saving without deleting: an enterprise's own record (and its 推荐表, kept once made) is not its to delete. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Save, and a delete whose confirmation says what else it removes (the description's deleteWarning). */
const WarnedDeleteToolbar = ({ warning }: { warning: string }) => (
  <Toolbar sx={{ justifyContent: "space-between" }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" confirmContent={warning} />
  </Toolbar>
);

/** A form its city returned says why, above the fields to correct. */
function ReturnedReason() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record?.formStatus !== FORM_STATUS.returned || !record.formReturnReason) return null;
  return (
    <Alert severity="warning" sx={{ width: "100%", mb: 2 }}>
      {translate("app.myForms.returnedBecause", { reason: record.formReturnReason })}
    </Alert>
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
    // The user's own city or service is filled in before the form starts (its defaults are read once).
    const { permissions, isPending } = usePermissions<Permissions>();
    if (isPending) return null;
    const own = ownValues(desc, permissions?.user).values;
    return (
      <Create redirect={afterSave(desc, permissions, "create")}>
        <SimpleForm
          validate={validator(desc)}
          defaultValues={{ ...defaults(desc), ...own }}
          warnWhenUnsavedChanges
          noValidate
        >
          <FormBody desc={desc} overrides={overrides} />
        </SimpleForm>
      </Create>
    );
  };

export const makeEdit = (desc: ResourceDescription, overrides: InputOverrides = {}) =>
  function ResourceEdit() {
    const { permissions } = usePermissions<Permissions>();
    return (
      <Edit
        mutationMode={desc.undoable ? "undoable" : "pessimistic"}
        redirect={afterSave(desc, permissions, "edit")}
        title={<RecordTitle desc={desc} />}
      >
        <SimpleForm
          validate={validator(desc)}
          warnWhenUnsavedChanges
          noValidate
          toolbar={
            permissions?.user.role === "enterprise" && (!isEnterpriseForm(desc.key) || desc.key === "registrations") ? (
              <SaveOnly />
            ) : desc.deleteWarning ? (
              <WarnedDeleteToolbar warning={desc.deleteWarning} />
            ) : undefined
          }
        >
          <ReturnedReason />
          <FormBody desc={desc} overrides={overrides} />
        </SimpleForm>
      </Edit>
    );
  };
