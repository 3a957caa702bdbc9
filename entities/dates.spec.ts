import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, beijingDateTime, beijingStamp, isIsoDate, isoToday } from "./dates";

describe("Beijing time", () => {
  afterEach(() => vi.useRealTimers());

  it("before 08:00 in Hubei, today is already the Beijing date (the UTC date is yesterday)", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2025-06-24T23:30:00Z")); // 2025-06-25 07:30 in Beijing
    expect(new Date().toISOString().slice(0, 10)).toBe("2025-06-24");
    expect(isoToday()).toBe("2025-06-25");
    vi.setSystemTime(new Date("2025-06-24T15:59:59Z")); // 23:59:59 the evening before
    expect(isoToday()).toBe("2025-06-24");
    vi.setSystemTime(new Date("2025-06-24T16:00:00Z")); // midnight in Beijing
    expect(isoToday()).toBe("2025-06-25");
  });

  it("shows instants as staff read them, whatever the zone of the string", () => {
    expect(beijingDateTime("2026-11-29T14:48:36.294Z")).toBe("2026-11-29 22:48");
    expect(beijingDateTime("2026-11-29T22:48:36+08:00")).toBe("2026-11-29 22:48");
    expect(beijingStamp("2026-12-31T16:30:05Z")).toBe("20270101-003005");
  });

  it("checks and adds calendar dates", () => {
    expect(isIsoDate("2025-11-30")).toBe(true);
    expect(isIsoDate("2025-11-31")).toBe(false);
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });
});
