// Writing one record: version, validation, the status flow, the role's write rules, references,
// uniqueness and the resource's hooks, then the save — and, for a create or update, the audit entry.
import type { DataSource, EntityManager } from "typeorm";
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
import { withSortKeys } from "../sortKey";
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
  // Names sorted by pinyin get their key from the name on every write (server/services/sortKey.ts).
  const saved = await repositoryOf(m, desc.key).save(withSortKeys(desc, packCustom(desc, record, existing)));
  await hooks[desc.key]?.afterWrite?.(m, saved, existing, { user });
  return saved;
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
