// Check characters and formats of the codes the forms carry (GLOSSARY.md, "Codes and their checks").
// Pure functions shared by the server, the seeds and the admin.
import { isIsoDate, isoToday } from "./dates";

const CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** GB 32100: the 18th character computed from the first 17. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
}

export type CodeProblem = "format" | "check";

/** null when the code is well formed and its check character agrees. */
export function creditCodeProblem(code: string): CodeProblem | null {
  if (!CREDIT_CODE_PATTERN.test(code)) return "format";
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : "check";
}

/** The form's 组织机构代码: characters 9–17 of the credit code. */
export const orgCodeOf = (creditCode: string | null | undefined) =>
  creditCode && creditCode.length === 18 ? creditCode.slice(8, 17) : "";

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643: the 18th character computed from the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return "10X98765432"[sum % 11];
}

export type IdProblem = "format" | "check" | "birthDate";

/** null when the ID number is valid on `today` (YYYY-MM-DD). Accepts a lower-case x. */
export function idNumberProblem(id: string, today = isoToday()): IdProblem | null {
  if (!/^\d{17}[\dXx]$/.test(id)) return "format";
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth > today || birth < "1900-01-01") return "birthDate";
  return idCheckChar(id.slice(0, 17)) === id[17].toUpperCase() ? null : "check";
}

export const idGender = (id: string): "male" | "female" => (Number(id[16]) % 2 === 1 ? "male" : "female");
export const idBirthDate = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

/** Removes +86 / 0086, spaces and dashes; the result is what is stored. */
export const normaliseMobile = (s: string) => s.replace(/[\s-]/g, "").replace(/^(\+86|0086)/, "");
export const isMobile = (s: string) => /^1[3-9]\d{9}$/.test(normaliseMobile(s));
/** A mobile, or a landline such as 027-87236658 (extension allowed). */
export const isPhone = (s: string) => isMobile(s) || /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(s.replace(/\s/g, ""));
export const isEmail = (s: string) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(s);
export const isUrl = (s: string) => /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(:\d+)?(\/\S*)?$/i.test(s);
