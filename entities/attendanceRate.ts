// The certificate rule of 附件1-2: attendance of at least the round's threshold (90% in 2025 年第一批) of
// the class's days earns the 结业证书.
import { NOTICE_ROUND } from "./round";

/**
 * Attendance as a share, and whether it reaches the threshold (a percentage) — compared in integers (tenths
 * of a percent), so 89.9% is never rounded up to 90%.
 */
export function attendanceShare(
  present: number,
  days: number,
  thresholdPercent: number = NOTICE_ROUND.attendanceThreshold,
) {
  return {
    rate: days ? Math.round((present / days) * 1000) / 10 : 0,
    reaches: days > 0 && present * 1000 >= days * Math.round(thresholdPercent * 10),
  };
}
