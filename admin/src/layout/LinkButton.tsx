// A toolbar button that opens a page of the panel or downloads a server file.
import { Button } from "@mui/material";
import { Link } from "react-router-dom";
import { usePermissions, useTranslate } from "react-admin";
import type { Permissions } from "../authProvider";

/** Who may run the selection: the department and the tech-service provider. */
export const canSelect = (p?: Permissions) => p?.user.role === "province" || !!p?.user.services.includes("tech");

export function LinkButton({
  to,
  href,
  label,
  needs,
}: {
  to?: string;
  href?: string;
  label: string;
  needs?: "selection";
}) {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  if (needs === "selection" && !canSelect(permissions)) return null;
  return to ? (
    <Button size="small" component={Link} to={to}>
      {translate(label)}
    </Button>
  ) : (
    <Button size="small" href={href}>
      {translate(label)}
    </Button>
  );
}
