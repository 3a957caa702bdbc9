// Cities, enterprises and the cities' nominations (registrations).
import { NOTICE_ROUND, roundQuota } from "../entities/round";
import { KEY_GIANT_STATUSES } from "../entities/options";
import { optionLabel } from "../entities/describe";
import { enterprise } from "../entities/enterprise";
import * as N from "./names";
import { addDays, type Random } from "./random";

type Rec = Record<string, any>;
export const NOMINATION_DATE = "2025-06-25";

const INDUSTRY_MIX = [
  ["optoelectronics", 18],
  ["nev", 12],
  ["equipment", 25],
  ["biomedicine", 12],
  ["materials", 13],
  ["aiIt", 10],
  ["other", 10],
] as const;
const TITLE_CHANCES: [string, number][] = [
  ["singleChampion", 0.04],
  ["techInnovationNational", 0.03],
  ["techInnovationProvincial", 0.12],
  ["ipPilotNational", 0.03],
  ["ipPilotProvincial", 0.1],
  ["smartMfgNational", 0.02],
  ["smartMfgProvincial", 0.1],
  ["greenFactoryNational", 0.04],
  ["greenFactoryProvincial", 0.1],
  ["qualityBenchmark", 0.03],
  ["baseCatalog", 0.02],
  ["firstSetInsurance", 0.03],
];

/** A designation lasts three years and is then reviewed (复核): batch b was designated in 2018 + b. */
function validity(r: Random, batch: number): { validUntil: string; reviewStatus: string } {
  const year = 2018 + batch;
  if (batch <= 3 && r.chance(0.1)) return { validUntil: `${year + 3}-07-31`, reviewStatus: "failed" };
  const periods = Math.max(1, Math.ceil((2025 - year) / 3));
  const until = year + 3 * periods;
  return { validUntil: `${until}-07-31`, reviewStatus: until === 2025 ? "pending" : periods > 1 ? "passed" : "notDue" };
}

export function seedEnterprises(r: Random, scale: number) {
  const cities: Rec[] = [];
  const enterprises: Rec[] = [];
  const names = new Set<string>();
  const codes = new Set<string>();
  N.CITIES.forEach(([code, name, kind, share], i) => {
    const city = {
      id: i + 1,
      code,
      name,
      kind,
      validGiants: 0,
      contactName: N.personName(r),
      contactPhone: `0${r.int(710, 728)}-${r.int(2000000, 8999999)}`,
      contactEmail: `jxj${code}@example.gov.cn`,
    };
    cities.push(city);
    const count = Math.round(share * scale * 1.08);
    for (let k = 0; k < count; k++) {
      const industry = r.weighted(INDUSTRY_MIX);
      const batch = r.weighted([
        [1, 5],
        [2, 10],
        [3, 20],
        [4, 20],
        [5, 20],
        [6, 25],
      ] as const);
      const key = r.weighted([
        ["first", batch <= 3 ? 14 : 0],
        ["newRound1", 6],
        ["newRound3Plan", 5],
        ["none", 75],
      ] as const);
      const listed = r.chance(0.08);
      const ipoPlan = !listed && r.chance(0.25);
      const titles = [
        ...(r.chance(0.85) ? ["highTech"] : []),
        ...TITLE_CHANCES.filter(([, p]) => r.chance(p)).map(([t]) => t),
      ];
      const e: Rec = {
        id: enterprises.length + 1,
        name: N.enterpriseName(r, name, industry, names),
        creditCode: N.creditCode(r, code, codes),
        cityId: city.id,
        address: N.address(r, code, name),
        keyGiantStatus: key,
        giantBatch: String(batch),
        ...validity(r, batch),
        industry: r.pick(N.INDUSTRY_CATEGORY[industry]),
        priorityIndustry: industry,
        mainProducts: N.PRODUCTS[industry].filter(() => r.chance(0.4)).join("、") || r.pick(N.PRODUCTS[industry]),
        legalRepresentative: N.personName(r),
        contactName: N.personName(r),
        contactTitle: r.pick(N.CONTACT_TITLES),
        contactPhone: N.mobile(r),
        contactEmail: `contact${enterprises.length + 1}@example.com.cn`,
        website: r.chance(0.7) ? `https://www.e${enterprises.length + 1}.example.cn` : null,
        listed,
        ipoPlan,
        ipoProgress: ipoPlan ? r.pick(["notReformed", "reformed", "applied"]) : null,
        ipoBoard: ipoPlan ? r.pick(["star", "chinext", "bse", "sseMain", "szseMain"]) : null,
        titles,
        titlesOther: null,
      };
      e.remark = [
        optionLabel(enterprise.fields.giantBatch, e.giantBatch).replace(/（.*/, ""),
        "国家级专精特新“小巨人”企业",
        key !== "none" ? `；${KEY_GIANT_STATUSES.find((o) => o.value === key)!.label}` : "",
      ].join("");
      if (e.validUntil >= NOMINATION_DATE) city.validGiants++;
      enterprises.push(e);
    }
  });
  return { cities, enterprises };
}

export const isValidOn = (e: Rec, date: string) => e.validUntil >= date;

/** Each city nominates its quota of valid enterprises, with their needs (附件1-1). */
export function seedRegistrations(r: Random, cities: Rec[], enterprises: Rec[]) {
  const registrations: Rec[] = [];
  for (const city of cities) {
    const valid = enterprises.filter((e) => e.cityId === city.id && isValidOn(e, NOMINATION_DATE));
    for (const e of r.sample(valid, roundQuota(NOTICE_ROUND, city.validGiants))) {
      const needQuality = r.chance(0.68);
      const needManagement = r.chance(0.35);
      const needTech = r.chance(0.38);
      const needTraining = r.chance(0.62) || !(needQuality || needManagement || needTech);
      const qualityMode = needQuality
        ? r.weighted([
            ["onSite", 4],
            ["online", 6],
          ] as const)
        : null;
      const managementMode = needManagement
        ? r.weighted([
            ["onSite", 4],
            ["online", 6],
          ] as const)
        : null;
      const managementFocus = needManagement
        ? r.sample(["strategy", "hr", "production", "supplyChain", "marketing", "publicImage"], r.int(1, 3))
        : [];
      const status = r.weighted([
        ["approved", 85],
        ["nominated", 10],
        ["returned", 5],
      ] as const);
      const techOnSite = needTech && r.chance(0.5);
      registrations.push({
        id: registrations.length + 1,
        enterpriseId: e.id,
        year: 2025,
        batch: 1,
        status,
        nominatedAt: addDays("2025-06-10", r.int(0, 15)),
        returnReason:
          status === "returned"
            ? r.pick(["报名表未加盖企业公章，请补充后重新报送", "学员非企业主要负责人，请调整人选"])
            : null,
        needTraining,
        needQuality,
        qualityMode,
        qualityMonth: qualityMode === "onSite" ? r.int(7, 11) : null,
        qualityFocus: needQuality ? r.sample(["basic", "digital", "sustained", "performance"], r.int(1, 3)) : [],
        needManagement,
        managementMode,
        managementMonth: managementMode === "onSite" ? r.int(7, 11) : null,
        managementFocus,
        needTech,
        techOnSite,
        techMonth: techOnSite ? r.int(7, 11) : null,
        suggestions: r.chance(0.2)
          ? r.pick([
              "希望增加企业间交流参访环节",
              "建议诊断结果与后续政策支持对接",
              "希望培训安排在月初，避开月底结算期",
            ])
          : null,
        signedBy: e.legalRepresentative,
        declaredAt: addDays("2025-06-05", r.int(0, 5)),
      });
    }
  }
  return registrations;
}
