// The seed data: realistic, deterministic, and valid by the same rules as every write.
import { describe, expect, it } from "vitest";
import { NOTICE_ROUND, roundQuota } from "../entities/round";
import { creditCodeProblem, idNumberProblem, isMobile } from "../entities/codes";
import { resourceByKey } from "../entities/registry";
import { validateRecord } from "../entities/validate";
import { buildSeedData, parentsFirst, UNSEEDED } from "../seeds/index";
import { NOMINATION_DATE } from "../seeds/enterprises";
import { SEED_TODAY } from "../seeds/training";

const data = buildSeedData(1);

describe("seed data", () => {
  it("is deterministic", () => {
    expect(JSON.stringify(buildSeedData(1))).toBe(JSON.stringify(data));
  });

  it.each(Object.keys(data))("%s passes the description's validation", (key) => {
    for (const row of data[key]) {
      const { errors } = validateRecord(resourceByKey[key], row, undefined, SEED_TODAY);
      expect({ id: row.id, errors }).toEqual({ id: row.id, errors: {} });
    }
  });

  it("has the 17 cities with their codes, about 1,000 enterprises, 40% in Wuhan", () => {
    expect(data.cities.map((c) => c.code)).toEqual([
      "420100",
      "420200",
      "420300",
      "420500",
      "420600",
      "420700",
      "420800",
      "420900",
      "421000",
      "421100",
      "421200",
      "421300",
      "422800",
      "429004",
      "429005",
      "429006",
      "429021",
    ]);
    expect(data.enterprises.length).toBeGreaterThan(900);
    expect(data.enterprises.length).toBeLessThan(1100);
    const wuhan = data.enterprises.filter((e) => e.cityId === 1).length / data.enterprises.length;
    expect(wuhan).toBeGreaterThan(0.35);
    expect(wuhan).toBeLessThan(0.45);
  });

  it("counts each city's valid giants and nominates its quota of valid enterprises", () => {
    const byId = new Map(data.enterprises.map((e) => [e.id, e]));
    for (const city of data.cities) {
      const valid = data.enterprises.filter((e) => e.cityId === city.id && e.validUntil >= NOMINATION_DATE).length;
      expect(city.validGiants).toBe(valid);
      const nominated = data.registrations.filter((r) => byId.get(r.enterpriseId)!.cityId === city.id);
      expect(nominated).toHaveLength(roundQuota(NOTICE_ROUND, valid));
      expect(nominated.every((r) => byId.get(r.enterpriseId)!.validUntil >= NOMINATION_DATE)).toBe(true);
    }
    expect(data.enterprises.some((e) => e.validUntil < NOMINATION_DATE)).toBe(true);
  });

  it("meets the programme's figures: 200 quality, 100 management diagnoses, 100+ demands with reviews", () => {
    expect(data.diagnostics.filter((d) => d.kind === "quality")).toHaveLength(200);
    expect(data.diagnostics.filter((d) => d.kind === "management")).toHaveLength(100);
    expect(data.techDemands.length).toBeGreaterThanOrEqual(100);
    expect(data.demandReviews.length).toBeGreaterThanOrEqual(3 * 100);
    expect(data.selectedProjects).toHaveLength(0);
    expect(data.trainingClasses.map((c) => c.name)).toEqual(["综合1班", "综合2班", "行业班"]);
    expect(data.trainingClasses[0].capacity).toBe(73);
  });

  it("generates only codes that pass their checks, and at most two trainees per enterprise", () => {
    expect(data.enterprises.every((e) => creditCodeProblem(e.creditCode) === null && isMobile(e.contactPhone))).toBe(
      true,
    );
    expect(data.trainees.every((t) => idNumberProblem(t.idNumber, SEED_TODAY) === null && isMobile(t.mobile))).toBe(
      true,
    );
    const perEnterprise = new Map<number, number>();
    for (const t of data.trainees) perEnterprise.set(t.enterpriseId, (perEnterprise.get(t.enterpriseId) ?? 0) + 1);
    expect(Math.max(...perEnterprise.values())).toBeLessThanOrEqual(2);
  });

  it("scales: --scale 3 makes three times as many enterprises", () => {
    const big = buildSeedData(3);
    expect(big.enterprises.length).toBeGreaterThan(2.9 * data.enterprises.length);
    expect(new Set(big.enterprises.map((e) => e.name)).size).toBe(big.enterprises.length);
  });
});

describe("every resource has its place in the seeds", () => {
  it("is seeded, or named in UNSEEDED with the reason", () => {
    for (const key of Object.keys(resourceByKey))
      expect(key in data || key in UNSEEDED, `${key}: add it to buildSeedData or UNSEEDED`).toBe(true);
  });

  it("inserts every record after the records it refers to", () => {
    const order = parentsFirst(Object.keys(data));
    expect(new Set(order)).toEqual(new Set(Object.keys(data)));
    for (const key of order)
      for (const f of Object.values(resourceByKey[key].fields))
        if (f.ref && f.ref !== key && f.ref in data)
          expect(order.indexOf(f.ref), `${key} → ${f.ref}`).toBeLessThan(order.indexOf(key));
  });
});
