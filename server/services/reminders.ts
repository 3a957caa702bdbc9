// Reminders computed when due: 7 days and 1 day before a city's 推荐截止日期, its bureau is told (with
// the places left). Every instance runs the schedule; each notice has a dedupe key naming the city, the
// deadline and the user, so a reminder is written once however many runs meet — and comes again for a
// deadline the department extends.
import type { DataSource } from "typeorm";
import { isoToday } from "../../entities/dates";
import { cityDeadline, roundQuota } from "../../entities/round";
import { resourceByKey } from "../../entities/registry";
import { notify } from "./notices";
import { activeNominations } from "./rules/registrations";
import { read, unitOfWork } from "./unitOfWork";
import { currentRound } from "./rounds";

/** Which reminder is due `daysLeft` days before a deadline: 7 days (until 2 days before), then 1 day (until the day). */
export const dueReminder = (daysLeft: number) =>
  daysLeft >= 2 && daysLeft <= 7 ? "deadline7" : daysLeft >= 0 && daysLeft <= 1 ? "deadline1" : null;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Writes the reminders due on `today` (Beijing date) that are not written yet; answers how many were written. */
export async function runReminders(ds: DataSource, today = isoToday()): Promise<number> {
  const cities = await ds.getRepository(resourceByKey.cities.entity).find({ order: { id: "ASC" } });
  // The current round's deadlines (a round in preparation or closed has none to remind of).
  const round = await read(ds, (m) => currentRound(m));
  if (round.status !== "active") return 0;
  let written = 0;
  for (const c of cities) {
    const deadline = cityDeadline(round, c.id);
    if (!deadline) continue;
    const daysLeft = daysBetween(today, deadline);
    const kind = dueReminder(daysLeft);
    if (!kind) continue;
    written += await unitOfWork(ds, async (m) => {
      const quota = roundQuota(round, c.validGiants);
      const used = await activeNominations(m, c.id, round.id);
      const left = Math.max(quota - used, 0);
      return notify(m, {
        to: { cities: [c.id] },
        kind,
        title: `${c.name}推荐将于 ${deadline} 截止`,
        body: `${c.name}的${round.name}推荐截止日期为 ${deadline}，${daysLeft === 0 ? "今天截止" : `还有 ${daysLeft} 天截止`}。推荐名额 ${quota} 家，已推荐 ${used} 家，尚余 ${left} 家。截止后不能再新增或重新推荐，如需补报请联系省经信厅延期。`,
        link: "#/registrations",
        dedupeKey: (userId) => `${kind}:${c.id}:${deadline}:${userId}`,
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
