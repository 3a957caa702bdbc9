import { describe, expect, it } from "vitest";
import { resourceByKey } from "../../entities/registry";
import { BadRequest } from "../errors";
import { describeFilter, MAX_RANGE, parseListParams, searchTerm, splitFilterKey } from "./listQuery";

const enterprises = resourceByKey.enterprises;
const parse = (q: Record<string, unknown>) => parseListParams(enterprises, q);

describe("parseListParams", () => {
  it("takes the protocol's JSON parameters, with the description's defaults", () => {
    expect(parse({})).toEqual({
      sort: enterprises.defaultSort ?? ["id", "ASC"],
      range: [0, MAX_RANGE - 1],
      filter: {},
    });
    expect(parse({ sort: '["name","desc"]', range: "[25,49]", filter: '{"cityId":1}' })).toEqual({
      sort: ["name", "DESC"],
      range: [25, 49],
      filter: { cityId: 1 },
    });
  });

  it.each([
    [{ sort: "[name" }, "不是有效的 JSON"],
    [{ sort: '["password","ASC"]' }, "不能按“password”排序"],
    [{ sort: '["name","UP"]' }, "排序参数应为"],
    [{ range: "[10,5]" }, "分页参数应为"],
    [{ range: "[0,1.5]" }, "分页参数应为"],
    [{ range: `[0,${MAX_RANGE}]` }, `每次最多查询 ${MAX_RANGE} 条`],
    [{ filter: "[1,2]" }, "筛选参数应为一个对象"],
    [{ filter: ["{}", "{}"] }, "只能出现一次"],
  ])("refuses %j in Chinese", (query, message) => {
    expect(() => parse(query)).toThrow(BadRequest);
    expect(() => parse(query)).toThrow(message);
  });
});

describe("the filter's parts", () => {
  it("splits a key into its field and operator", () => {
    expect(splitFilterKey("validUntil_gte")).toEqual(["validUntil", "_gte"]);
    expect(splitFilterKey("status_neq")).toEqual(["status", "_neq"]);
    expect(splitFilterKey("cityId")).toEqual(["cityId", undefined]);
    expect(splitFilterKey("is_listed")).toEqual(["is_listed", undefined]);
  });

  it("cleans a search term as it is looked for", () => {
    expect(searchTerm("  光电\u0000  科技\t ")).toBe("光电 科技");
    expect(searchTerm(420100)).toBe("420100");
    expect(searchTerm("甲".repeat(300))).toHaveLength(100);
    expect(() => searchTerm({ a: 1 })).toThrow("搜索关键词应为文本");
  });

  it("describes a filter as a person reads it, for the audit log", () => {
    expect(describeFilter(enterprises, {})).toBe("全部");
    expect(describeFilter(enterprises, { q: "光电", cityId: 1 })).toBe("关键词“光电”；所属市州 = 编号 1");
    expect(describeFilter(enterprises, { validUntil_gte: "2025-06-25" })).toBe("有效期至 ≥ 2025-06-25");
  });
});
