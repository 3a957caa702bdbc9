// The certificate rule of 附件1-2: attendance of at least 90% of the class's days earns the 结业证书.
import { CERTIFICATE_ATTENDANCE } from "./trainingClass";

/** Attendance as a share, and whether it reaches 90% — compared in integers, so 89.9% is never rounded up. */
export function attendanceShare(present: number, days: number) {
  return {
    rate: days ? Math.round((present / days) * 1000) / 10 : 0,
    reaches: days > 0 && present * 100 >= days * CERTIFICATE_ATTENDANCE * 100,
  };
}
