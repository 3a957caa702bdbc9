import { describe, expect, it } from "vitest";
import { parseParams, rank } from "./selection";

type Demand = { id: number; score: number | null; reviewCount: number; city?: string; categories?: string[] };

/** Demands as the selection loads them: a title, an enterprise, a city and categories for each. */
const demands = (...ds: Demand[]) =>
  ds.map((d) => ({
    title: `需求${d.id}`,
    enterprise: `企业${d.id}`,
    city: "武汉市",
    categories: ["rnd"],
    ...d,
  }));
const params = (body: Record<string, unknown>) => parseParams({ count: 2, ...body });
const selected = (ranking: ReturnType<typeof rank>) => ranking.filter((d) => d.selected).map((d) => d.id);

describe("rank", () => {
  it("orders by score, then more valid reviews, then the smaller id", () => {
    const ranking = rank(
      demands(
        { id: 5, score: 80, reviewCount: 3 },
        { id: 1, score: 90, reviewCount: 2 },
        { id: 4, score: 80, reviewCount: 4 },
        { id: 2, score: 80, reviewCount: 3 },
      ),
      params({ count: 4 }),
    );
    expect(ranking.map((d) => [d.id, d.rank])).toEqual([
      [1, 1],
      [4, 2],
      [2, 3],
      [5, 4],
    ]);
    expect(ranking.map((d) => d.reason)).toEqual([
      "排名第 1，得分 90",
      "排名第 2，得分 80",
      "排名第 3，得分 80",
      "排名第 4，得分 80",
    ]);
  });

  it("gives the same ranking whatever order the demands come in", () => {
    const rows = [
      { id: 3, score: 70, reviewCount: 2 },
      { id: 1, score: 70, reviewCount: 2 },
      { id: 2, score: 85, reviewCount: 2 },
    ];
    const ids = (r: Demand[]) => rank(demands(...r), params({})).map((d) => d.id);
    expect(ids(rows)).toEqual([2, 1, 3]);
    expect(ids([...rows].reverse())).toEqual([2, 1, 3]);
  });

  it("takes the top `count` and says why the rest are out", () => {
    const ranking = rank(
      demands(
        { id: 1, score: 90, reviewCount: 2 },
        { id: 2, score: 85, reviewCount: 2 },
        { id: 3, score: 80, reviewCount: 2 },
      ),
      params({ count: 2 }),
    );
    expect(selected(ranking)).toEqual([1, 2]);
    expect(ranking[2]).toMatchObject({ id: 3, rank: 3, selected: false, reason: "排名第 3，未进入前 2 名" });
  });

  it("flags demands with fewer valid reviews than minReviews (or no score) and does not rank them", () => {
    const ranking = rank(
      demands(
        { id: 1, score: 95, reviewCount: 1 },
        { id: 2, score: 80, reviewCount: 2 },
        { id: 3, score: null, reviewCount: 0 },
        { id: 4, score: 70, reviewCount: 3 },
      ),
      params({ count: 5, minReviews: 2 }),
    );
    expect(ranking.map((d) => [d.id, d.rank, d.selected])).toEqual([
      [1, null, false],
      [2, 1, true],
      [4, 2, true],
      [3, null, false],
    ]);
    expect(ranking[0].reason).toBe("有效评审 1 份，少于 2 份，暂不参与排名");
    expect(ranking[3].reason).toBe("有效评审 0 份，少于 2 份，暂不参与排名");
    expect(selected(rank(demands({ id: 1, score: 95, reviewCount: 1 }), params({ minReviews: 1 })))).toEqual([1]);
  });

  it("stops at maxPerCity and takes the next demand of another city", () => {
    const ranking = rank(
      demands(
        { id: 1, score: 90, reviewCount: 2, city: "武汉市" },
        { id: 2, score: 85, reviewCount: 2, city: "武汉市" },
        { id: 3, score: 80, reviewCount: 2, city: "宜昌市" },
      ),
      params({ count: 2, maxPerCity: 1 }),
    );
    expect(selected(ranking)).toEqual([1, 3]);
    expect(ranking[1]).toMatchObject({ id: 2, rank: 2, reason: "武汉市已入选 1 项，达到每个市州上限" });
  });

  it("stops at maxPerCategory, by a demand's first category", () => {
    const ranking = rank(
      demands(
        { id: 1, score: 90, reviewCount: 2, categories: ["pilot", "rnd"] },
        { id: 2, score: 85, reviewCount: 2, categories: ["pilot"] },
        { id: 3, score: 80, reviewCount: 2, categories: ["rnd", "pilot"] },
      ),
      params({ count: 2, maxPerCategory: 1 }),
    );
    expect(selected(ranking)).toEqual([1, 3]);
    expect(ranking.map((d) => d.category)).toEqual(["小试中试", "小试中试", "技术研发"]);
    expect(ranking[1].reason).toBe("“小试中试”类已入选 1 项，达到每类上限");
  });

  it("puts pinnedIn demands in first with their reason, and they count against count and the limits", () => {
    const ranking = rank(
      demands(
        { id: 1, score: 90, reviewCount: 2, city: "武汉市" },
        { id: 2, score: 85, reviewCount: 2, city: "宜昌市" },
        { id: 3, score: 60, reviewCount: 1, city: "武汉市" },
      ),
      params({ count: 2, maxPerCity: 1, pinnedIn: [{ id: 3, reason: "省重点产业链 " }] }),
    );
    expect(selected(ranking)).toEqual([2, 3]);
    expect(ranking.find((d) => d.id === 3)).toMatchObject({ rank: null, reason: "人工确定入选：省重点产业链" });
    expect(ranking.find((d) => d.id === 1)!.reason).toBe("武汉市已入选 1 项，达到每个市州上限");
  });

  it("keeps pinnedOut demands out with their reason, and the next one moves up", () => {
    const ranking = rank(
      demands(
        { id: 1, score: 90, reviewCount: 2 },
        { id: 2, score: 85, reviewCount: 2 },
        { id: 3, score: 80, reviewCount: 2 },
      ),
      params({ count: 2, pinnedOut: [{ id: 1, reason: "企业已获同类资助" }] }),
    );
    expect(selected(ranking)).toEqual([2, 3]);
    expect(ranking[0]).toMatchObject({ id: 1, rank: 1, selected: false, reason: "人工排除：企业已获同类资助" });
  });
});

describe("parseParams", () => {
  it("takes the defaults and refuses pins without a reason or unknown parameters", () => {
    expect(parseParams(undefined)).toMatchObject({
      count: 16,
      minReviews: 2,
      dryRun: true,
      pinnedIn: [],
      pinnedOut: [],
    });
    expect(() => parseParams({ pinnedIn: [{ id: 1, reason: " " }] })).toThrow(
      "人工确定入选的每一项都须有需求编号和理由",
    );
    expect(() => parseParams({ limit: 3 })).toThrow("不认识的遴选参数“limit”");
  });
});
