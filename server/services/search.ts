// GET /api/search: the app bar's search across the panel. Each group is the resource's own list search
// (`q`, through ResourceService.query: the user's scope, and never a field the user sees masked), so a
// group's total is the list's total for the same term and what the list cannot find, this cannot either.
import type { DataSource, EntityManager } from "typeorm";
import type { SearchAnswer, SearchGroup } from "../../entities/api";
import { recordName } from "../../entities/describe";
import { resourceByKey } from "../../entities/registry";
import { access, type Principal } from "../access/policy";
import { BadRequest } from "../errors";
import { applySort, searchTerm } from "../rest/listQuery";
import type { ResourceService } from "./resourceService";
import { read } from "./unitOfWork";

/** The resources searched, in the order their groups are shown. */
export const SEARCHED = ["enterprises", "trainees", "techDemands", "registrations", "diagnostics", "selectedProjects"];
/** Records shown per group (the group's total says how many there are). */
export const SEARCH_SHOWN = 5;
/** A shorter term answers nothing: one character would match half of every list. */
export const SEARCH_MIN = 2;

export class SearchService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: Map<string, ResourceService>,
  ) {}

  async search(user: Principal, raw: unknown): Promise<SearchAnswer> {
    if (raw === undefined || raw === "") return { q: "", groups: [] };
    if (typeof raw !== "string") throw new BadRequest("搜索关键词应为一段文本", { q: "搜索关键词应为一段文本" });
    const term = searchTerm(raw);
    if ([...term].length < SEARCH_MIN) return { q: term, groups: [] };
    const keys = SEARCHED.filter((key) => access(user, key) !== "none" && this.services.has(key));
    const groups = await read(this.ds, async (m) => {
      const out: SearchGroup[] = [];
      for (const key of keys) {
        const group = await this.group(m, user, key, term);
        if (group.total > 0) out.push(group);
      }
      return out;
    });
    return { q: term, groups };
  }

  /** One resource's matches for `user`: the total and the first few in the list's default order. */
  private async group(m: EntityManager, user: Principal, key: string, term: string): Promise<SearchGroup> {
    const service = this.services.get(key)!;
    const desc = service.desc;
    const qb = service.query(user, { q: term }, m);
    const total = Number((await qb.clone().select("COUNT(*)", "n").getRawOne()).n);
    if (!total) return { resource: key, label: desc.label, total, records: [] };
    applySort(qb, desc, desc.defaultSort ?? ["id", "DESC"], user);
    const rows = (await qb.limit(SEARCH_SHOWN).getMany()).map((r) => service.present(r, user, { list: true }));
    const enterprises = desc.enterpriseKey ? await this.enterpriseNames(m, user, rows, desc.enterpriseKey) : undefined;
    return {
      resource: key,
      label: desc.label,
      total,
      records: rows.map((r) => {
        const enterprise = enterprises?.get(r[desc.enterpriseKey!]);
        return { id: r.id, title: recordName(desc, r), ...(enterprise ? { enterprise } : {}) };
      }),
    };
  }

  /** The names of the enterprises these records belong to, of those the user may see. */
  private async enterpriseNames(m: EntityManager, user: Principal, rows: Record<string, any>[], field: string) {
    const ids = [...new Set(rows.map((r) => r[field]).filter((id) => typeof id === "number"))];
    if (!ids.length || access(user, "enterprises") === "none") return new Map<number, string>();
    const target = resourceByKey.enterprises;
    const found = await this.services
      .get("enterprises")!
      .query(user, {}, m)
      .andWhere("e.id IN (:...searchEnterprises)", { searchEnterprises: ids })
      .getMany();
    return new Map(found.map((e) => [e.id as number, recordName(target, e)]));
  }
}
