// Deleting one record: the role's delete rules, no other record still naming it, its archive rows —
// and the archive files released once the transaction has committed.
import type { DataSource, EntityManager } from "typeorm";
import type { ResourceDescription } from "../../../entities/describe";
import { deleteProblem, type Principal } from "../../access/policy";
import { serverOnly } from "../../entitySchemas";
import { Forbidden } from "../../errors";
import { audit, diff, type RequestContext } from "../audit";
import { releaseFiles } from "../files";
import { hooks } from "../rules/index";
import { unitOfWork } from "../unitOfWork";
import { assertRoundOpen } from "../rounds";
import { presentRecord } from "./presentRecord";
import { assertNotReferenced } from "./references";
import { assertAccess, findVisible, repositoryOf } from "./visibleRecords";

type Rec = Record<string, any>;

/** Deletes one record (and its archive rows) in the caller's transaction; returns the archive files' hashes, to release after the commit. */
export async function deleteRecordIn(
  m: EntityManager,
  desc: ResourceDescription,
  user: Principal,
  existing: Rec,
): Promise<string[]> {
  const refused = deleteProblem(user, desc, existing);
  if (refused) throw new Forbidden(refused);
  await assertRoundOpen(m, desc, user, existing);
  await assertNotReferenced(m, desc, user, existing.id);
  await repositoryOf(m, desc.key).delete({ id: existing.id });
  let files: string[] = [];
  if (desc.archive) {
    const archive = m.getRepository(serverOnly.attachments.entity);
    const where = { resource: desc.key, recordId: existing.id };
    files = (await archive.findBy(where)).map((a) => a.sha256 as string);
    await archive.delete(where);
  }
  await hooks[desc.key]?.afterWrite?.(m, undefined, existing, { user });
  return files;
}

/** Deletes one visible record in its own transaction, with its audit entry; answers it as it was. */
export async function deleteRecord(ds: DataSource, desc: ResourceDescription, ctx: RequestContext, id: unknown) {
  assertAccess(desc, ctx.user, "write");
  const { record, files } = await unitOfWork(ds, async (m) => {
    const existing = await findVisible(m, desc, ctx.user, id);
    const files = await deleteRecordIn(m, desc, ctx.user, existing);
    await audit(m, ctx, {
      action: "delete",
      resource: desc.key,
      recordIds: [existing.id],
      changes: diff(desc, existing, undefined),
    });
    return { record: presentRecord(desc, existing, ctx.user), files };
  });
  await releaseFiles(ds, files);
  await hooks[desc.key]?.afterCommit?.(ds);
  return record;
}
