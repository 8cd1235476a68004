import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlanInput } from "../model/plan";
import { goalOf, monthsOf, planOf } from "../test-support/plan-fixture";
import { activeMonths } from "./active";
import { buildPhasingLookup, phasingLookup } from "./lookup";
import { cumulativeShares, shareToMonth } from "./share";
import { phaseShare, phaseWeights, phasingMethod, phasingProblem } from "./weights";

const LINEAR = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];

function weightsOf(goal: Parameters<typeof goalOf>[0], plan: Partial<PlanInput> = {}) {
  return phaseWeights(goalOf(goal), planOf(plan));
}

describe("phasingMethod", () => {
  it("reads blank, linear and custom in either language, anything else as a profile name", () => {
    expect(phasingMethod(null)).toEqual({ kind: "linear" });
    expect(phasingMethod("  ")).toEqual({ kind: "linear" });
    expect(phasingMethod("Linear")).toEqual({ kind: "linear" });
    expect(phasingMethod("平均分解")).toEqual({ kind: "linear" });
    expect(phasingMethod("CUSTOM")).toEqual({ kind: "custom" });
    expect(phasingMethod("自定义")).toEqual({ kind: "custom" });
    expect(phasingMethod(" 电商大促 ")).toEqual({ kind: "profile", name: "电商大促" });
  });
});

describe("phaseWeights", () => {
  it("weighs every active month 1 for linear phasing", () => {
    expect(weightsOf({ id: "G1" })).toEqual({ weights: LINEAR, problem: null });
    expect(weightsOf({ id: "G1", phasing: "linear", start: "2027-04-01", deadline: "2027-06-30" })).toEqual({
      weights: [0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0],
      problem: null,
    });
  });

  it("takes a custom goal's first Phasing row (id matched trimmed and case-insensitively), blank = 0", () => {
    const r = weightsOf(
      { id: "g-7", phasing: "custom" },
      {
        phasing: [
          { goalId: " G-7 ", months: monthsOf(2, null, 3, 1, 1, 1, 1, 1, 1, 1, 1, 4) },
          { goalId: "g-7", months: monthsOf(9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9) },
        ],
      },
    );
    expect(r).toEqual({ weights: [2, 0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 4], problem: null });
  });

  it("takes a seasonality profile's row by name, case-insensitively, only in the active months", () => {
    const seasonality = [{ profile: "Peak Q4", months: monthsOf(1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 4, null) }];
    const r = weightsOf({ id: "G1", phasing: "peak q4", start: "2027-09-01" }, { settings: { seasonality } });
    expect(r).toEqual({ weights: [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 0], problem: null });
  });

  it("falls back to linear over the active months when a custom goal has no row", () => {
    const r = weightsOf({ id: "G1", phasing: "custom", deadline: "2027-03-31" });
    expect(r).toEqual({ weights: [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], problem: "custom-missing" });
  });

  it("falls back to linear for a profile name that is not in Seasonality", () => {
    expect(weightsOf({ id: "G1", phasing: "双十一" })).toEqual({
      weights: LINEAR,
      problem: "profile-unknown",
    });
  });

  it("falls back to linear on a negative active weight, but ignores negatives outside the period", () => {
    const phasing = [{ goalId: "G1", months: monthsOf(-1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1) }];
    expect(weightsOf({ id: "G1", phasing: "custom" }, { phasing })).toEqual({
      weights: LINEAR,
      problem: "negative",
    });
    expect(weightsOf({ id: "G1", phasing: "custom", start: "2027-02-01" }, { phasing }).problem).toBeNull();
  });

  it("falls back to linear when nothing is weighted in the active months", () => {
    const phasing = [{ goalId: "G1", months: monthsOf(5, 5, 5) }];
    expect(weightsOf({ id: "G1", phasing: "custom", start: "2027-04-01" }, { phasing })).toEqual({
      weights: [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      problem: "zero",
    });
  });

  it("reports no phasing problem for a goal without active months (its period is at fault)", () => {
    const phasing = [{ goalId: "G1", months: monthsOf(5, 5, 5) }];
    const r = weightsOf({ id: "G1", phasing: "custom", start: "2028-01-01" }, { phasing });
    expect(r).toEqual({ weights: Array(12).fill(0), problem: null });
  });
});

describe("shareToMonth", () => {
  it("is the share of the weights up to and including month M", () => {
    // Σ = 20; up to September 9 → 0.45; up to November 15 → 0.75.
    const w = [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 4, 5];
    expect(shareToMonth(w, 9)).toBeCloseTo(0.45, 12);
    expect(shareToMonth(w, 11)).toBeCloseTo(0.75, 12);
    expect(shareToMonth(w, 12)).toBe(1);
  });

  it("is 0 without an as-of month or without any weight", () => {
    expect(shareToMonth(LINEAR, null)).toBe(0);
    expect(shareToMonth(Array(12).fill(0), 6)).toBe(0);
  });

  it("is monotone and ends at 1 whenever some active weight is positive (property)", () => {
    const weight = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(weight, { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (months, a, b) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const pad = (m: number) => String(m).padStart(2, "0");
          const { weights } = phaseWeights(
            goalOf({
              id: "G1",
              phasing: "custom",
              start: `2027-${pad(from)}-01`,
              deadline: `2027-${pad(to)}-28`,
            }),
            planOf({ phasing: [{ goalId: "G1", months }] }),
          );
          const shares = cumulativeShares(weights);
          for (let i = 1; i < 12; i++) expect(shares[i]!).toBeGreaterThanOrEqual(shares[i - 1]!);
          expect(shares[0]!).toBeGreaterThanOrEqual(0);
          expect(shares[11]).toBe(1);
        },
      ),
    );
  });
});

describe("phasingLookup", () => {
  it("indexes a plan once and re-indexes when its phasing or seasonality list is replaced", () => {
    const plan = planOf({ phasing: [{ goalId: "G1", months: monthsOf(1) }] });
    const first = phasingLookup(plan);
    expect(phasingLookup(plan)).toBe(first);
    expect(first.rowsByGoal.has("G1")).toBe(true);
    plan.phasing = [{ goalId: "G2", months: monthsOf(1), unreadable: [] }];
    const second = phasingLookup(plan);
    expect(second).not.toBe(first);
    expect([second.rowsByGoal.has("G1"), second.rowsByGoal.has("G2")]).toEqual([false, true]);
    plan.settings.seasonality = [{ profile: " Peak ", months: monthsOf(1), unreadable: [] }];
    expect(phasingLookup(plan).profilesByName.has("PEAK")).toBe(true);
  });

  it("memoises the reading of Phasing texts per plan", () => {
    const lookup = phasingLookup(planOf());
    expect(lookup.methodOf("自定义")).toBe(lookup.methodOf("自定义"));
    expect(lookup.methodOf("Peak")).toEqual({ kind: "profile", name: "Peak" });
  });
});

describe("phaseShare and phasingProblem", () => {
  it("are exactly shareToMonth(phaseWeights) and its problem, for any phasing (property)", () => {
    const weight = fc.option(
      fc.oneof(fc.double({ min: -2, max: 1e6, noNaN: true }), fc.constantFrom(0, -0, 1, Number.NaN)),
      { nil: null },
    );
    const months = fc.array(weight, { minLength: 12, maxLength: 12 });
    const date = fc.option(
      fc.constantFrom("2026-11-01", "2027-01-15", "2027-04-30", "2027-12-01", "2028-02-01"),
      {
        nil: null,
      },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(null, "linear", "custom", "自定义", "Peak", " peak ", "Nope"),
        date,
        date,
        fc.option(months, { nil: undefined }),
        fc.option(months, { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        (phasing, start, deadline, row, profile, asOf) => {
          // Set after parsing: zod refuses NaN, but callers may build plans by hand.
          const plan = planOf();
          plan.phasing = row === undefined ? [] : [{ goalId: "g1", months: row, unreadable: [] }];
          plan.settings.seasonality =
            profile === undefined ? [] : [{ profile: "PEAK", months: profile, unreadable: [] }];
          const goal = goalOf({ id: " G1", phasing, start, deadline });
          const active = activeMonths(goal, plan.year);
          const lookup = buildPhasingLookup(plan);
          const expected = phaseWeights(goal, plan);
          expect(phaseShare(goal, lookup, active.startMonth, active.endMonth, asOf)).toBe(
            shareToMonth(expected.weights, asOf),
          );
          expect(phasingProblem(goal, lookup, active.startMonth, active.endMonth)).toBe(expected.problem);
        },
      ),
      { numRuns: 500 },
    );
  });
});
