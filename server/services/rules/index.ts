// Rules that are more than one record's fields: checked or derived inside the write's transaction,
// one file per resource that has them.
import type { DataSource, EntityManager } from "typeorm";
import { afterCustomFieldWrite, checkCustomField, reloadCustomFields } from "../customFields";
import { demandScore, weightedScore } from "../../../entities/demandReview";
import { resourceByKey } from "../../../entities/registry";
import { serverOnly } from "../../entitySchemas";
import { hashPassword } from "../../auth/passwords";
import { beforeWriteRegistration, checkEnterprise } from "./registrations";
import type { Principal } from "../../access/policy";
import { checkNominationDeadline } from "./deadlines";
import { forgetRounds } from "../rounds";
import { Conflict } from "../../errors";
import { beforeWriteDiagnostic } from "./diagnostics";
import { noticeOfDiagnosis, noticeOfNomination } from "./events";
import { afterWriteTrainee, beforeWriteTrainee } from "./trainees";
import { beforeWriteAttendance, beforeWriteClass, beforeWriteSession } from "./training";

type Rec = Record<string, any>;
/** Who writes: given to the hooks by every save (an import's preview and a delete give none). */
export interface HookContext {
  user: Principal;
}
export interface Hooks {
  /** Before insert or update, changing nothing: may throw. An import's preview runs it too. */
  check?: (m: EntityManager, record: Rec, existing: Rec | undefined, ctx?: HookContext) => Promise<void>;
  /** Before insert or update: may throw, may fill read-only derived fields of `record`. */
  beforeWrite?: (m: EntityManager, record: Rec, existing: Rec | undefined, ctx?: HookContext) => Promise<void>;
  /** After the transaction of a write or delete has committed (the REST routes' single writes). */
  afterCommit?: (ds: DataSource) => Promise<unknown>;
  /** After insert, update or delete, in the same transaction. */
  afterWrite?: (
    m: EntityManager,
    record: Rec | undefined,
    existing: Rec | undefined,
    ctx?: HookContext,
  ) => Promise<void>;
}

const entity = (key: string) => resourceByKey[key].entity;

/** A demand's score is the mean of its non-recused reviews' weighted totals. */
async function refreshDemandScore(m: EntityManager, demandId: number) {
  const reviews = await m.getRepository(entity("demandReviews")).find({ where: { demandId, recused: false } });
  const totals = reviews.map((r) => r.totalScore).filter((t): t is number => typeof t === "number");
  await m
    .getRepository(entity("techDemands"))
    .update({ id: demandId }, { score: demandScore(totals), reviewCount: totals.length });
}

export const hooks: Record<string, Hooks> = {
  // Every request reads the rounds from memory: a change is read again at once in this instance.
  rounds: {
    async afterWrite(m, r) {
      forgetRounds(m.connection);
      // Every request is about a round: the last one stays.
      if (!r && (await m.getRepository(entity("rounds")).count()) === 0) throw new Conflict("至少需要保留一个培育批次");
    },
  },
  customFields: {
    check: checkCustomField,
    afterWrite: (m, r, existing, ctx) => afterCustomFieldWrite(m, r, existing, ctx!.user),
    afterCommit: (ds) => reloadCustomFields(ds),
  },
  users: {
    async beforeWrite(_m, r) {
      if (r.password) r.passwordHash = await hashPassword(r.password);
      delete r.password;
    },
    async afterWrite(m, r, existing) {
      // A new password or a deactivated account ends the account's sessions.
      if (existing && (!r || r.passwordHash !== existing.passwordHash || !r.active))
        await m.getRepository(serverOnly.sessions.entity).delete({ userId: existing.id });
    },
  },
  enterprises: { check: checkEnterprise },
  registrations: {
    async beforeWrite(m, r, existing, ctx) {
      await checkNominationDeadline(m, r, existing, ctx);
      await beforeWriteRegistration(m, r, existing);
    },
    afterWrite: noticeOfNomination,
  },
  trainees: { beforeWrite: beforeWriteTrainee, afterWrite: afterWriteTrainee },
  trainingClasses: { beforeWrite: beforeWriteClass },
  classSessions: { beforeWrite: beforeWriteSession },
  attendances: { beforeWrite: beforeWriteAttendance },
  diagnostics: { beforeWrite: beforeWriteDiagnostic, afterWrite: noticeOfDiagnosis },
  demandReviews: {
    async beforeWrite(m, r) {
      if (r.recused || !r.scores?.length) {
        r.totalScore = null;
        return;
      }
      const criteria = await m.getRepository(entity("reviewCriteria")).find();
      r.totalScore = weightedScore(r.scores, new Map(criteria.map((c) => [c.id as number, c.weight as number])));
    },
    async afterWrite(m, r, existing) {
      const ids = new Set([r?.demandId, existing?.demandId].filter((id) => id != null));
      for (const id of ids) await refreshDemandScore(m, id);
    },
  },
};
