// 站内消息: a user marks their own notices read, one or all. (Lists and reads go through the generic
// router, which shows each user only their own; nobody writes a notice through the API.)
import { Router } from "express";
import type { DataSource } from "typeorm";
import { notice } from "../../entities/notice";
import { findVisible, repositoryOf } from "../services/records/visibleRecords";
import { presentRecord } from "../services/records/presentRecord";
import { unitOfWork } from "../services/unitOfWork";

export function noticesRouter(ds: DataSource) {
  const router = Router();
  const notices = (m: Parameters<typeof repositoryOf>[0]) => repositoryOf(m, notice.key);
  router.post("/notices/read-all", async (req, res) => {
    const user = req.ctx!.user;
    const count = await unitOfWork(ds, async (m) => {
      const result = await notices(m)
        .createQueryBuilder()
        .update()
        .set({ read: true, version: () => "version + 1" })
        .where({ userId: user.id, read: false })
        .execute();
      return result.affected ?? 0;
    });
    res.json({ count });
  });
  router.post("/notices/:id/read", async (req, res) => {
    const user = req.ctx!.user;
    const record = await unitOfWork(ds, async (m) => {
      // Another user's notice is not found, whether it exists or not.
      const existing = await findVisible(m, notice, user, req.params.id);
      if (!existing.read) await notices(m).update({ id: existing.id }, { read: true, version: existing.version + 1 });
      return findVisible(m, notice, user, existing.id);
    });
    res.json(presentRecord(notice, record, user));
  });
  return router;
}
