// The official sheets, laid out like the notice: 附件2 for a city, the province's summary by city,
// and the list of selected projects.
import type ExcelJS from "exceljs";
import type { DataSource, EntityManager } from "typeorm";
import { optionLabel } from "../../entities/describe";
import { resourceByKey } from "../../entities/registry";
import { BadRequest, NotFound } from "../errors";
import type { Principal } from "../access/policy";
import { programmeProgress } from "./dashboard";
import { liveNominations } from "./figures";
import { roundOf } from "./rounds";
import { serverOnly } from "../entitySchemas";
import { DEMAND_STATUS } from "../../entities/techDemand";
import { parseParams, rank } from "./selection";
import { maskValue, sheetCell, sheetRow, workbook } from "./output";
import type { ResourceService } from "./resourceService";
import { rawQuery, read } from "./unitOfWork";

type Rec = Record<string, any>;
/** The tables, named by their descriptions. */
const [CITY, ENTERPRISE] = ["cities", "enterprises"].map((k) => resourceByKey[k].table);
const thin = { style: "thin" as const };
const box = { top: thin, bottom: thin, left: thin, right: thin };

/** A sheet set up for A4 printing, with the header row repeated on every page. */
function sheet(wb: ExcelJS.Workbook, name: string, landscape: boolean, headerRow: number) {
  return wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
}

function table(ws: ExcelJS.Worksheet, headerRow: number, header: string[], rows: unknown[][], widths: number[]) {
  const h = ws.getRow(headerRow);
  h.values = sheetRow(header);
  h.font = { bold: true };
  h.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  for (const r of rows) ws.addRow(sheetRow(r));
  for (let i = headerRow; i <= ws.rowCount; i++)
    ws.getRow(i).eachCell({ includeEmpty: true }, (c, col) => col <= header.length && (c.border = box));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export class ReportService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: Map<string, ResourceService>,
  ) {}

  /**
   * 附件2 信息汇总表's content: the city, its contact line, and one row per live nomination of the city in
   * the round (figures.ts: 已推荐 or 已通过), in nomination order, each with its registration's id; the
   * xlsx and the PDF both print these rows.
   */
  async citySummaryRows(user: Principal, cityId: unknown) {
    const cities = this.services.get("cities")!;
    cities.assertAccess(user, "read");
    this.services.get("registrations")!.assertAccess(user, "read");
    if (!cityId) throw new BadRequest("请选择市州", { cityId: "请选择市州" });
    const city = await cities.getOne(user, cityId);
    const round = await read(this.ds, (m) => roundOf(m, user));
    const found: Rec[] = await read(this.ds, (m) =>
      liveNominations(m, round, { cityId: city.id })
        .select(["r.id", "e.name", "e.industry", "e.contactName", "e.contactTitle", "e.contactPhone", "e.remark"])
        .addSelect(["e.giantBatch", "e.keyGiantStatus"])
        .orderBy("r.nominatedAt")
        .addOrderBy("r.id")
        .getRawMany()
        .then((raw) =>
          raw.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.replace(/^[er]_/, ""), v]))),
        ),
    );
    const ent = resourceByKey.enterprises.fields;
    const cityFields = resourceByKey.cities.fields;
    const remark = (r: Rec) =>
      r.remark ||
      `${optionLabel(ent.giantBatch, r.giantBatch).replace(/（.*/, "")}小巨人${r.keyGiantStatus !== "none" ? `；${optionLabel(ent.keyGiantStatus, r.keyGiantStatus)}` : ""}`;
    return {
      city,
      round,
      contact: [city.contactName, maskValue(cityFields.contactPhone, city.contactPhone, user)]
        .filter(Boolean)
        .join("  "),
      header: ["序号", "企业名称", "行业", "联系人", "职务", "手机", "备注"],
      registrationIds: found.map((r) => Number(r.id)),
      rows: found.map((r, i) => [
        i + 1,
        r.name,
        r.industry,
        r.contactName,
        r.contactTitle,
        maskValue(ent.contactPhone, r.contactPhone, user),
        remark(r),
      ]),
    };
  }

  /** 附件2 信息汇总表 as an xlsx laid out like the notice's. */
  async citySummary(user: Principal, cityId: unknown) {
    const { city, contact, header, rows } = await this.citySummaryRows(user, cityId);
    const wb = workbook();
    const ws = sheet(wb, "信息汇总表", false, 4);
    ws.getCell("A1").value = "附件2";
    ws.mergeCells("A2:G2");
    ws.getCell("A2").value = "信息汇总表";
    ws.getCell("A2").font = { bold: true, size: 16 };
    ws.getCell("A2").alignment = { horizontal: "center" };
    ws.mergeCells("A3:C3");
    ws.getCell("A3").value = sheetCell(`市州经信局：${city.name}（盖章）`);
    ws.mergeCells("D3:G3");
    ws.getCell("D3").value = sheetCell(`地市州工作联系人及联系方式：${contact}`);
    table(ws, 4, header, rows, [6, 34, 22, 10, 14, 14, 36]);
    for (let i = 5; i <= ws.rowCount; i++) ws.getRow(i).alignment = { vertical: "middle", wrapText: true };
    return { wb, name: `附件2-信息汇总表-${city.name}.xlsx` };
  }

  /** The province's summary by city, with a totals row that is the sum of the rows. */
  async provinceSummary(user: Principal) {
    const p = await programmeProgress(this.ds, user);
    const wb = workbook();
    const ws = sheet(wb, "全省汇总", true, 3);
    ws.mergeCells("A2:J2");
    ws.getCell("A2").value = `${p.roundName}专精特新中小企业培育赋能工作进度汇总表`;
    ws.getCell("A2").font = { bold: true, size: 16 };
    ws.getCell("A2").alignment = { horizontal: "center" };
    const cols = [
      "validGiants",
      "quota",
      "nominated",
      "approved",
      "trainees",
      "qualityDiagnoses",
      "managementDiagnoses",
      "techDemands",
      "selectedProjects",
    ] as const;
    const rows = p.cities.map((c) => [c.name, ...cols.map((k) => c[k])]);
    table(
      ws,
      3,
      [
        "市州",
        "有效期内小巨人",
        "推荐名额",
        "已推荐",
        "已通过",
        "培训学员",
        "质量诊断",
        "管理诊断",
        "技术需求",
        "遴选项目",
      ],
      [...rows, ["合计", ...cols.map((k) => p.totals[k])]],
      [24, 14, 10, 10, 10, 10, 10, 10, 10, 10],
    );
    ws.getRow(ws.rowCount).font = { bold: true };
    return { wb, name: `${p.roundName.replace(/\s/g, "")}培育赋能工作进度汇总表.xlsx` };
  }

  /**
   * The selected projects with their scores and services, each with the rank the committed selection gave
   * its demand (as the selection page shows it: not renumbered 1…16) and the reason a pin recorded; then the
   * demands the selection excluded by hand, with their reasons.
   */
  async selectedProjects(user: Principal) {
    const projects = this.services.get("selectedProjects")!;
    projects.assertAccess(user, "read");
    const round = await read(this.ds, (m) => roundOf(m, user));
    const found = await read(this.ds, (m) =>
      projects.query(user, { roundId: round.id }, m).orderBy("e.rank").getMany(),
    );
    if (!found.length) throw new NotFound(`${round.name}尚未遴选项目`);
    const committed = await read(this.ds, (m) => this.committedRanking(m, round.id));
    const byDemand = new Map(committed.ranking.map((d) => [d.id, d]));
    const ranked = (r: Rec) => byDemand.get(r.demandId)?.rank ?? null;
    // The selection's order: ranked projects by their rank, then those pinned in without a rank.
    const rows = [...found].sort(
      (a, b) => (ranked(a) ?? Infinity) - (ranked(b) ?? Infinity) || Number(a.rank) - Number(b.rank),
    );
    const names: Rec[] = rows.length
      ? await read(this.ds, (m) =>
          rawQuery(
            m,
            `SELECT e.id, e.name, c.name AS city FROM ${ENTERPRISE} e JOIN ${CITY} c ON c.id = e."cityId" WHERE e.id IN (:...ids)`,
            { ids: rows.map((r) => Number(r.enterpriseId)) },
          ),
        )
      : [];
    const byId = new Map(names.map((n) => [n.id, n]));
    const f = resourceByKey.selectedProjects.fields;
    const wb = workbook();
    const ws = sheet(wb, "遴选项目", true, 3);
    ws.mergeCells("A2:I2");
    ws.getCell("A2").value = sheetCell(`${round.name}专精特新“小巨人”企业技术创新服务遴选项目清单`);
    ws.getCell("A2").font = { bold: true, size: 16 };
    ws.getCell("A2").alignment = { horizontal: "center" };
    const pinnedIn = new Map(committed.pinnedIn.map((x) => [x.id, x.reason]));
    table(
      ws,
      3,
      ["排名", "项目名称", "企业名称", "市州", "评审得分", "服务内容", "状态", "进度（%）", "成效", "入选理由"],
      rows.map((r) => [
        ranked(r) ?? "—",
        r.name,
        byId.get(r.enterpriseId)?.name ?? "",
        byId.get(r.enterpriseId)?.city ?? "",
        r.score,
        (r.services as string[]).map((s) => optionLabel(f.services, s)).join("、"),
        optionLabel(f.status, r.status),
        r.progress,
        r.outcome ?? "",
        pinnedIn.has(r.demandId) ? `人工确定入选：${pinnedIn.get(r.demandId)}` : "",
      ]),
      [6, 36, 32, 14, 10, 30, 10, 10, 30, 30],
    );
    // The demands the selection excluded by hand, of those the user may see, with the recorded reasons.
    const demands = this.services.get("techDemands")!;
    const seen = new Set(
      committed.pinnedOut.length
        ? (
            await read(this.ds, (m) =>
              demands
                .query(user, {}, m)
                .andWhere("e.id IN (:...pinnedOut)", { pinnedOut: committed.pinnedOut.map((x) => x.id) })
                .select(["e.id"])
                .getMany(),
            )
          ).map((d) => d.id as number)
        : [],
    );
    const excluded = committed.pinnedOut.filter((x) => seen.has(x.id) && byDemand.has(x.id));
    if (excluded.length) {
      const start = ws.rowCount + 2;
      ws.getCell(`A${start}`).value = sheetCell("人工排除的需求");
      ws.getCell(`A${start}`).font = { bold: true };
      table(
        ws,
        start + 1,
        ["排名", "需求名称", "企业名称", "市州", "评审得分", "排除理由"],
        excluded.map((x) => {
          const d = byDemand.get(x.id)!;
          return [d.rank ?? "—", d.title, d.enterprise, d.city, d.score, `人工排除：${x.reason}`];
        }),
        [6, 36, 32, 14, 10, 30, 10, 10, 30, 30],
      );
    }
    return { wb, name: `${round.name.replace(/\s/g, "")}遴选项目清单.xlsx` };
  }

  /**
   * The ranking the committed selection made (its recorded parameters: limits and pins with their reasons)
   * over the year's demands, whose scores are fixed once they are selected or not.
   */
  private async committedRanking(m: EntityManager, roundId: number) {
    const round = await m.getRepository(serverOnly.selectionRounds.entity).findOneBy({ roundId });
    const params = parseParams({ ...(round?.params ?? {}), dryRun: true });
    const demands: Rec[] = (
      await rawQuery(
        m,
        `SELECT d.id, d.title, d.categories, d.score, d."reviewCount", d."enterpriseId", e.name AS enterprise, c.name AS city
         FROM ${resourceByKey.techDemands.table} d JOIN ${ENTERPRISE} e ON e.id = d."enterpriseId"
         JOIN ${CITY} c ON c.id = e."cityId"
         WHERE d."roundId" = :roundId AND d.status <> :withdrawn ORDER BY d.id`,
        { roundId, withdrawn: DEMAND_STATUS.withdrawn },
      )
    ).map((r) => ({
      ...r,
      categories: JSON.parse(r.categories ?? "[]"),
      score: r.score === null ? null : Number(r.score),
      reviewCount: Number(r.reviewCount),
    }));
    return { ranking: rank(demands, params), pinnedIn: params.pinnedIn, pinnedOut: params.pinnedOut };
  }
}
