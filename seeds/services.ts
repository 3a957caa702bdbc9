// Reference data, quality and management diagnoses, tech demands (附件1-3) and expert reviews.
import { demandScore, weightedScore } from "../entities/demandReview";
import { MANAGEMENT_FOCUS, QUALITY_FOCUS } from "../entities/registration";
import { PRODUCTS, personName, mobile } from "./names";
import { addDays, type Random } from "./random";
import { SEED_TODAY } from "./training";

type Rec = Record<string, any>;

/** Seeded from the form's focus areas; editable afterwards (the standards' texts are not at hand). */
export function seedReference() {
  const dims = [
    ...["质量管理基本能力", "质量管理数字化", "持续成功能力", "质量绩效"].map((name) => ["quality", name]),
    ...["战略管理", "人力资源", "生产管理", "供应链管理", "营销", "决策及公共形象"].map((name) => ["management", name]),
  ];
  const diagnosisDimensions = dims.map(([kind, name], i) => ({
    id: i + 1,
    kind,
    name,
    description: null,
    weight: 1,
    sortOrder: i + 1,
  }));
  const levelNames = ["初始级", "规范级", "集成级", "优化级", "卓越级"];
  const maturityLevels = ["quality", "management"].flatMap((kind, k) =>
    levelNames.map((name, i) => ({
      id: k * 5 + i + 1,
      kind,
      level: i + 1,
      name: `${"一二三四五"[i]}级（${name}）`,
      minScore: [0, 40, 60, 75, 90][i],
      description: null,
    })),
  );
  const reviewCriteria = [
    ["创新性", 30, "技术路线的先进性与突破程度"],
    ["可行性", 25, "技术方案、团队与进度安排是否可行"],
    ["产业带动", 25, "对产业链上下游和区域产业的带动作用"],
    ["企业基础", 20, "企业研发投入、技术积累与配套能力"],
  ].map(([name, weight, description], i) => ({ id: i + 1, name, weight, description, sortOrder: i + 1 }));
  return { diagnosisDimensions, maturityLevels, reviewCriteria };
}

const FINDINGS = [
  "质量目标未分解到车间和班组",
  "关键工序过程数据仍以纸质记录为主",
  "供应商质量绩效评价缺少量化指标",
  "战略规划与年度经营计划衔接不足",
  "中层管理人员梯队建设薄弱",
  "库存周转偏慢，计划与生产协同不足",
];
const ADVICE = [
  "建立质量目标分解与月度考核机制",
  "推进制造执行系统与质量数据采集",
  "完善供应商分级管理与联合改进",
  "建立战略解码与经营分析例会制度",
  "实施关键岗位继任者计划",
  "推行销售与运营计划协同机制",
];
const STATUS_MIX = [
  ["reportDelivered", 35],
  ["expertAssessed", 20],
  ["selfAssessed", 20],
  ["scheduled", 15],
  ["requested", 10],
] as const;

export function seedDiagnostics(
  r: Random,
  scale: number,
  registrations: Rec[],
  enterprises: Rec[],
  ref: ReturnType<typeof seedReference>,
) {
  const diagnostics: Rec[] = [];
  const plans = [
    ["quality", 200, "needQuality", "qualityMode", "qualityMonth", "qualityFocus", QUALITY_FOCUS],
    ["management", 100, "needManagement", "managementMode", "managementMonth", "managementFocus", MANAGEMENT_FOCUS],
  ] as const;
  for (const [kind, target, need, mode, month, focus, focusOptions] of plans) {
    const wanted = registrations.filter((x) => x[need] && x.status !== "returned");
    const taken = new Set(wanted.map((x) => x.enterpriseId));
    const extra = enterprises.filter((e) => !taken.has(e.id) && e.validUntil >= "2025-06-25");
    const rows = [
      ...wanted.map((x) => ({ reg: x, enterpriseId: x.enterpriseId })),
      ...r
        .sample(extra, Math.max(0, target * scale - wanted.length))
        .map((e) => ({ reg: undefined, enterpriseId: e.id })),
    ].slice(0, target * scale);
    const dims = ref.diagnosisDimensions.filter((d) => d.kind === kind);
    const levels = ref.maturityLevels.filter((l) => l.kind === kind);
    for (const { reg, enterpriseId } of rows) {
      const status = r.weighted(STATUS_MIX);
      const assessed = ["selfAssessed", "expertAssessed", "reportDelivered"].includes(status);
      const scores = assessed ? dims.map((d) => ({ dimensionId: d.id, score: r.int(45, 96) })) : [];
      const total = assessed ? Math.round((scores.reduce((a, s) => a + s.score, 0) / scores.length) * 10) / 10 : null;
      const m = reg?.[mode] ?? r.pick(["onSite", "online"]);
      const formFocus = (reg?.[focus] ?? []).map((code: string) => focusOptions.find((o) => o.value === code)?.label);
      const focusIds = dims.filter((d) => formFocus.includes(d.name)).map((d) => d.id);
      diagnostics.push({
        id: diagnostics.length + 1,
        enterpriseId,
        registrationId: reg?.id ?? null,
        kind,
        year: 2025,
        mode: m,
        expectedMonth: reg?.[month] ?? (m === "onSite" ? r.int(8, 11) : null),
        focus: focusIds.length
          ? focusIds
          : r.sample(
              dims.map((d) => d.id),
              r.int(1, 3),
            ),
        provider: "广州赛宝认证中心服务有限公司",
        status,
        scheduledDate: status === "requested" ? null : addDays("2025-07-15", r.int(0, 110)),
        expert: status === "requested" ? null : `${personName(r)}（评价专家）`,
        scores,
        totalScore: total,
        levelId: total === null ? null : [...levels].reverse().find((l) => total >= l.minScore)!.id,
        findings: assessed ? r.sample(FINDINGS, 2).join("；") : null,
        recommendations: assessed ? r.sample(ADVICE, 2).join("；") : null,
        reportFile:
          status === "reportDelivered" ? `诊断报告-${kind === "quality" ? "质量" : "管理"}-${enterpriseId}.pdf` : null,
        reportDeliveredAt: status === "reportDelivered" ? addDays("2025-09-01", r.int(0, 75)) : null,
      });
    }
  }
  return diagnostics;
}

const ACTIONS: Record<string, string> = {
  rnd: "关键技术攻关",
  concept: "概念验证",
  pilot: "中试放大验证",
  testing: "检验检测与认证",
  transfer: "科技成果转化",
  ip: "专利布局与知识产权运营",
};
const REVIEWERS = Array.from({ length: 9 }, (_, i) => ({
  name: `专家${"甲乙丙丁戊己庚辛壬"[i]}`,
  org: ["楚天科技学院", "江城理工大学", "省工业技术研究所"][i % 3],
}));

export function seedDemands(
  r: Random,
  scale: number,
  registrations: Rec[],
  enterprises: Rec[],
  ref: ReturnType<typeof seedReference>,
) {
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const sources: { reg?: Rec; e: Rec }[] = registrations
    .filter((x) => x.needTech && x.status !== "returned")
    .map((reg) => ({ reg, e: byId.get(reg.enterpriseId)! }));
  const taken = new Set(sources.map((s) => s.e.id));
  const target = Math.round(108 * scale);
  for (const e of r.sample(
    enterprises.filter((x) => !taken.has(x.id) && x.validUntil >= "2025-06-25"),
    Math.max(0, target - sources.length),
  ))
    sources.push({ e });
  const weights = new Map(ref.reviewCriteria.map((c) => [c.id, Number(c.weight)]));
  const techDemands: Rec[] = [];
  const demandReviews: Rec[] = [];
  for (const { reg, e } of sources.slice(0, Math.max(target, sources.length))) {
    const categories = r.sample(Object.keys(ACTIONS), r.int(1, 3));
    const product = r.pick(PRODUCTS[e.priorityIndustry]);
    const id = techDemands.length + 1;
    const quality = r.int(55, 90);
    const totals: number[] = [];
    for (const reviewer of r.sample(REVIEWERS, 3)) {
      const recused = r.chance(0.05);
      const scores = recused
        ? []
        : ref.reviewCriteria.map((c) => ({
            criterionId: c.id,
            score: Math.min(100, Math.max(0, quality + r.int(-12, 12))),
          }));
      const totalScore = recused ? null : weightedScore(scores, weights);
      if (totalScore !== null) totals.push(totalScore);
      demandReviews.push({
        id: demandReviews.length + 1,
        demandId: id,
        reviewerName: reviewer.name,
        reviewerOrg: reviewer.org,
        recused,
        recusalReason: recused ? "与申报企业存在合作关系" : null,
        scores,
        totalScore,
        comment: recused
          ? null
          : r.pick(["技术路线清晰，建议细化量化指标", "需求明确，企业基础较好", "创新性一般，建议加强产学研合作"]),
        reviewedAt: addDays("2025-09-20", r.int(0, 20)),
      });
    }
    techDemands.push({
      id,
      title: `${product}${ACTIONS[categories[0]]}`,
      enterpriseId: e.id,
      registrationId: reg?.id ?? null,
      year: 2025,
      industryProducts: `${e.industry}；${e.mainProducts}`,
      enterpriseType: e.keyGiantStatus === "first" || e.keyGiantStatus === "newRound1" ? "keyGiant" : "giant",
      contactName: personName(r),
      contactTitle: r.pick(["研发总监", "技术中心主任", "总工程师"]),
      contactPhone: mobile(r),
      categories,
      details: `1. 围绕${product}的${ACTIONS[categories[0]]}，需解决性能一致性与成本控制问题。2. 企业已建成省级企业技术中心，具备小批量试制条件。3. 希望在 ${r.int(6, 18)} 个月内完成。`,
      basis: "已完成前期技术调研与样品试制，拥有相关发明专利 2 项。",
      timeRequirement: `${r.int(6, 18)} 个月内`,
      targets: `关键性能指标提升 ${r.int(10, 40)}%，形成样机或中试产品 1 套，申请发明专利 ${r.int(1, 4)} 项。`,
      necessity: "突破关键环节对外依赖，支撑产品升级换代。",
      budget: r.int(50, 800),
      pastCooperation: r.chance(0.5) ? "曾与省内高校合作开展工艺优化项目，合作金额约 60 万元。" : null,
      publishable: r.chance(0.8),
      onSite: reg?.techOnSite ?? false,
      status: SEED_TODAY > "2025-09-20" ? "underReview" : "submitted",
      score: demandScore(totals),
      reviewCount: totals.length,
    });
  }
  return { techDemands, demandReviews };
}

const FOLLOW_UPS: [string, string, string][] = [
  ["quality", "回访质量诊断整改情况，企业已建立质量目标分解机制", "下季度复查关键工序数据采集进展"],
  ["management", "回访管理诊断建议落实情况，已召开战略解码会", "协调对接省级管理咨询专家"],
  ["training", "了解学员结业后企业经营管理改进情况", "推荐参加行业班交流活动"],
  ["finance", "对接省级产业投资基金与专精特新贷款政策", "组织银企对接会"],
];

/** 跟踪服务 after delivered diagnoses, and a few enterprises marked as typical cases (典型案例). */
export function seedFollowUps(r: Random, diagnostics: Rec[], enterprises: Rec[]) {
  const followUps: Rec[] = [];
  for (const d of diagnostics.filter((x) => x.status === "reportDelivered" && r.chance(0.4))) {
    const [service, content, nextStep] = r.pick(FOLLOW_UPS.filter(([s]) => s === d.kind || s === "finance"));
    followUps.push({
      id: followUps.length + 1,
      enterpriseId: d.enterpriseId,
      date: addDays(d.reportDeliveredAt, r.int(20, 60)),
      service,
      content,
      nextStep,
      staff: personName(r),
    });
  }
  const cases = new Set(followUps.filter(() => r.chance(0.1)).map((f) => f.enterpriseId));
  for (const e of enterprises)
    if (cases.has(e.id))
      Object.assign(e, {
        typicalCase: true,
        caseWriteUp: "通过质量与管理诊断，企业建立数字化质量管理体系，产品一次交检合格率明显提升，获评市级质量标杆。",
      });
  return followUps;
}
