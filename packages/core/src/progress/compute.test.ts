import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Aggregation } from "../model/enums";
import type { PlanInput } from "../model/plan";
import { monthsOf, planOf } from "../test-support/plan-fixture";
import { asOfMonth, latestActualMonth } from "./as-of";
import { computeProgress } from "./compute";
import { rollUp } from "./rollup";

const T = { onTrack: 0.95, atRisk: 0.8 };

describe("as-of month", () => {
  const actuals = [
    { goalId: "G1", months: monthsOf(1, 2, 3) },
    // A row for a goal that does not exist still says data has arrived up to August.
    { goalId: "X9", months: monthsOf(null, null, null, null, null, null, null, 4) },
  ];

  it("is Settings AsOfMonth when set", () => {
    expect(asOfMonth(planOf({ actuals, settings: { asOfMonth: 3 } }))).toBe(3);
  });

  it("is otherwise the latest month with a value in any Actuals row", () => {
    expect(asOfMonth(planOf({ actuals }))).toBe(8);
    expect(latestActualMonth([{ months: monthsOf(...Array(11).fill(null), 0) }])).toBe(12);
  });

  it("is null without any actual, and then every goal is not started", () => {
    const plan = planOf({
      goals: [
        { id: "S", metric: "阅读量", target: 1200 },
        { id: "L", metric: "粉丝数", baseline: 300, target: 1000 },
        { id: "A", metric: "获客成本", target: 50 },
      ],
      actuals: [{ goalId: "S", months: monthsOf() }],
    });
    expect(asOfMonth(plan)).toBeNull();
    const p = computeProgress(plan);
    expect(p.asOfMonth).toBeNull();
    // s_M = 0: sum asks for 0 so far, last for its baseline, average for its target.
    expect(p.goals.map((g) => [g.ytdTarget, g.ytdActual, g.status])).toEqual([
      [0, null, "not_started"],
      [300, null, "not_started"],
      [50, null, "not_started"],
    ]);
    expect(p.brand).toEqual({ attainment: null, status: "not_started", goals: 0, leftOut: 0 });
  });

  it("can be overridden per call (planbook progress --as-of M)", () => {
    // Settings say 3, the override says 8: the sum includes nothing after March either way here,
    // but s_M and YTD Target follow the override: 1200 · 8/12 = 800.
    const plan = planOf({
      goals: [{ id: "G1", metric: "阅读量", target: 1200 }],
      actuals,
      settings: { asOfMonth: 3 },
    });
    const p = computeProgress(plan, { asOfMonth: 8 });
    expect(p.asOfMonth).toBe(8);
    expect(p.goals[0]!.ytdTarget).toBe(800);
    expect(p.goals[0]!.ytdActual).toBe(6);
    expect(computeProgress(plan).goals[0]!.ytdTarget).toBe(300);
  });

  it("rejects an override that is not a month", () => {
    const plan = planOf();
    expect(() => computeProgress(plan, { asOfMonth: 13 })).toThrow(RangeError);
    expect(() => computeProgress(plan, { asOfMonth: 2.5 })).toThrow(/1 to 12/);
  });
});

describe("rollUp", () => {
  it("takes the weighted mean of attainments clamped to [0, 1] over goals with an attainment", () => {
    // 0.5·3 + min(1.5, 1)·1 + max(−0.2, 0)·1 (blank weight) = 2.5; Σw = 5 → 0.5 → off track.
    // The goal without attainment (weight 5) does not count.
    const r = rollUp(
      [
        { attainment: 0.5, weight: 3 },
        { attainment: 1.5, weight: 1 },
        { attainment: -0.2, weight: null },
        { attainment: null, weight: 5 },
      ],
      T,
    );
    expect(r).toEqual({ attainment: 0.5, status: "off_track", goals: 3, leftOut: 0 });
  });

  it("weighs a negative weight as 1 and a zero weight as 0", () => {
    // 1·0.9 + 1·1 (weight −4 → 1) + 0·0 = 1.9 over Σw 2 → 0.95 → on track.
    const r = rollUp(
      [
        { attainment: 0.9, weight: 1 },
        { attainment: 1, weight: -4 },
        { attainment: 0, weight: 0 },
      ],
      T,
    );
    expect(r.attainment).toBeCloseTo(0.95, 12);
    expect(r.goals).toBe(3);
  });

  it("is not started without goals or when every weight is 0, and never achieved", () => {
    expect(rollUp([], T)).toEqual({ attainment: null, status: "not_started", goals: 0, leftOut: 0 });
    expect(rollUp([{ attainment: 1, weight: 0 }], T)).toEqual({
      attainment: null,
      status: "not_started",
      goals: 1,
      leftOut: 0,
    });
    expect(rollUp([{ attainment: 3, weight: 1 }], T)).toEqual({
      attainment: 1,
      status: "on_track",
      goals: 1,
      leftOut: 0,
    });
    expect(rollUp([{ attainment: 0.8, weight: 1 }], T).status).toBe("at_risk");
  });

  it("stays within [0, 1] for any attainments and weights (property)", () => {
    const item = fc.record({
      attainment: fc.option(fc.double({ noNaN: true }), { nil: null }),
      weight: fc.option(fc.double({ min: -1000, max: 1e6 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const { attainment } = rollUp(items, T);
        if (attainment !== null) {
          expect(attainment).toBeGreaterThanOrEqual(0);
          expect(attainment).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe("computeProgress roll-ups", () => {
  // M = 6 (Settings). Attainments worked out per goal:
  // G1 reads, T 1200 → YTDT 600, YTDA 540 → 0.9          weight 2   objective O1, 微信公众号
  // G2 new followers, T 600 → YTDT 300, YTDA 360 → 1.2   weight –   objective o1, " 微信公众号 "
  //    (ahead of plan but Progress 360/600 = 0.6 < 1: on track, not achieved)
  // G3 GMV, T 1000 → YTDT 500, YTDA 250 → 0.5            weight 1   objective O2, 抖音
  // G4 negative mentions (decrease), T 120, no actuals   weight 1   objective O2, (blank channel)
  // G5 search index, T 100, actuals mean 70 → 0.7         weight 3   no objective, 抖音
  const input: Partial<PlanInput> = {
    settings: { asOfMonth: 6 },
    objectives: [{ id: "O1" }, { id: "O2" }, { id: "O3" }],
    goals: [
      { id: "G1", objectiveId: "O1", metric: "阅读量", channel: "微信公众号", target: 1200, weight: 2 },
      { id: "G2", objectiveId: "o1", metric: "新增粉丝", channel: " 微信公众号 ", target: 600 },
      { id: "G3", objectiveId: "O2", metric: "销售额", channel: "抖音", target: 1000, weight: 1 },
      { id: "G4", objectiveId: "O2", metric: "负面舆情数", target: 120, weight: 1 },
      { id: "G5", metric: "品牌搜索指数", channel: "抖音", target: 100, weight: 3 },
    ],
    actuals: [
      { goalId: "G1", months: monthsOf(90, 90, 90, 90, 90, 90) },
      { goalId: "G2", months: monthsOf(60, 60, 60, 60, 60, 60) },
      { goalId: "G3", months: monthsOf(50, 50, 50, 50, 50, 0) },
      { goalId: "G5", months: monthsOf(70) },
    ],
  };
  const p = computeProgress(planOf(input));

  it("computes each goal first", () => {
    expect(p.goals.map((g) => g.attainment)).toEqual([0.9, 1.2, 0.5, null, 0.7]);
    expect(p.goals.map((g) => g.status)).toEqual([
      "at_risk",
      "on_track",
      "off_track",
      "not_started",
      "off_track",
    ]);
  });

  it("rolls up every Objectives row in order, ids matched case-insensitively", () => {
    // O1: (2·0.9 + 1·min(1.2, 1))/3 = 2.8/3 = 0.9333… → at risk.
    // O2: G3 only (G4 has no attainment) → 0.5 → off track. O3: no goals → not started.
    expect(p.objectives.map((o) => o.id)).toEqual(["O1", "O2", "O3"]);
    expect(p.objectives[0]!.attainment).toBeCloseTo(2.8 / 3, 12);
    expect(p.objectives[0]).toMatchObject({ status: "at_risk", goals: 2, leftOut: 0 });
    expect(p.objectives[1]).toEqual({ id: "O2", attainment: 0.5, status: "off_track", goals: 1, leftOut: 0 });
    expect(p.objectives[2]).toEqual({
      id: "O3",
      attainment: null,
      status: "not_started",
      goals: 0,
      leftOut: 0,
    });
  });

  it("rolls up all four dimensions in their order", () => {
    // growth: G2 → min(1.2, 1) = 1 → on track. content: G1 → 0.9 → at risk.
    // conversion: G3 → 0.5. brand: G5 only (G4 has no attainment) → 3·0.7/3 = 0.7 → off track.
    expect(p.dimensions.map((d) => [d.dimension, d.status, d.goals])).toEqual([
      ["growth", "on_track", 1],
      ["content", "at_risk", 1],
      ["conversion", "off_track", 1],
      ["brand", "off_track", 1],
    ]);
    const expected = [1, 0.9, 0.5, 0.7];
    for (const [i, d] of p.dimensions.entries()) expect(d.attainment).toBeCloseTo(expected[i]!, 12);
  });

  it("rolls up channels in order of first appearance, blank channel as null", () => {
    // 微信公众号 = G1 + G2 (same channel after trimming) → 0.9333…;
    // 抖音: (1·0.5 + 3·0.7)/4 = 2.6/4 = 0.65 → off track; null: G4 without attainment.
    expect(p.channels.map((c) => c.channel)).toEqual(["微信公众号", "抖音", null]);
    expect(p.channels[0]!.attainment).toBeCloseTo(2.8 / 3, 12);
    expect(p.channels[1]!.attainment).toBeCloseTo(0.65, 12);
    expect(p.channels[2]).toEqual({
      channel: null,
      attainment: null,
      status: "not_started",
      goals: 0,
      leftOut: 0,
    });
  });

  it("rolls the whole brand up over all goals", () => {
    // (2·0.9 + 1·1 + 1·0.5 + 3·0.7)/(2 + 1 + 1 + 3) = 5.4/7 = 0.7714… → off track.
    expect(p.brand.attainment).toBeCloseTo(5.4 / 7, 12);
    expect(p.brand).toMatchObject({ status: "off_track", goals: 4, leftOut: 0 });
  });
});

describe("attainment never falls when an actual rises (increase direction, property)", () => {
  const value = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null });
  const months = fc.array(value, { minLength: 12, maxLength: 12 });

  function attainmentOf(aggregation: Aggregation, own: (number | null)[], extra: Partial<PlanInput> = {}) {
    const plan = planOf({
      settings: { asOfMonth: 12 },
      goals: [{ id: "G", metric: "x", aggregation, baseline: 10, target: 5000 }, ...(extra.goals ?? [])],
      actuals: [{ goalId: "G", months: own }, ...(extra.actuals ?? [])],
    });
    return computeProgress(plan).goals[0]!.attainment;
  }

  it.each(["sum", "last", "average", "ratio"] as const)("%s (own actuals)", (aggregation) => {
    fc.assert(
      fc.property(
        months,
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 1000 }),
        (own, m, delta) => {
          fc.pre(own[m] !== null);
          const raised = own.map((v, i) => (i === m ? v! + delta : v));
          const before = attainmentOf(aggregation, own);
          const after = attainmentOf(aggregation, raised);
          if (before !== null) {
            expect(after).not.toBeNull();
            expect(after!).toBeGreaterThanOrEqual(before);
          }
        },
      ),
    );
  });

  it("ratio of sums when the numerator rises", () => {
    fc.assert(
      fc.property(
        months,
        months,
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 1000 }),
        (num, den, m, d) => {
          fc.pre(num[m] !== null);
          const withNum = (n: (number | null)[]) => {
            const plan = planOf({
              settings: { asOfMonth: 12 },
              goals: [
                {
                  id: "G",
                  metric: "x",
                  aggregation: "ratio",
                  target: 0.5,
                  numeratorGoalId: "N",
                  denominatorGoalId: "D",
                },
                { id: "N", metric: "x", aggregation: "sum" },
                { id: "D", metric: "x", aggregation: "sum" },
              ],
              actuals: [
                { goalId: "N", months: n },
                { goalId: "D", months: den },
              ],
            });
            return computeProgress(plan).goals[0]!.attainment;
          };
          const before = withNum(num);
          const after = withNum(num.map((v, i) => (i === m ? v! + d : v)));
          if (before !== null) expect(after!).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});
