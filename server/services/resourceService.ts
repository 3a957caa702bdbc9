// One described resource for one principal, as the routers use it: each method is one of the
// concerns in records/ — reading and presenting (visibleRecords, presentRecord), saving with its
// rules and audit (saveRecord), deleting with the archive (deleteRecord), bulk actions and imports.
import type { DataSource, EntityManager } from "typeorm";
import type { ResourceDescription } from "../../entities/describe";
import type { Principal } from "../access/policy";
import type { Filter, ListParams } from "../rest/listQuery";
import type { RequestContext } from "./audit";
import { bulkDelete, bulkUpdate, type BulkTarget } from "./records/bulkActions";
import { deleteRecord } from "./records/deleteRecord";
import { importRecords, type ImportItem } from "./records/importRecords";
import { presentRecord } from "./records/presentRecord";
import { writeRecord } from "./records/saveRecord";
import { assertAccess, listRecords, readRecord, visibleRows } from "./records/visibleRecords";

export { MAX_BULK, type BulkTarget } from "./records/bulkActions";

type Rec = Record<string, any>;

export class ResourceService {
  constructor(
    private readonly ds: DataSource,
    readonly desc: ResourceDescription,
  ) {}

  /** Refuses what the principal's role may not do with this resource at all. */
  assertAccess(user: Principal, need: "read" | "write") {
    assertAccess(this.desc, user, need);
  }

  /** The record as the API shows it to `user`: computed fields added, hidden ones removed, personal data masked. */
  present(r: Rec, user: Principal, opts: { list?: boolean } = {}): Rec {
    return presentRecord(this.desc, r, user, opts);
  }

  /** The rows `user` may see (of this resource, or of `key`), narrowed by `filter`. */
  query(user: Principal, filter: Filter, m: EntityManager = this.ds.manager, key = this.desc.key) {
    return visibleRows(m, user, filter, key);
  }

  list(user: Principal, params: ListParams, opts: { withTotal?: boolean } = {}) {
    return listRecords(this.ds, this.desc, user, params, opts);
  }

  getOne(user: Principal, id: unknown) {
    return readRecord(this.ds, this.desc, user, id);
  }

  create(ctx: RequestContext, body: unknown) {
    return writeRecord(this.ds, this.desc, ctx, undefined, body);
  }

  update(ctx: RequestContext, id: unknown, body: unknown) {
    return writeRecord(this.ds, this.desc, ctx, id, body);
  }

  delete(ctx: RequestContext, id: unknown) {
    return deleteRecord(this.ds, this.desc, ctx, id);
  }

  /** Applies the same partial body to every target in one transaction: all change or none. */
  bulkUpdate(ctx: RequestContext, target: BulkTarget, data: unknown) {
    return bulkUpdate(this.ds, this.desc, ctx, target, data);
  }

  /** Deletes every target in one transaction: all or none. */
  bulkDelete(ctx: RequestContext, target: BulkTarget) {
    return bulkDelete(this.ds, this.desc, ctx, target);
  }

  /** Writes an import's rows (new, or updates of the given ids) in one transaction: all or none. */
  applyImport(ctx: RequestContext, items: ImportItem[], summary: string) {
    return importRecords(this.ds, this.desc, ctx, items, summary);
  }
}
