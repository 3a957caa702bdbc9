// 待填写 / 已提交 / 已退回 / 已通过: the review state of a form an enterprise filled in online (labels from
// FORM_STATUSES); a record the city keyed in itself has none and reads 市州录入.
import { Chip, type ChipProps } from "@mui/material";
import { useTranslate } from "react-admin";
import { FORM_STATUS, FORM_STATUSES } from "../../../entities/enterpriseForms";

const COLORS: Record<string, ChipProps["color"]> = {
  [FORM_STATUS.filling]: "default",
  [FORM_STATUS.submitted]: "primary",
  [FORM_STATUS.returned]: "error",
  [FORM_STATUS.approved]: "success",
};

export function FormStatusChip({ status }: { status: string | null | undefined }) {
  const translate = useTranslate();
  const label = FORM_STATUSES.find((o) => o.value === status)?.label;
  if (!label) return <Chip size="small" variant="outlined" label={translate("app.enterpriseForms.keyed")} />;
  return (
    <Chip
      size="small"
      color={COLORS[status!] ?? "default"}
      variant={status === FORM_STATUS.filling ? "outlined" : "filled"}
      label={label}
    />
  );
}
