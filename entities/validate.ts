// Validation of a write from a description: one implementation for the server and the admin.
import { creditCodeProblem, idNumberProblem, isEmail, isMobile, isPhone, isUrl, normaliseMobile } from "./codes";
import { isIsoDate, isoToday } from "./dates";
import { fieldApplies, type Field, type ResourceDescription, type Rule, type RowField } from "./describe";

export type Errors = Record<string, string>;
type Rec = Record<string, any>;

const RULE_MESSAGES: Record<Rule, string> = {
  creditCode: "统一社会信用代码应为18位（数字或大写字母，不含 I、O、S、V、Z）",
  idNumber: "身份证号码应为18位，最后一位可为 X",
  mobile: "手机号码应为11位，以 13–19 开头",
  phone: "电话应为手机号码或带区号的固定电话（如 027-87236658）",
  email: "电子邮箱格式不正确",
  url: "网址格式不正确",
};

/** Checks a value against a rule; returns a Chinese message or null. */
export function ruleProblem(rule: Rule, value: string, field: Field, record: Rec, today: string): string | null {
  switch (rule) {
    case "creditCode": {
      const p = creditCodeProblem(value);
      if (p === "format") return RULE_MESSAGES.creditCode;
      if (p === "check" && !(field.confirmedBy && record[field.confirmedBy]))
        return "统一社会信用代码校验位不正确；如核实为早期代码，请勾选“确认代码无误”后保存";
      return null;
    }
    case "idNumber": {
      const p = idNumberProblem(value, today);
      if (p === "format") return RULE_MESSAGES.idNumber;
      if (p === "birthDate") return "身份证号码中的出生日期无效";
      if (p === "check") return "身份证号码校验位不正确";
      return null;
    }
    case "mobile":
      return isMobile(value) ? null : RULE_MESSAGES.mobile;
    case "phone":
      return isPhone(value) ? null : RULE_MESSAGES.phone;
    case "email":
      return isEmail(value) ? null : RULE_MESSAGES.email;
    case "url":
      return isUrl(value) ? null : RULE_MESSAGES.url;
  }
}

/** The largest integer either database stores in an integer column (and so the largest id). */
export const MAX_INT = 2147483647;
/** Longest a string column is when its description sets no max (the column is varchar(255)). */
const STRING_MAX = 255;
/** Control characters other than tab and line breaks: no form produces them, PostgreSQL refuses NUL. */
// eslint-disable-next-line no-control-regex -- the one definition of the control characters refused
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** CONTROL, every occurrence: for removing them from a search term. */
export const CONTROL_ALL = new RegExp(CONTROL.source, "g");

/** A record id from a URL or body: a positive integer the databases can hold, else -1 (found nowhere). */
export function idOf(v: unknown): number {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d{1,10}$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= MAX_INT ? n : -1;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Coerces one input value to the field's type. Throws a Chinese message when it cannot. */
function coerce(f: Field | RowField, v: unknown, label = f.label): unknown {
  if (isBlank(v)) return null;
  switch (f.type) {
    case "string":
    case "text": {
      if (typeof v !== "string" && typeof v !== "number") throw `${label}应为文本`;
      let s = String(v).trim();
      if ("rule" in f && f.rule === "creditCode") s = s.toUpperCase();
      if ("rule" in f && f.rule === "idNumber") s = s.toUpperCase();
      if ("rule" in f && f.rule === "mobile") s = normaliseMobile(s);
      if (CONTROL.test(s)) throw `${label}含有无效的控制字符`;
      const max = f.max ?? (f.type === "string" ? STRING_MAX : undefined);
      if (max !== undefined && s.length > max) throw `${label}不能超过 ${max} 个字符`;
      if (f.min !== undefined && s.length < f.min) throw `${label}至少 ${f.min} 个字符`;
      return s;
    }
    case "int":
    case "number":
    case "ref": {
      const n = typeof v === "number" ? v : typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN;
      if (!Number.isFinite(n)) throw `${label}应为数字`;
      if (f.type !== "number" && !Number.isInteger(n)) throw `${label}应为整数`;
      if (f.type === "ref" && n < 1) throw `${label}无效`;
      if (f.min !== undefined && n < f.min) throw `${label}不能小于 ${f.min}`;
      if (f.max !== undefined && n > f.max) throw `${label}不能大于 ${f.max}`;
      if (f.type !== "number" && Math.abs(n) > MAX_INT) throw `${label}超出允许范围`;
      return n;
    }
    case "date": {
      const s = typeof v === "string" ? v.trim().slice(0, 10) : "";
      if (!isIsoDate(s)) throw `${label}应为有效日期（YYYY-MM-DD）`;
      return s;
    }
    case "datetime": {
      const s = typeof v === "string" ? v.trim() : "";
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) || Number.isNaN(Date.parse(s))) throw `${label}应为有效的时间`;
      return new Date(s).toISOString();
    }
  }
  const field = f as Field;
  switch (field.type) {
    case "boolean":
      if (v === true || v === 1 || v === "true" || v === "1") return true;
      if (v === false || v === 0 || v === "false" || v === "0") return false;
      throw `${label}应为“是”或“否”`;
    case "enum": {
      const o = field.options!.find((o) => o.value === String(v) || o.label === String(v));
      if (!o) throw `${label}的取值“${String(v).slice(0, 40)}”不在可选范围内`;
      return o.value;
    }
    case "enums":
    case "refs": {
      if (!Array.isArray(v)) throw `${label}应为列表`;
      const out = v.map((x) => coerce({ ...field, type: field.type === "enums" ? "enum" : "ref" } as Field, x, label));
      return [...new Set(out.filter((x) => x !== null))];
    }
    case "rows": {
      if (!Array.isArray(v)) throw `${label}应为列表`;
      if (v.length > 100) throw `${label}最多 100 行`;
      return v.map((row, i) => {
        if (!row || typeof row !== "object" || Array.isArray(row)) throw `${label}第 ${i + 1} 行格式不正确`;
        const out: Rec = {};
        for (const [k, sub] of Object.entries(field.of!)) {
          const val = coerce(sub, (row as Rec)[k], `${label}第 ${i + 1} 行的${sub.label}`);
          if (val === null && sub.required) throw `${label}第 ${i + 1} 行的${sub.label}不能为空`;
          out[k] = val;
        }
        return out;
      });
    }
  }
  throw `${label}类型未知`;
}

export interface Validated {
  /** The coerced values of the described, writable fields present in the input. */
  values: Rec;
  errors: Errors;
}

/**
 * Validates `input` as a create (no `existing`) or as a partial update merged onto `existing`.
 * Unknown, system and read-only fields are ignored, so a whole record can be sent back.
 */
export function validateRecord(
  desc: ResourceDescription,
  input: unknown,
  existing?: Rec,
  today = isoToday(),
): Validated {
  const errors: Errors = {};
  const values: Rec = {};
  if (!input || typeof input !== "object" || Array.isArray(input))
    return { values, errors: { _: "请求内容应为一个对象" } };
  const body = input as Rec;
  // A custom field of one 培育批次 is not read, nor required, on another round's records.
  const round = { roundId: body.roundId ?? existing?.roundId };
  for (const [name, f] of Object.entries(desc.fields)) {
    if (f.readOnly || f.hidden || !Object.prototype.hasOwnProperty.call(body, name) || !fieldApplies(f, round))
      continue;
    try {
      values[name] = coerce(f, body[name]);
    } catch (message) {
      errors[name] = String(message);
    }
  }
  if (!existing) {
    for (const [name, f] of Object.entries(desc.fields))
      if (!(name in values) && f.default !== undefined && !f.readOnly && !f.hidden) values[name] = f.default;
  }
  if (existing && Object.keys(values).length === 0 && Object.keys(errors).length === 0)
    errors._ = "请求中没有可保存的字段";
  const merged = { ...existing, ...values };
  for (const [name, f] of Object.entries(desc.fields)) {
    if (errors[name] || f.readOnly || f.hidden || !fieldApplies(f, round)) continue;
    const v = merged[name];
    if (f.required && (isBlank(v) || (Array.isArray(v) && v.length === 0))) errors[name] = `${f.label}不能为空`;
    else if (f.rule && typeof v === "string" && v !== "") {
      const p = ruleProblem(f.rule, v, f, merged, today);
      if (p) errors[name] = p;
    }
  }
  if (desc.check && Object.keys(errors).length === 0)
    for (const [k, m] of Object.entries(desc.check(merged, today))) errors[k] ??= m;
  return { values, errors };
}
