import { describe, expect, it } from "vitest";
import { activeMonths, isActiveMonth } from "./active";

const Y = 2027;
const period = (start: string | null, deadline: string | null) => activeMonths({ start, deadline }, Y);

describe("activeMonths", () => {
  it("is the whole year when Start and Deadline are blank", () => {
    expect(period(null, null)).toEqual({ startMonth: 1, endMonth: 12 });
  });

  it("runs from the Start month to the Deadline month inside the plan year", () => {
    expect(period("2027-04-01", "2027-09-30")).toEqual({ startMonth: 4, endMonth: 9 });
  });

  it("clips dates in other years to the plan year", () => {
    expect(period("2026-10-01", "2028-03-31")).toEqual({ startMonth: 1, endMonth: 12 });
  });

  it("has no active month when the goal lies wholly before or after the plan year", () => {
    const after = period("2028-02-01", null);
    expect(after).toEqual({ startMonth: 13, endMonth: 12 });
    const before = period(null, "2026-12-31");
    expect(before).toEqual({ startMonth: 1, endMonth: 0 });
    for (let m = 1; m <= 12; m++) {
      expect(isActiveMonth(after, m)).toBe(false);
      expect(isActiveMonth(before, m)).toBe(false);
    }
  });

  it("counts the start and end months as active", () => {
    const p = period("2027-04-15", "2027-06-02");
    expect([3, 4, 5, 6, 7].map((m) => isActiveMonth(p, m))).toEqual([false, true, true, true, false]);
  });
});
