// Reminders computed when due: 7 days and 1 day before a city's 推荐截止日期, its bureau is told (with
// the places left). Every instance runs the schedule; each notice has a dedupe key naming the city, the
// deadline and the user, so a reminder is written once however many runs meet — and comes again for a
// deadline the department extends.
import type { DataSource } from "typeorm";
import { cityQuota } from "../../entities/city";
import { isoToday } from "../../entities/dates";
import { PROGRAMME_BATCH, PROGRAMME_YEAR } from "../../entities/programme";
import { resourceByKey } from "../../entities/registry";
import { notify } from "./notices";
import { activeNominations } from "./rules/registrations";
import { unitOfWork } from "./unitOfWork";

/** Which reminder is due `daysLeft` days before a deadline: 7 days (until 2 days before), then 1 day (until the day). */
export const dueReminder = (daysLeft: number) =>
  daysLeft >= 2 && daysLeft <= 7 ? "deadline7" : daysLeft >= 0 && daysLeft <= 1 ? "deadline1" : null;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Writes the reminders due on `today` (Beijing date) that are not written yet; answers how many were written. */
export async function runReminders(ds: DataSource, today = isoToday()): Promise<number> {
  const cities = await ds.getRepository(resourceByKey.cities.entity).find({ order: { id: "ASC" } });
  let written = 0;
  for (const c of cities) {
    if (!c.deadline) continue;
    const daysLeft = daysBetween(today, c.deadline);
    const kind = dueReminder(daysLeft);
    if (!kind) continue;
    written += await unitOfWork(ds, async (m) => {
      const quota = cityQuota(c.validGiants);
      const used = await activeNominations(m, c.id, PROGRAMME_YEAR, PROGRAMME_BATCH);
      const left = Math.max(quota - used, 0);
      return notify(m, {
        to: { cities: [c.id] },
        kind,
        title: `${c.name}推荐将于 ${c.deadline} 截止`,
        body: `${c.name}的推荐截止日期为 ${c.deadline}，${daysLeft === 0 ? "今天截止" : `还有 ${daysLeft} 天截止`}。推荐名额 ${quota} 家，已推荐 ${used} 家，尚余 ${left} 家。截止后不能再新增或重新推荐，如需补报请联系省经信厅延期。`,
        link: "#/registrations",
        dedupeKey: (userId) => `${kind}:${c.id}:${c.deadline}:${userId}`,
      });
    });
  }
  return written;
}

/** Runs the reminders now and then every `everyMs` (10 minutes); the timers do not keep the process alive. */
export function startReminders(ds: DataSource, everyMs = 10 * 60_000) {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = runReminders(ds).then(
      (n) => n && console.log(`已发送推荐截止提醒 ${n} 条`),
      (e) => console.error("推荐截止提醒失败：", e instanceof Error ? e.message : e),
    );
  };
  const first = setTimeout(run, 0);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return {
    /** Stops the schedule and waits for a run under way. */
    stop() {
      clearTimeout(first);
      clearInterval(timer);
      return running;
    },
  };
}
