import { describe, expect, it } from "vitest";
import type { PlanInput } from "../model/plan";
import { monthsOf, planOf } from "../test-support/plan-fixture";
import { computeProgress } from "./compute";
import type { GoalProgress } from "./types";

function goalNamed(input: Partial<PlanInput>, id: string, asOfMonth?: number): GoalProgress {
  const goal = computeProgress(planOf(input), asOfMonth === undefined ? {} : { asOfMonth }).goals.find(
    (g) => g.id === id,
  );
  if (goal === undefined) throw new Error(`no goal ${id}`);
  return goal;
}

/** The example: G01 Followers (last), baseline 240,000, Target typed as `lots`, March 9,000. */
const followers = (target: Partial<NonNullable<PlanInput["goals"]>[number]>): Partial<PlanInput> => ({
  goals: [
    { id: "G01", metric: "Followers", aggregation: "last", unit: "count", baseline: 240_000, ...target },
  ],
  actuals: [{ goalId: "G01", months: monthsOf(null, null, 9000) }],
});

const noNumbers = { attainment: null, progress: null, forecast: null };

describe("status check: a goal whose status cannot be computed from readable inputs", () => {
  it("is check for a Target that is not a number (`lots`), never on track with a negative forecast", () => {
    const g = goalNamed(followers({ target: null, unreadable: ["target"] }), "G01");
    expect(g).toMatchObject({ status: "check", ytdActual: 9000, ytdTarget: null, ...noNumbers });
    expect(g.fix).toEqual([{ rule: "goal.target.invalid", collection: "goals", index: 0, field: "target" }]);
  });

  it("is check for a blank Target, and for a Baseline not a number on a latest-value goal", () => {
    expect(goalNamed(followers({ target: null }), "G01").fix?.map((f) => f.rule)).toEqual([
      "goal.target.missing",
    ]);
    const g = goalNamed(followers({ target: 300_000, baseline: null, unreadable: ["baseline"] }), "G01");
    expect(g).toMatchObject({ status: "check", ytdTarget: null, ...noNumbers });
    expect(g.fix).toEqual([{ rule: "value.invalid", collection: "goals", index: 0, field: "baseline" }]);
  });

  it("ignores an unreadable Baseline where the aggregation does not use it", () => {
    const g = goalNamed(
      {
        goals: [{ id: "S", metric: "阅读量", target: 1200, baseline: null, unreadable: ["baseline"] }],
        actuals: [{ goalId: "S", months: monthsOf(100) }],
      },
      "S",
    );
    expect(g.status).not.toBe("check");
    expect(g.fix).toBeNull();
  });

  it("is check for an actual up to the as-of month that could not be read, naming its cell", () => {
    const input: Partial<PlanInput> = {
      goals: [
        { id: "A", metric: "阅读量", target: 1200 },
        { id: "B", metric: "阅读量", target: 1200 },
      ],
      actuals: [
        { goalId: "A", months: monthsOf(100, 100, 100) },
        { goalId: "B", months: monthsOf(100, null, 100), unreadable: ["months.1"] },
      ],
    };
    const b = goalNamed(input, "B");
    // Not 200 from the two months that could be read: a sum of part of the months is no YTD.
    expect(b).toMatchObject({ status: "check", ytdActual: null, ...noNumbers });
    expect(b.fix).toEqual([{ rule: "actual.invalid", collection: "actuals", index: 1, field: "months.1" }]);
    // Only months up to the as-of month matter: as of January, February's text is not read yet.
    expect(goalNamed(input, "B", 1)).toMatchObject({ status: "on_track", ytdActual: 100, fix: null });
    expect(goalNamed(input, "A").status).toBe("on_track");
  });

  it("is check for a ratio goal whose component's actual could not be read", () => {
    const g = goalNamed(
      {
        goals: [
          { id: "V", metric: "官网访问量", target: 1000 },
          { id: "O", metric: "订单数", target: 100 },
          { id: "CR", metric: "转化率", target: 0.05, numeratorGoalId: "O", denominatorGoalId: "V" },
        ],
        actuals: [
          { goalId: "V", months: monthsOf(1000, 1000) },
          { goalId: "O", months: monthsOf(50, null), unreadable: ["months.1"] },
        ],
      },
      "CR",
    );
    expect(g).toMatchObject({ status: "check", ytdActual: null });
    expect(g.fix).toEqual([{ rule: "actual.invalid", collection: "actuals", index: 1, field: "months.1" }]);
  });

  it("makes every goal check when a month column of Actuals is missing, never summing fewer months", () => {
    const plan = planOf({
      objectives: [{ id: "O1" }],
      goals: [
        { id: "G1", objectiveId: "O1", metric: "阅读量", target: 1200 },
        { id: "G2", objectiveId: "O1", metric: "阅读量", target: 1200 },
      ],
      actuals: [
        { goalId: "G1", months: monthsOf(null, 100, 100) },
        { goalId: "G2", months: monthsOf(null, 100, 100) },
      ],
      missingColumns: { actuals: ["months.0"] },
    });
    const p = computeProgress(plan);
    for (const g of p.goals) {
      expect(g).toMatchObject({ status: "check", ytdActual: null, ...noNumbers });
      expect(g.fix).toEqual([
        { rule: "sheet.column.missing", collection: "actuals", index: null, field: "months.0" },
      ]);
    }
    expect(p.brand).toEqual({ attainment: null, status: "not_started", goals: 0, leftOut: 2 });
    expect(p.objectives[0]).toMatchObject({ goals: 0, leftOut: 2 });
  });

  it("is check for custom phasing without a row, with negative or no weights, and for an unknown profile", () => {
    const phased = (phasing: string, row?: (number | null)[]) =>
      goalNamed(
        {
          goals: [{ id: "P", metric: "阅读量", target: 1200, phasing }],
          phasing: row ? [{ goalId: "P", months: row as number[] }] : [],
          actuals: [{ goalId: "P", months: monthsOf(100) }],
        },
        "P",
      );
    expect(phased("custom").fix).toEqual([
      { rule: "phasing.invalid", collection: "goals", index: 0, field: "phasing" },
    ]);
    expect(phased("custom", [-1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]).fix).toEqual([
      { rule: "phasing.invalid", collection: "phasing", index: 0, field: null },
    ]);
    expect(phased("custom", Array<null>(12).fill(null)).status).toBe("check");
    expect(phased("No such profile")).toMatchObject({ status: "check", ytdTarget: null, ytdActual: 100 });
    // Not linear in disguise: a fixed row computes as before.
    expect(phased("custom", Array<number>(12).fill(1))).toMatchObject({ status: "on_track", fix: null });
  });

  it("is check for a Phasing row with a cell it could not read", () => {
    const g = goalNamed(
      {
        goals: [{ id: "P", metric: "阅读量", target: 1200, phasing: "custom" }],
        phasing: [{ goalId: "P", months: [1, 1, null, 1, 1, 1, 1, 1, 1, 1, 1, 1], unreadable: ["months.2"] }],
        actuals: [{ goalId: "P", months: monthsOf(100) }],
      },
      "P",
    );
    expect(g.fix).toEqual([{ rule: "value.invalid", collection: "phasing", index: 0, field: "months.2" }]);
  });

  it("does not need phasing for an average goal", () => {
    const g = goalNamed(
      {
        goals: [{ id: "A", metric: "获客成本", target: 50, phasing: "custom" }],
        actuals: [{ goalId: "A", months: monthsOf(50) }],
      },
      "A",
    );
    expect(g.fix).toBeNull();
  });

  it("is check for a Start, Deadline, Aggregation, Direction or Unit it could not read", () => {
    for (const field of ["start", "deadline", "aggregation", "direction", "unit"]) {
      const g = goalNamed(
        {
          goals: [{ id: "G", metric: "阅读量", target: 1200, unreadable: [field] }],
          actuals: [{ goalId: "G", months: monthsOf(100) }],
        },
        "G",
      );
      expect(g, field).toMatchObject({ status: "check", ...noNumbers });
      expect(g.fix, field).toEqual([{ rule: "value.invalid", collection: "goals", index: 0, field }]);
    }
  });

  it("is check rather than not started when inputs are wrong and there is no data yet", () => {
    const g = goalNamed(
      { goals: [{ id: "G", metric: "阅读量", target: null, unreadable: ["target"] }] },
      "G",
    );
    expect(g.status).toBe("check");
  });

  it("lists every input to fix, not only the first", () => {
    const g = goalNamed(
      {
        goals: [
          { id: "G", metric: "粉丝数", target: null, baseline: null, unreadable: ["target", "baseline"] },
        ],
        actuals: [{ goalId: "G", months: monthsOf(5, null), unreadable: ["months.1"] }],
      },
      "G",
    );
    expect(g.fix?.map((f) => `${f.rule} ${f.field}`)).toEqual([
      "goal.target.invalid target",
      "value.invalid baseline",
      "actual.invalid months.1",
    ]);
  });
});

describe("roll-ups leave check goals out and count them", () => {
  const p = computeProgress(
    planOf({
      objectives: [{ id: "O1" }],
      goals: [
        { id: "OK", objectiveId: "O1", dimension: "growth", channel: "抖音", metric: "阅读量", target: 1200 },
        {
          id: "BAD",
          objectiveId: "O1",
          dimension: "growth",
          channel: "抖音",
          metric: "阅读量",
          target: null,
          unreadable: ["target"],
        },
      ],
      actuals: [
        { goalId: "OK", months: monthsOf(90) },
        { goalId: "BAD", months: monthsOf(1) },
      ],
    }),
  );

  it("averages only the goals that can be computed, in every roll-up", () => {
    // OK: 90 / (1200/12) = 0.9 → at risk; BAD would pull it down if counted as anything.
    const expected = { attainment: 0.9, status: "at_risk", goals: 1, leftOut: 1 };
    expect(p.brand).toEqual(expected);
    expect(p.objectives[0]).toEqual({ id: "O1", ...expected });
    expect(p.dimensions.find((d) => d.dimension === "growth")).toEqual({ dimension: "growth", ...expected });
    expect(p.channels[0]).toEqual({ channel: "抖音", ...expected });
    expect(p.dimensions.find((d) => d.dimension === "brand")?.leftOut).toBe(0);
  });
});

describe("forecast of count, currency and index goals never below 0", () => {
  it("clamps a falling latest-value count at 0 and leaves a percent goal as computed", () => {
    // last: b + (a − b)/s = 240,000 + (9,000 − 240,000)/(3/12) = −684,000 → 0 for a count.
    const count = goalNamed(followers({ target: 300_000 }), "G01");
    expect(count.forecast).toBe(0);
    expect(count.status).toBe("off_track");
    const percent = goalNamed(
      {
        goals: [
          { id: "R", metric: "互动率", aggregation: "last", unit: "percent", baseline: 0.5, target: 0.6 },
        ],
        actuals: [{ goalId: "R", months: monthsOf(null, null, 0.1) }],
      },
      "R",
    );
    // 0.5 + (0.1 − 0.5)/(3/12) = −1.1: a percent may be negative (a change), so it is not clamped.
    expect(percent.forecast).toBeCloseTo(-1.1, 12);
  });

  it("clamps currency and index goals too", () => {
    for (const unit of ["currency", "index"] as const) {
      const g = goalNamed(
        {
          goals: [{ id: "X", metric: "X", aggregation: "last", unit, baseline: 100, target: 200 }],
          actuals: [{ goalId: "X", months: monthsOf(null, null, 10) }],
        },
        "X",
      );
      expect(g.forecast, unit).toBe(0);
    }
  });
});
