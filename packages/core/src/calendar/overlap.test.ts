import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overloadedPeriods } from "./overlap";

const iv = (start: number, end: number) => ({ start, end });

/** Brute force: active intervals per day. */
function overloadedDays(intervals: { start: number; end: number }[], max: number): number[] {
  const days: number[] = [];
  const lo = Math.min(...intervals.map((i) => i.start));
  const hi = Math.max(...intervals.map((i) => i.end));
  for (let d = lo; d <= hi; d++) {
    if (intervals.filter((i) => i.start <= d && d <= i.end).length > max) days.push(d);
  }
  return days;
}

describe("overloadedPeriods", () => {
  it("finds nothing at exactly the capacity", () => {
    expect(overloadedPeriods([iv(1, 10), iv(5, 15)], 2)).toEqual([]);
  });

  it("counts an interval ending on the day another starts as overlapping that day", () => {
    expect(overloadedPeriods([iv(1, 5), iv(5, 9)], 1)).toEqual([
      { from: 5, to: 5, count: 2, members: [0, 1] },
    ]);
    // One day apart: no overlap.
    expect(overloadedPeriods([iv(1, 5), iv(6, 9)], 1)).toEqual([]);
  });

  it("reports one maximal period with everyone involved and the peak count", () => {
    // Days 1–10, 3–12, 8–20, 11–14 with capacity 2:
    // 3 active on 8–10 (0, 1, 2) and on 11–12 (1, 2, 3); 2 active on 13–14 → period 8–12.
    expect(overloadedPeriods([iv(1, 10), iv(3, 12), iv(8, 20), iv(11, 14)], 2)).toEqual([
      { from: 8, to: 12, count: 3, members: [0, 1, 2, 3] },
    ]);
  });

  it("splits runs separated by a day within capacity", () => {
    // Capacity 1: 1–3 & 2–4 overlap on 2–3; 10–12 & 12–15 overlap on 12.
    expect(overloadedPeriods([iv(1, 3), iv(2, 4), iv(10, 12), iv(12, 15)], 1)).toEqual([
      { from: 2, to: 3, count: 2, members: [0, 1] },
      { from: 12, to: 12, count: 2, members: [2, 3] },
    ]);
  });

  it("treats capacity 0 as every active day overloaded", () => {
    expect(overloadedPeriods([iv(4, 6)], 0)).toEqual([{ from: 4, to: 6, count: 1, members: [0] }]);
  });

  const intervals = fc.array(
    fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
      .map(([start, length]) => iv(start, start + length)),
    { minLength: 1, maxLength: 12 },
  );

  it("never reports a period when the capacity is at least the number of intervals", () => {
    fc.assert(
      fc.property(intervals, fc.integer({ min: 0, max: 5 }), (list, extra) => {
        expect(overloadedPeriods(list, list.length + extra)).toEqual([]);
      }),
    );
  });

  it("covers exactly the days a day-by-day count finds overloaded", () => {
    fc.assert(
      fc.property(intervals, fc.integer({ min: 0, max: 4 }), (list, max) => {
        const periods = overloadedPeriods(list, max);
        const days = periods.flatMap((p) => Array.from({ length: p.to - p.from + 1 }, (_, i) => p.from + i));
        expect(days).toEqual(overloadedDays(list, max));
        // Periods are maximal: neighbours are separated by at least one day within capacity.
        for (let i = 1; i < periods.length; i++) {
          expect((periods[i]?.from ?? 0) - (periods[i - 1]?.to ?? 0)).toBeGreaterThan(1);
        }
        for (const p of periods) {
          const touching = list.flatMap((v, i) => (v.start <= p.to && v.end >= p.from ? [i] : []));
          expect(p.members).toEqual(touching);
        }
      }),
    );
  });
});
