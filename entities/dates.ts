// Dates and times as the programme counts them: in Beijing time (UTC+8, no daylight saving), whatever
// the zone of the server or the browser. "Today" in Hubei begins at 16:00 UTC of the day before.

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The Beijing wall clock of an instant, `YYYY-MM-DDTHH:mm:ss.sss` (no zone: it is Beijing's). */
export const beijingClock = (at: Date | number | string = Date.now()) =>
  new Date(new Date(at).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 23);

/** Today's date in Beijing, `YYYY-MM-DD`: the date every rule that says "today" uses. */
export const isoToday = (at: Date | number | string = Date.now()) => beijingClock(at).slice(0, 10);

/** An instant as staff read it: `2026-11-29 22:48`, Beijing time. */
export const beijingDateTime = (at: Date | number | string) => beijingClock(at).slice(0, 16).replace("T", " ");

/** A compact Beijing time stamp for file names: `20261129-224836`. */
export const beijingStamp = (at: Date | number | string = Date.now()) =>
  beijingClock(at).slice(0, 19).replace(/[-:]/g, "").replace("T", "-");

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The date `days` after an ISO date (YYYY-MM-DD). */
export const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
