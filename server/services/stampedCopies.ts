// 签章件: the signed and stamped scans of the paper forms (附件1-1 推荐表, 附件1-2 学员信息表, 附件1-3
// 技术创新需求征集表) in their records' 档案 — whether a record's is there (stampedCopyStatus, for the
// review screens and the record page's chip) and every form of the round still without one (missing,
// GET /api/reports/missing-stamped-copies and its xlsx). Which form belongs to which record is said once,
// in entities/attachment.ts (STAMPED_FORMS).
import type { DataSource, EntityManager } from "typeorm";
import {
  isStampedResource,
  STAMPED_FORMS,
  STAMPED_RESOURCES,
  stampedFormName,
  type MissingStampedCopy,
  type StampedCopyStatus,
  type StampedResource,
} from "../../entities/attachment";
import { recordName } from "../../entities/describe";
import { resourceByKey } from "../../entities/registry";
import { DEMAND_STATUS } from "../../entities/techDemand";
import { ADMISSION_STATUS } from "../../entities/trainee";
import { idOf } from "../../entities/validate";
import type { Principal } from "../access/policy";
import { serverOnly } from "../entitySchemas";
import { BadRequest, NotFound } from "../errors";
import { liveNominations } from "./figures";
import { roundOf } from "./rounds";
import { sheetRow, workbook } from "./output";
import type { ResourceService } from "./resourceService";
import { rawQuery, read } from "./unitOfWork";

type Rec = Record<string, any>;
/** Ids per query: far below SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 500;

async function inChunks<T>(ids: number[], run: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await run(ids.slice(i, i + CHUNK))));
  return out;
}

/**
 * Whether each of these records of `resource` (registrations, trainees or techDemands) has its form's
 * signed and stamped scan in its 档案: an attachment of the form's kind (STAMPED_FORMS). Answers every id
 * asked for: `{present: true, attachmentId, uploadedAt}` with the latest such attachment, else
 * `{present: false}`. It does not check who may see the records: the caller passes ids it has read
 * through the user's scoped query (a review screen's own rows).
 */
export async function stampedCopyStatus(
  m: EntityManager,
  resource: StampedResource,
  ids: readonly number[],
): Promise<Map<number, StampedCopyStatus>> {
  const { kind } = STAMPED_FORMS[resource];
  const wanted = [...new Set(ids.map(Number))];
  const rows: Rec[] = await inChunks(wanted, (chunk) =>
    m
      .getRepository(serverOnly.attachments.entity)
      .createQueryBuilder("a")
      .select(["a.id", "a.recordId", "a.createdAt"])
      .where("a.resource = :resource AND a.kind = :kind AND a.recordId IN (:...chunk)", { resource, kind, chunk })
      .getMany(),
  );
  const status = new Map<number, StampedCopyStatus>(wanted.map((id) => [id, { present: false }]));
  for (const r of rows.sort((a, b) => a.id - b.id))
    status.set(Number(r.recordId), {
      present: true,
      attachmentId: r.id,
      uploadedAt: new Date(r.createdAt).toISOString(),
    });
  return status;
}

const FORM_ORDER = new Map(STAMPED_RESOURCES.map((r, i) => [r, i]));

export class StampedCopyService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: Map<string, ResourceService>,
  ) {}

  private service(key: string) {
    return this.services.get(key)!;
  }

  /** One record's status, if the user may see the record (any other is a 404, as on its own page). */
  async one(user: Principal, resource: string, id: unknown): Promise<StampedCopyStatus> {
    if (!isStampedResource(resource)) throw new NotFound("该对象没有签章件");
    const service = this.service(resource);
    service.assertAccess(user, "read");
    const record = await service.getOne(user, id);
    return read(this.ds, async (m) => (await stampedCopyStatus(m, resource, [record.id])).get(record.id)!);
  }

  /** The city asked for (`cityId`), if any: one the user may see, else a 404 as on its own page. */
  private async city(user: Principal, cityId: unknown): Promise<{ id: number; name: string } | undefined> {
    if (cityId === undefined || cityId === "") return undefined;
    if (typeof cityId !== "string" || !/^\d{1,9}$/.test(cityId))
      throw new BadRequest("市州编号不正确", { cityId: "市州编号不正确" });
    const city = await this.service("cities").getOne(user, idOf(cityId));
    return { id: Number(city.id), name: String(city.name) };
  }

  /**
   * Every form of the current round that should have a signed and stamped copy and has none, as the user
   * may see them (each through its resource's own scoped query: a city bureau its city's), of one city if
   * `cityId` is given; sorted by city (GB/T 2260 code), enterprise (by pinyin), form, record. The forms:
   * - 附件1-1: the round's live nominations (figures.ts liveNominations: 已推荐 or 已通过; a returned or
   *   withdrawn one needs no stamped form while it is not live);
   * - 附件1-2: the trainees of those enterprises of the round, but for those not admitted (未录取),
   *   whose forms are no longer needed;
   * - 附件1-3: those enterprises' demands of the round, but for the withdrawn (已撤回), as the figure
   *   技术需求 counts them.
   * An enterprise without a live nomination owes nothing here, whatever it filled in.
   * Reading it needs read access to all three forms' resources (a provider that reads only some gets the
   * same 404 as for any of them).
   */
  async missing(user: Principal, cityId: unknown): Promise<MissingStampedCopy[]> {
    for (const r of STAMPED_RESOURCES) this.service(r).assertAccess(user, "read");
    const city = (await this.city(user, cityId))?.id;
    return read(this.ds, async (m) => {
      const round = await roundOf(m, user);
      // The live nominations first, then each form by their ids: a few small IN lists, whose plans do not
      // depend on the database's statistics (a semi-join over a fresh PostgreSQL database took seconds).
      const live: { id: unknown; enterpriseId: unknown }[] = await liveNominations(
        m,
        round,
        city === undefined ? {} : { cityId: city },
      )
        .select("r.id", "id")
        .addSelect("r.enterpriseId", "enterpriseId")
        .getRawMany();
      const liveIds = [...new Set(live.map((r) => Number(r.id)))];
      const liveEnterprises = [...new Set(live.map((r) => Number(r.enterpriseId)))];
      const roundId = round.id;
      const visible = (key: StampedResource) => this.service(key).query(user, {}, m);
      const found: Record<StampedResource, Rec[]> = {
        registrations: await inChunks(liveIds, (ids) =>
          visible("registrations").andWhere("e.id IN (:...ids)", { ids }).getMany(),
        ),
        trainees: await inChunks(liveEnterprises, (ids) =>
          visible("trainees")
            .andWhere("e.enterpriseId IN (:...ids)", { ids })
            .andWhere("e.roundId = :formRound AND e.admissionStatus <> :notAdmitted", {
              formRound: roundId,
              notAdmitted: ADMISSION_STATUS.notAdmitted,
            })
            .getMany(),
        ),
        techDemands: await inChunks(liveEnterprises, (ids) =>
          visible("techDemands")
            .andWhere("e.enterpriseId IN (:...ids)", { ids })
            .andWhere("e.roundId = :formRound AND e.status <> :withdrawn", {
              formRound: roundId,
              withdrawn: DEMAND_STATUS.withdrawn,
            })
            .getMany(),
        ),
      };
      const rows: { resource: StampedResource; record: Rec }[] = [];
      for (const resource of STAMPED_RESOURCES) {
        const records = found[resource];
        const status = await stampedCopyStatus(
          m,
          resource,
          records.map((r) => r.id),
        );
        for (const record of records) if (!status.get(record.id)?.present) rows.push({ resource, record });
      }
      const enterpriseIds = [...new Set(rows.map((r) => Number(r.record.enterpriseId)))];
      const [E, C] = [resourceByKey.enterprises.table, resourceByKey.cities.table];
      const enterprises: Rec[] = await inChunks(enterpriseIds, (ids) =>
        rawQuery(
          m,
          `SELECT e.id, e.name, e."nameSortKey" AS "sortKey", c.id AS "cityId", c.name AS "cityName", c.code AS "cityCode"
           FROM ${E} e JOIN ${C} c ON c.id = e."cityId" WHERE e.id IN (:...ids)`,
          { ids },
        ),
      );
      const byId = new Map(enterprises.map((e) => [Number(e.id), e]));
      const text = (v: unknown) => String(v ?? "");
      return rows
        .map(({ resource, record }) => {
          const e = byId.get(Number(record.enterpriseId))!;
          return {
            row: {
              cityId: Number(e.cityId),
              cityName: e.cityName,
              enterpriseId: Number(e.id),
              enterpriseName: e.name,
              form: stampedFormName(resource),
              resource,
              recordId: Number(record.id),
              recordName: recordName(resourceByKey[resource], record),
            } satisfies MissingStampedCopy,
            order: [text(e.cityCode), text(e.sortKey ?? e.name), Number(e.id), FORM_ORDER.get(resource)!, record.id],
          };
        })
        .sort((a, b) => {
          for (let i = 0; i < a.order.length; i++) {
            const [x, y] = [a.order[i], b.order[i]];
            if (x !== y) return x < y ? -1 : 1;
          }
          return 0;
        })
        .map((r) => r.row);
    });
  }

  /** 签章件缺失清单 as an xlsx: the same rows, through output.ts's workbook (every cell neutralised). */
  async missingWorkbook(user: Principal, cityId: unknown) {
    const rows = await this.missing(user, cityId);
    const round = await read(this.ds, (m) => roundOf(m, user));
    const wb = workbook();
    const ws = wb.addWorksheet("签章件缺失清单", {
      pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      views: [{ state: "frozen", ySplit: 1 }],
    });
    const header = ["序号", "市州", "企业名称", "表格", "记录", "记录编号"];
    ws.addRow(sheetRow(header)).font = { bold: true };
    rows.forEach((r, i) =>
      ws.addRow(sheetRow([i + 1, r.cityName, r.enterpriseName, r.form, r.recordName, r.recordId])),
    );
    [6, 14, 36, 26, 36, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
    const city = await this.city(user, cityId);
    return { wb, name: `${round.name.replace(/\s/g, "")}签章件缺失清单${city ? `-${city.name}` : ""}.xlsx` };
  }
}
