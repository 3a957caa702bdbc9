// Writing one record: version, validation, the status flow, the role's write rules, references,
// uniqueness and the resource's hooks, then the save — and, for a create or update, the audit entry.
import type { DataSource, EntityManager } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";
import { Subject } from "typeorm/persistence/Subject.js";
import { SubjectChangedColumnsComputer } from "typeorm/persistence/SubjectChangedColumnsComputer.js";
import type { ResourceDescription } from "../../../entities/describe";
import { validateRecord } from "../../../entities/validate";
import { writeProblem, type Principal } from "../../access/policy";
import { Conflict, Forbidden, ValidationFailed } from "../../errors";
import { audit, diff, type RequestContext } from "../audit";
import { flowProblem } from "../rules/flow";
import { hooks } from "../rules/index";
import { assertSameEnterprise } from "../rules/sameEnterprise";
import { enterpriseBody, startFormState } from "../rules/enterpriseForms";
import { unitOfWork } from "../unitOfWork";
import { databaseKind } from "../../db";
import { withSortKeys } from "../sortKey";
import { sortKeyFields } from "../../../entities/sortKey";
import { fillFromRound, writeRound } from "../rounds";
import { isoToday } from "../../../entities/dates";
import { presentRecord } from "./presentRecord";
import { packCustom } from "../customFields";
import { assertReferencesExist } from "./references";
import { assertUnique } from "./uniqueness";
import { assertAccess, findVisible, repositoryOf } from "./visibleRecords";

type Rec = Record<string, any>;

/** Validates and saves one record inside the caller's transaction; every write of a record comes here. */
export async function saveRecord(
  m: EntityManager,
  desc: ResourceDescription,
  user: Principal,
  existing: Rec | undefined,
  body: unknown,
) {
  const version = (body as Rec | null)?.version;
  if (existing && version !== undefined && version !== null && Number(version) !== existing.version)
    throw new Conflict("该记录已被他人修改，请刷新后再保存", { version: "版本已过期" });
  const entered = await enterpriseBody(m, desc, user, body, existing);
  const roundId = await writeRound(m, desc, user, entered, existing);
  // Validated in its round (a field of one round applies to that round's records only), whatever the body says.
  const given =
    roundId === undefined || !entered || typeof entered !== "object" ? entered : { ...(entered as Rec), roundId };
  const { values, errors } = validateRecord(desc, given, existing);
  const record = { ...existing, ...values };
  startFormState(desc, user, record, existing);
  // An illegal status change is the first thing to say; the fields' own problems come with it.
  const flow = errors[desc.flow?.field ?? ""] ? null : flowProblem(desc, record, existing);
  if (flow || Object.keys(errors).length) throw new ValidationFailed({ ...flow, ...errors });
  // Its year and batch are its round's; the checks that read them run again with them.
  await fillFromRound(m, desc, record, roundId);
  const late = existing ? {} : (desc.check?.(record, isoToday()) ?? {});
  if (Object.keys(late).length) throw new ValidationFailed(late);
  const refused = writeProblem(user, desc, record, existing);
  if (refused) throw new Forbidden(Object.values(refused)[0], refused);
  await assertReferencesExist(m, desc, user, values);
  await assertSameEnterprise(m, desc, record);
  await assertUnique(m, desc, user, record, existing);
  await hooks[desc.key]?.check?.(m, record, existing, { user });
  await hooks[desc.key]?.beforeWrite?.(m, record, existing, { user });
  // Names sorted by pinyin get their key from the name (server/services/sortKey.ts; an update: updateRow).
  const packed = packCustom(desc, record, existing);
  const saved = existing
    ? await updateRow(m, desc, packed, existing)
    : await repositoryOf(m, desc.key).save(withSortKeys(desc, packed));
  await hooks[desc.key]?.afterWrite?.(m, saved, existing, { user });
  return saved;
}

/**
 * An update written as TypeORM's `save` writes it — the columns that differ from the row as loaded (by TypeORM's
 * own comparison), the version + 1 and the update stamp, the version and stamp then set on the entity, which is
 * answered — but compared with `existing`, the row this transaction has just read, instead of reading it again,
 * and written as one UPDATE … RETURNING with bound parameters (one prepared statement per set of columns)
 * instead of an UPDATE and a SELECT with the id written into their text (two statements to prepare per row).
 */
async function updateRow(m: EntityManager, desc: ResourceDescription, record: Rec, existing: Rec): Promise<Rec> {
  const metadata = m.connection.getMetadata(desc.entity);
  const runner = m.queryRunner;
  const changed = (entity: Rec) => {
    const subject = new Subject({ metadata, entity, canBeUpdated: true, identifier: { id: existing.id } });
    subject.databaseEntity = existing;
    subject.databaseEntityLoaded = true;
    new SubjectChangedColumnsComputer().compute([subject]);
    return subject.changeMaps.filter((c) => !c.column || c.column.isUpdate);
  };
  // A sort key is a function of its name: made (pinyin) and written again when the name changes; with the name
  // unchanged, only when nothing else changes, since `save` (which always wrote the key) made a new version then.
  const keyed = sortKeyFields(desc);
  let entity = keyed.some((f) => record[f] !== existing[f]) ? withSortKeys(desc, record) : record;
  let changes = changed(entity);
  if (!changes.length && keyed.length && entity === record) changes = changed((entity = withSortKeys(desc, record)));
  // Nothing differs: TypeORM writes nothing either (no new version).
  if (!changes.length) return entity;
  const ordinary = (c: (typeof changes)[number]): c is { column: ColumnMetadata; value: unknown } =>
    !!c.column &&
    !c.column.isPrimary &&
    !c.column.isVersion &&
    !c.column.isUpdateDate &&
    !c.column.transformer &&
    !(c.column.referencedColumn && c.value !== null && typeof c.value === "object");
  // Anything else (a relation given as an object, a stamp or version given outright) stays with TypeORM.
  if (!runner || !changes.every(ordinary) || entity.id !== existing.id)
    return repositoryOf(m, desc.key).save(withSortKeys(desc, record));
  const driver = m.connection.driver;
  const sqlite = databaseKind(m) === "sqlite";
  const params: unknown[] = [];
  const bind = (v: unknown) => (params.push(v), sqlite ? "?" : `$${params.length}`);
  const q = (name: string) => driver.escape(name);
  const sets = (changes as { column: ColumnMetadata; value: unknown }[]).map(({ column, value }) => {
    const p = bind(driver.preparePersistentValue(value, column));
    return `${q(column.databaseName)} = ${sqlite ? (driver as any).wrapWithJsonFunction(p, column, true) : p}`;
  });
  const version = metadata.versionColumn!;
  const stamp = metadata.updateDateColumn!;
  sets.push(
    `${q(version.databaseName)} = ${q(version.databaseName)} + 1`,
    `${q(stamp.databaseName)} = CURRENT_TIMESTAMP`,
  );
  const sql =
    `UPDATE ${q(metadata.tableName)} SET ${sets.join(", ")} WHERE ${q("id")} = ${bind(existing.id)}` +
    ` RETURNING ${q(version.databaseName)}, ${q(stamp.databaseName)}`;
  const { records } = await runner.query(sql, params, true);
  // As TypeORM leaves a saved entity: nullable columns it did not have are null (a sort key not written again
  // is left out), the new version and stamp set.
  for (const c of metadata.columns)
    if (!c.isVirtual && c.isSelect && c.isNullable && c.getEntityValue(entity) === undefined)
      c.setEntityValue(entity, null);
  const row = records[0] as Rec;
  entity[version.propertyName] = driver.prepareHydratedValue(row[version.databaseName], version);
  entity[stamp.propertyName] = driver.prepareHydratedValue(row[stamp.databaseName], stamp);
  return entity;
}

/** Creates (no id) or updates one record in its own transaction, with its audit entry; answers it as presented. */
export function writeRecord(
  ds: DataSource,
  desc: ResourceDescription,
  ctx: RequestContext,
  id: unknown,
  body: unknown,
) {
  assertAccess(desc, ctx.user, "write");
  const done = unitOfWork(ds, async (m) => {
    const existing = id === undefined ? undefined : await findVisible(m, desc, ctx.user, id);
    const saved = await saveRecord(m, desc, ctx.user, existing, body);
    await audit(m, ctx, {
      action: existing ? "update" : "create",
      resource: desc.key,
      recordIds: [saved.id],
      changes: diff(desc, existing, saved),
    });
    return presentRecord(desc, await findVisible(m, desc, ctx.user, saved.id), ctx.user);
  });
  const afterCommit = hooks[desc.key]?.afterCommit;
  return afterCommit ? done.then(async (r) => (await afterCommit(ds), r)) : done;
}
