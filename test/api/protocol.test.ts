// Every resource through the unmodified ra-data-simple-rest client, against the real server and a real SQLite file.
import simpleRestProvider from "ra-data-simple-rest";
import { fetchUtils } from "ra-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resources } from "../../entities/registry";
import { startServer, type TestServer } from "../helpers";
import { editableText, newRecordFor } from "./records";

let s: TestServer;
let dp: ReturnType<typeof simpleRestProvider>;
beforeAll(async () => {
  s = await startServer();
  // The unmodified client; its HTTP client only adds the session cookie a browser would send.
  dp = simpleRestProvider(`${s.url}/api`, (url, options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: "application/json" });
    headers.set("Cookie", s.cookie);
    return fetchUtils.fetchJson(url, { ...options, headers });
  });
});
afterAll(() => s.close());

const writable = resources.filter((r) => !r.readOnlyResource);

// 站内消息 are read only too, but each user's own and written only by events: test/api/notices.test.ts.
const listedAsIs = resources.filter((r) => r.readOnlyResource && r.key !== "notices");
describe.each(listedAsIs.map((r) => [r.key] as const))("%s (read only)", (key) => {
  it("lists and reads, and refuses every write", async () => {
    const list = await dp.getList(key, {
      pagination: { page: 1, perPage: 5 },
      sort: { field: "id", order: "DESC" },
      filter: {},
    });
    expect(list.total).toBeGreaterThan(0);
    const { data } = await dp.getOne(key, { id: list.data[0].id });
    expect(data.id).toBe(list.data[0].id);
    await expect(dp.create(key, { data: { summary: "x" } })).rejects.toMatchObject({ status: 403 });
    await expect(dp.update(key, { id: data.id, data: { summary: "x" }, previousData: data })).rejects.toMatchObject({
      status: 403,
    });
    await expect(dp.delete(key, { id: data.id, previousData: data })).rejects.toMatchObject({ status: 403 });
  });
});

describe.each(writable.map((r) => [r.key, r] as const))("%s", (key, desc) => {
  const text = editableText(desc);

  it("create / getOne / update / delete", async () => {
    const data = await newRecordFor(s, key);
    const created = await dp.create(key, { data });
    expect(created.data.id).toBeGreaterThan(0);
    const { data: one } = await dp.getOne(key, { id: created.data.id });
    expect(one.version).toBe(1);
    const { data: updated } = await dp.update(key, {
      id: one.id,
      data: { ...one, [text]: "协议测试修改" },
      previousData: one,
    });
    expect(updated[text]).toBe("协议测试修改");
    expect(updated.version).toBe(2);
    // Timestamps are instants, whatever the database's time zone (the PostgreSQL tests' is Beijing).
    expect(Math.abs(Date.parse(updated.updatedAt) - Date.now())).toBeLessThan(120_000);
    const { data: deleted } = await dp.delete(key, { id: one.id, previousData: updated });
    expect(deleted.id).toBe(one.id);
    await expect(dp.getOne(key, { id: one.id })).rejects.toMatchObject({ status: 404 });
  });

  it("getList / getMany / getManyReference", async () => {
    if (key === "selectedProjects") await dp.create(key, { data: await newRecordFor(s, key) });
    const list = await dp.getList(key, {
      pagination: { page: 1, perPage: 5 },
      sort: { field: "id", order: "DESC" },
      filter: {},
    });
    expect(list.data.length).toBeGreaterThan(0);
    expect(list.total).toBeGreaterThanOrEqual(list.data.length);
    expect(list.data.map((x) => x.id)).toEqual([...list.data.map((x) => x.id)].sort((a, b) => b - a));
    const ids = list.data.slice(0, 2).map((x) => x.id);
    const many = await dp.getMany(key, { ids });
    expect(many.data.map((x) => x.id).sort()).toEqual([...ids].sort());
    const ref = Object.entries(desc.fields).find(
      ([, f]) => f.type === "ref" && list.data[0][Object.keys(desc.fields).find((k) => desc.fields[k] === f)!] != null,
    );
    if (ref) {
      const [target] = ref;
      const refs = await dp.getManyReference(key, {
        target,
        id: list.data[0][target],
        pagination: { page: 1, perPage: 25 },
        sort: { field: "id", order: "ASC" },
        filter: {},
      });
      expect(refs.total).toBeGreaterThan(0);
      expect(refs.data.every((x) => x[target] === list.data[0][target])).toBe(true);
    }
  });

  it("updateMany / deleteMany", async () => {
    const a = await dp.create(key, { data: await newRecordFor(s, key) });
    const b = key === "selectedProjects" ? undefined : await dp.create(key, { data: await newRecordFor(s, key) });
    const ids = [a.data.id, ...(b ? [b.data.id] : [])];
    const res = await dp.updateMany(key, { ids, data: { [text]: "批量修改" } });
    expect(res.data?.sort()).toEqual([...ids].sort());
    const { data } = await dp.getMany(key, { ids });
    expect(data.every((x) => x[text] === "批量修改")).toBe(true);
    await dp.deleteMany(key, { ids });
    const after = await dp.getMany(key, { ids });
    expect(after.data).toHaveLength(0);
  });
});
