import { describe, expect, it } from "vitest";
import { dayOf, isoOfDay, monthOfDay, nthWeekdayOfMonth, parseIsoDay, weekdayOfDay } from "./days";

describe("day numbers", () => {
  it("counts days from 1970-01-01 and round-trips ISO dates", () => {
    expect(dayOf(1970, 1, 1)).toBe(0);
    expect(dayOf(1970, 2, 1)).toBe(31);
    expect(isoOfDay(dayOf(2028, 2, 29))).toBe("2028-02-29");
    expect(parseIsoDay("2026-03-01")).toBe(dayOf(2026, 2, 28) + 1);
  });

  it("rejects text that is not a real date", () => {
    expect(parseIsoDay("2026-02-29")).toBeNull();
    expect(parseIsoDay("2026-13-01")).toBeNull();
    expect(parseIsoDay("2026/03/01")).toBeNull();
  });

  it("knows weekdays and months without the local time zone", () => {
    // 2026-01-01 is a Thursday.
    expect(weekdayOfDay(dayOf(2026, 1, 1))).toBe(4);
    expect(monthOfDay(dayOf(2026, 12, 31))).toBe(12);
    // 4th Thursday of November 2026: Thursdays 5, 12, 19, 26.
    expect(isoOfDay(nthWeekdayOfMonth(2026, 11, 4, 4))).toBe("2026-11-26");
    // A month starting on the wanted weekday: 2026-11-01 is a Sunday → first Sunday is the 1st.
    expect(isoOfDay(nthWeekdayOfMonth(2026, 11, 0, 1))).toBe("2026-11-01");
  });
});
