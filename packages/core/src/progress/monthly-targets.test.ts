import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Aggregation } from "../model/enums";
import type { PlanInput } from "../model/plan";
import { activeMonths } from "../phasing/active";
import { goalOf, monthsOf, planOf } from "../test-support/plan-fixture";
import { computeProgress } from "./compute";
import { monthlyTargets } from "./monthly-targets";

type GoalInput = NonNullable<PlanInput["goals"]>[number];

const PEAK = { profile: "Peak Q4", months: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 4, 5] };

function targetsOf(goal: GoalInput, plan: Partial<PlanInput> = {}) {
  return monthlyTargets(goalOf(goal), planOf({ goals: [goal], ...plan }));
}

describe("monthlyTargets", () => {
  it("splits a sum goal's target by its seasonality profile, and cumulates it", () => {
    // Σw = 20: January asks 2000·1/20 = 100, December 2000·5/20 = 500; s_9 = 9/20 → 900 by September.
    const t = targetsOf(
      { id: "G1", metric: "销售额", target: 2000, phasing: "peak q4" },
      { settings: { seasonality: [PEAK] } },
    )!;
    expect(t.monthly).toEqual([100, 100, 100, 100, 100, 100, 100, 100, 100, 200, 400, 500]);
    expect(t.cumulative[8]).toBeCloseTo(900, 9);
    expect(t.cumulative[11]).toBe(2000);
  });

  it("asks nothing of a sum goal outside its active months (linear over April–June)", () => {
    const t = targetsOf({
      id: "G1",
      metric: "阅读量",
      target: 300,
      start: "2027-04-01",
      deadline: "2027-06-30",
    })!;
    expect(t.monthly).toEqual([0, 0, 0, 100, 100, 100, 0, 0, 0, 0, 0, 0]);
    expect(t.cumulative).toEqual([0, 0, 0, 100, 200, 300, 300, 300, 300, 300, 300, 300]);
  });

  it("moves a last goal from its baseline to its target along the custom row (blank baseline = 0)", () => {
    // Weights 1×6, 2×6: s_6 = 1/3 → 1000 + (4000 − 1000)/3 = 2000.
    const phasing = [{ goalId: "G1", months: [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2] }];
    const t = targetsOf(
      { id: "G1", metric: "粉丝数", target: 4000, baseline: 1000, phasing: "custom" },
      { phasing },
    )!;
    expect(t.monthly).toEqual(t.cumulative);
    expect(t.cumulative[5]).toBeCloseTo(2000, 9);
    expect(t.cumulative[11]).toBe(4000);
    const zero = targetsOf({ id: "G1", metric: "粉丝数", target: 1200 })!;
    expect(zero.cumulative[0]).toBe(100);
  });

  it("holds an average or ratio goal at its target every month", () => {
    for (const aggregation of ["average", "ratio"] as const) {
      const t = targetsOf({ id: "G1", metric: "x", aggregation, target: 0.05, start: "2027-03-01" })!;
      expect(t.monthly).toEqual(Array(12).fill(0.05));
      expect(t.cumulative).toEqual(Array(12).fill(0.05));
    }
  });

  it("takes the aggregation a caller gives instead of the goal's", () => {
    const goal = goalOf({ id: "G1", metric: "销售额", target: 1200 });
    expect(monthlyTargets(goal, planOf({ goals: [goal] }), "average")!.monthly[0]).toBe(1200);
    expect(monthlyTargets(goal, planOf({ goals: [goal] }))!.monthly[0]).toBe(100);
  });

  it("phases nothing without a target, an aggregation, usable phasing or an active month", () => {
    expect(targetsOf({ id: "G1", metric: "销售额" })).toBeNull();
    expect(targetsOf({ id: "G1", metric: "not in the catalog", target: 5 })).toBeNull();
    // Unusable phasing: the workbook shows its marker there, never a linear stand-in.
    expect(targetsOf({ id: "G1", metric: "销售额", target: 5, phasing: "custom" })).toBeNull();
    expect(targetsOf({ id: "G1", metric: "销售额", target: 5, phasing: "双十一" })).toBeNull();
    const phasing = [{ goalId: "G1", months: monthsOf(5, 5, 5) }];
    expect(
      targetsOf(
        { id: "G1", metric: "销售额", target: 5, phasing: "custom", start: "2027-04-01" },
        { phasing },
      ),
    ).toBeNull();
    expect(targetsOf({ id: "G1", metric: "销售额", target: 5, start: "2028-01-01" })).toBeNull();
  });
});

describe("monthlyTargets' cumulative targets and the engine's YTD target", () => {
  // A metric of each kind from the catalog, and a goal that names its aggregation itself.
  const METRICS: Array<{ metric: string; aggregation?: Aggregation }> = [
    { metric: "销售额" },
    { metric: "粉丝数" },
    { metric: "留存率" },
    { metric: "原创占比" },
    { metric: "own", aggregation: "sum" },
    { metric: "own", aggregation: "last" },
  ];

  it("covers every aggregation", () => {
    const seen = METRICS.map(
      ({ metric, aggregation }) =>
        computeProgress(planOf({ goals: [{ id: "G1", metric, aggregation, target: 1 }] })).goals[0]!
          .aggregation,
    );
    expect(new Set(seen)).toEqual(new Set(["sum", "last", "average", "ratio"]));
  });

  it("is at month m exactly the ytdTarget progress gives with AsOfMonth m, for any phasing (property)", () => {
    const weight = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null });
    const months = fc.array(weight, { minLength: 12, maxLength: 12 });
    const date = fc.option(fc.constantFrom("2026-11-01", "2027-02-15", "2027-06-30", "2027-11-01"), {
      nil: null,
    });
    const amount = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    let compared = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...METRICS),
        fc.constantFrom(null, "linear", "custom", "Peak Q4"),
        date,
        date,
        months,
        months,
        amount,
        fc.option(amount, { nil: null }),
        ({ metric, aggregation }, phasing, start, deadline, row, profile, target, baseline) => {
          const goal = { id: "G1", metric, aggregation, target, baseline, phasing, start, deadline };
          const plan = planOf({
            goals: [goal],
            phasing: [{ goalId: "G1", months: row }],
            settings: { seasonality: [{ profile: "Peak Q4", months: profile }] },
          });
          const t = monthlyTargets(plan.goals[0]!, plan);
          for (let m = 1; m <= 12; m++) {
            const engine = computeProgress(plan, { asOfMonth: m }).goals[0]!;
            if (t === null) {
              // Nothing phased: a sum or last goal the engine cannot phase either (it is `check`),
              // a goal with no month due, or one whose YTD target does not use phasing.
              const { startMonth, endMonth } = activeMonths(plan.goals[0]!, plan.year);
              const phased = engine.aggregation === "sum" || engine.aggregation === "last";
              expect(engine.status === "check" || startMonth > endMonth || !phased).toBe(true);
              continue;
            }
            if (engine.status === "check") continue;
            expect(t.cumulative[m - 1]).toBe(engine.ytdTarget);
            compared++;
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(1000);
  });
});
