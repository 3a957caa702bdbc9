// Bad input, a lot of it: over a thousand malformed requests, generated deterministically from a seed.
// None may get a 5xx; every refusal carries a Chinese message; no write is accepted; and the
// database is exactly as it was (every table's rows, compared whole).
import { afterAll, beforeAll, expect, it } from "vitest";
import { resources } from "../../entities/registry";
import type { Field } from "../../entities/describe";
import { Random } from "../../seeds/random";
import { listQuery, startServer, type TestServer } from "../helpers";

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

type Rec = Record<string, any>;
interface Probe {
  what: string;
  method: string;
  path: string;
  body?: string | Buffer;
  type?: string;
  /** A write that must be refused. */
  write?: boolean;
}

const r = new Random(20251128);
const pick = <T>(xs: readonly T[]): T => xs[r.int(0, xs.length - 1)];
/** Percent-encodes what URLs can carry; a lone surrogate goes as the raw broken escape. */
const enc = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return "%ED%A0%80";
  }
};

/** Strings that try to break out of SQL, JSON, HTML, paths or encodings. */
const NASTY = [
  "' OR 1=1 --",
  '"; DROP TABLE enterprise; --',
  "1; DELETE FROM city",
  "%",
  "_",
  "\\",
  "%' ESCAPE '",
  "' UNION SELECT * FROM app_user --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "\u0000",
  "a\u0000b",
  "\u202Eabc",
  "😀".repeat(50),
  "\uD800",
  "NaN",
  "Infinity",
  "-0",
  "null",
  "undefined",
  "__proto__",
  "constructor",
  '{"$gt":""}',
  "x".repeat(300),
  "中".repeat(5000),
  " ",
  "\t\n",
  "0x10",
  "1e309",
];
/** Values that are not a number, a date, a list or an id, or are out of any range. */
const WRONG: unknown[] = [
  {},
  [],
  [[]],
  { __proto__: { admin: true } },
  { toString: "x" },
  true,
  false,
  -1,
  0,
  1.5,
  -2147483649,
  2147483648,
  2 ** 53 + 2,
  1e308,
  "abc",
  "2025-02-30",
  "2025-13-01",
  "99999-01-01",
  "",
  "  ",
  ...NASTY,
  [1, "a", {}],
  Array(2000).fill(1),
  { a: { b: { c: { d: 1 } } } },
];
const IDS = [
  "NaN",
  "-1",
  "0",
  "1.5",
  "1e3",
  "0x10",
  "99999999999",
  "9007199254740993",
  "%20",
  "%00",
  "abc",
  "__proto__",
  "constructor",
  "1;DROP",
  "%E4%B8",
  "%ZZ",
  "1'",
  "🙂",
];
const UNKNOWN = [
  "nope",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "app_user",
  "sessions",
  "loginThrottles",
  "attachments",
  "selectionRounds",
  "..%2F..%2Fetc",
  "%00",
  "ENTERPRISES",
  "enterprises.json",
];
const BROKEN_JSON = [
  "{",
  "[1,2",
  '{"a":}',
  "{'a':1}",
  "nul",
  '{"a":1}}',
  "\u0000",
  '{"a":"\\u00"}',
  "[".repeat(5000),
  '{"__proto__":{"polluted":1}}',
  "123",
  '"text"',
  "null",
  "true",
  "[]",
];

/** A field's wrong value: one of WRONG that its type cannot take (a string field takes most strings). */
function wrongFor(f: Field): unknown {
  for (;;) {
    const v = pick(WRONG);
    if (f.type === "string" || f.type === "text") {
      if (typeof v === "string" && !v.includes("\u0000") && v.length <= (f.max ?? 255)) continue;
      if (typeof v === "number") continue;
    }
    if (!f.required && (v === "" || v === "  " || v === " " || v === "\t\n" || v === "null")) continue;
    if (f.type === "boolean" && [true, false, 0].includes(v as never)) continue;
    if (
      (f.type === "int" || f.type === "number") &&
      typeof v === "number" &&
      Number.isFinite(v) &&
      (f.type === "number" || Number.isInteger(v))
    )
      if (
        (f.min === undefined || v >= f.min) &&
        (f.max === undefined || v <= f.max) &&
        (f.type === "number" || Math.abs(v) <= 2147483647)
      )
        continue;
    if (f.type === "ref" && v === 1) continue;
    // A numeric string is a number to the form ("-0" is 0).
    if (["int", "number", "ref"].includes(f.type) && typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim()))
      continue;
    if (
      (f.type === "enums" || f.type === "refs" || f.type === "rows") &&
      Array.isArray(v) &&
      v.length === 0 &&
      !f.required
    )
      continue;
    return v;
  }
}

function probes(records: Record<string, Rec>): Probe[] {
  const out: Probe[] = [];
  const json = (what: string, method: string, path: string, body: unknown, write = true) =>
    out.push({
      what,
      method,
      path,
      body: method === "GET" ? undefined : JSON.stringify(body),
      type: "application/json",
      write,
    });
  const keys = resources.map((d) => d.key);
  // Unknown resources and paths, under every method.
  for (const name of UNKNOWN)
    for (const method of ["GET", "POST", "PUT", "DELETE"])
      out.push({
        what: "unknown resource",
        method,
        path: `/${name}${method === "PUT" || method === "DELETE" ? "/1" : ""}`,
        body: method === "GET" || method === "DELETE" ? undefined : "{}",
        type: "application/json",
        write: method !== "GET",
      });
  // Ids that are no ids.
  for (const key of keys)
    for (let i = 0; i < 3; i++) {
      const id = pick(IDS);
      out.push({ what: "bad id", method: "GET", path: `/${key}/${id}` });
      json("bad id", "PUT", `/${key}/${id}`, records[key] ?? {});
      out.push({ what: "bad id", method: "DELETE", path: `/${key}/${id}`, write: true });
    }
  // List parameters: sorts, ranges and filters that are wrong in every way.
  const listParams = (key: string): string => {
    const desc = resources.find((d) => d.key === key)!;
    const field = pick(Object.keys(desc.fields));
    switch (r.int(0, 9)) {
      case 0:
        return listQuery({
          sort: pick([
            ["nope", "ASC"],
            [field, "SIDEWAYS"],
            "id",
            [field],
            [1, 2],
            { field },
            ["id; DROP TABLE city", "ASC"],
            ["__proto__", "DESC"],
          ]),
        });
      case 1:
        return listQuery({
          range: pick([
            [10, 0],
            [-5, 3],
            [0, -1],
            [0, 1e12],
            ["a", "b"],
            [0],
            [0, 1, 2],
            5,
            [1.5, 3],
            [NaN, 1],
            [0, 2147483648],
            null,
          ]),
        });
      case 2:
        return listQuery({
          filter: {
            [pick([
              "nope",
              "passwordHash",
              "__proto__",
              "constructor",
              "1=1",
              `${field}_like`,
              `${field}_in`,
              "e.id",
              "id) OR (1=1",
            ])]: pick(WRONG),
          },
        });
      case 3:
        return listQuery({ filter: { [field]: pick(WRONG) } });
      case 4:
        return listQuery({
          filter: {
            [`${pick(["id", "year", "cityId", "enterpriseId", "score", "createdAt"])}${pick(["_gte", "_lte", "_gt", "_lt", "_neq"])}`]:
              pick(WRONG),
          },
        });
      case 5: {
        // Deep filters.
        let deep: unknown = 1;
        for (let i = 0; i < r.int(5, 400); i++) deep = { [field]: deep };
        return listQuery({ filter: deep });
      }
      case 6:
        return listQuery({ filter: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f${i}`, i])) });
      case 7:
        return listQuery({ filter: { id: Array.from({ length: 6000 }, (_, i) => i) } });
      case 8:
        return `?sort=${enc(pick(["[", "{}", "null", '["id"', "%ZZ"]))}&range=${enc(pick(["[0,", "x", "[]"]))}&filter=${enc(pick(["{", "[]", '"q"', "1"]))}`;
      default:
        return listQuery({ filter: { q: pick(WRONG) } });
    }
  };
  for (let i = 0; i < 320; i++) {
    const key = pick(keys);
    const path = `/${key}${listParams(key)}`;
    if (path.length < 7000) out.push({ what: "bad list query", method: "GET", path });
    else i--;
  }
  // Writes with one wrong value, a nasty string in another field, and prototype keys.
  for (let i = 0; i < 360; i++) {
    const desc = pick(resources);
    if (desc.readOnlyResource) {
      i--;
      continue;
    }
    const base = { ...(records[desc.key] ?? {}) };
    const writable = Object.entries(desc.fields).filter(([, f]) => !f.readOnly && !f.hidden && !f.virtual);
    const [name, f] = pick(writable);
    const body: Rec = { ...base, [name]: wrongFor(f) };
    const texts = writable.filter(([n, g]) => g.type === "string" && n !== name);
    if (texts.length && r.chance(0.5)) body[pick(texts)[0]] = pick(NASTY.filter((x) => x.length < 20));
    const text = JSON.stringify(body);
    const withProto = r.chance(0.2)
      ? text.replace(/^\{/, '{"__proto__":{"role":"province"},"constructor":{"prototype":{"x":1}},')
      : text;
    const id = base.id ?? 1;
    const [method, path] = pick([
      ["POST", `/${desc.key}`],
      ["PUT", `/${desc.key}/${id}`],
    ]);
    out.push({ what: `bad ${desc.key}.${name}`, method, path, body: withProto, type: "application/json", write: true });
  }
  // Broken JSON and odd encodings.
  for (let i = 0; i < 150; i++) {
    const key = pick(keys);
    const path = pick([
      `/${key}`,
      `/${key}/1`,
      `/${key}/bulk-update`,
      `/${key}/bulk-delete`,
      "/techDemands/selection",
      "/auth/password",
    ]);
    const method = path.endsWith("/1") ? "PUT" : "POST";
    switch (r.int(0, 4)) {
      case 0:
        out.push({ what: "broken JSON", method, path, body: pick(BROKEN_JSON), type: "application/json", write: true });
        break;
      case 1:
        out.push({
          what: "odd charset",
          method,
          path,
          body: Buffer.from('{"name":{},"version":"x","ids":"1"}', "utf16le"),
          type: pick([
            "application/json; charset=utf-16",
            "application/json; charset=utf-8",
            "application/json; charset=gbk",
            "application/json; charset=x-nope",
          ]),
          write: true,
        });
        break;
      case 2:
        out.push({
          what: "invalid UTF-8",
          method,
          path,
          body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
          type: "application/json",
          write: true,
        });
        break;
      case 3:
        out.push({
          what: "not JSON",
          method,
          path,
          body: "name=x&version=1",
          type: pick(["application/x-www-form-urlencoded", "text/plain", "application/xml", ""]),
          write: true,
        });
        break;
      default:
        out.push({
          what: "BOM and garbage",
          method,
          path,
          body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(pick(BROKEN_JSON))]),
          type: "application/json",
          write: true,
        });
    }
  }
  // Bulk actions: ids and filters that are wrong, data that does not validate.
  for (let i = 0; i < 80; i++) {
    const desc = pick(resources.filter((d) => !d.readOnlyResource));
    const target = pick<unknown>([
      { ids: [] },
      { ids: pick(WRONG) },
      { ids: IDS },
      { ids: Array.from({ length: 2000 }, (_, k) => k + 1) },
      { filter: pick(WRONG.filter((w) => JSON.stringify(w) !== "{}")) },
      { filter: { nope: 1 } },
      {},
      { ids: "1" },
      { ids: [1.5] },
    ]);
    const [name, f] = pick(Object.entries(desc.fields).filter(([, g]) => !g.readOnly && !g.hidden && !g.virtual));
    if (r.chance(0.5))
      json("bad bulk update", "POST", `/${desc.key}/bulk-update`, {
        ...(target as Rec),
        data: { [name]: wrongFor(f) },
      });
    else json("bad bulk delete", "POST", `/${desc.key}/bulk-delete`, target);
  }
  // Custom actions with wrong parameters.
  for (let i = 0; i < 40; i++) {
    const id = pick(IDS);
    const p = pick<[string, string, unknown?]>([
      ["GET", `/classSessions/${id}/attendance-grid`],
      ["PUT", `/classSessions/${id}/attendance-grid`, pick(WRONG)],
      ["PUT", "/classSessions/1/attendance-grid", { rows: pick(WRONG) }],
      ["GET", `/trainingClasses/${id}/report`],
      ["POST", `/trainingClasses/${id}/certificates`, {}],
      ["GET", `/reports/city-summary.xlsx?cityId=${enc(pick(IDS))}`],
      ["GET", `/reports/province-summary.xlsx?year=${enc(pick(IDS))}`],
      ["POST", "/techDemands/selection", { count: pick(WRONG), dryRun: false, limits: pick(WRONG) }],
      ["POST", "/techDemands/selection/reopen", { reason: pick(WRONG) }],
      ["GET", `/enterprises/export.${pick(["pdf", "exe", "xlsx%00", "..", "XLSX"])}`],
      ["GET", `/imports/${pick(UNKNOWN)}/template.xlsx`],
      ["POST", `/imports/${pick(["enterprises", "trainees", "nope"])}`, pick(WRONG)],
      ["POST", `/enterprises/${id}/attachments?kind=${enc(pick(NASTY))}`, "not a pdf"],
      ["GET", `/attachments/${id}/file`],
      ["POST", "/auth/password", { current: pick(WRONG), password: pick(WRONG) }],
    ]);
    json(`bad action ${p[1].split("?")[0]}`, p[0], p[1], p[2] ?? {}, p[0] !== "GET");
  }
  // Huge bodies and URLs.
  out.push({
    what: "huge body",
    method: "POST",
    path: "/enterprises",
    body: `{"name":"${"中".repeat(6 * 1024 * 1024)}"}`,
    type: "application/json",
    write: true,
  });
  out.push({
    what: "huge body",
    method: "PUT",
    path: "/enterprises/1",
    body: `{"remark":"${"x".repeat(5 * 1024 * 1024 + 10)}"}`,
    type: "application/json",
    write: true,
  });
  out.push({
    what: "huge URL",
    method: "GET",
    path: `/enterprises?filter=${enc(JSON.stringify({ q: "x".repeat(20000) }))}`,
  });
  return out;
}

/** Every table's rows, whole, in id order: what must not change. Sessions and the throttle may. */
async function snapshot() {
  const tables = [...resources.map((d) => d.table), "attachment", "selection_round"];
  const all: Record<string, unknown> = {};
  for (const t of tables) all[t] = await s.sql(`SELECT * FROM ${t} ORDER BY id`);
  return JSON.stringify(all);
}

it("answers over a thousand malformed requests without a 5xx, each refusal in Chinese, and changes nothing", async () => {
  const records: Record<string, Rec> = {};
  for (const d of resources) {
    const [first] = await (await s.api(`/${d.key}${listQuery({ sort: ["id", "ASC"], range: [0, 0] })}`)).json();
    if (first) records[d.key] = await (await s.api(`/${d.key}/${first.id}`)).json();
  }
  const list = probes(records);
  expect(list.length).toBeGreaterThanOrEqual(1000);
  const before = await snapshot();
  const problems: string[] = [];
  for (const p of list) {
    const headers: Record<string, string> = p.type ? { "Content-Type": p.type } : {};
    const res = await s.api(p.path, { method: p.method, body: p.body as BodyInit | undefined, headers });
    const text = await res.text();
    let message = "";
    try {
      message = JSON.parse(text).message ?? "";
    } catch {
      /* not JSON */
    }
    const where = `${p.what}: ${p.method} ${p.path.slice(0, 120)} → ${res.status} ${text.slice(0, 160)}`;
    if (res.status >= 500) problems.push(`5xx ${where}`);
    else if (res.status >= 400 && !/[\u4e00-\u9fa5]/.test(message)) problems.push(`no Chinese message ${where}`);
    else if (p.write && res.status < 400) problems.push(`write accepted ${where}`);
  }
  expect(problems).toEqual([]);
  expect(await snapshot()).toBe(before);
}, 300_000);
