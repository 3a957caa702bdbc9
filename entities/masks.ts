// How personal data is shown to whoever may not see it whole: the middle of an ID number or a mobile hidden.
/** Masks the middle of an ID number or a mobile: 420***********1234, 138****5678. */
export function maskIdentifier(value: string | null | undefined): string {
  if (!value) return "";
  if (value.length === 18) return `${value.slice(0, 3)}${"*".repeat(11)}${value.slice(14)}`;
  if (value.length === 11) return `${value.slice(0, 3)}****${value.slice(7)}`;
  return value.length > 4 ? `${"*".repeat(value.length - 4)}${value.slice(-4)}` : "****";
}
