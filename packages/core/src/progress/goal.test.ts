import { describe, expect, it } from "vitest";
import type { PlanInput } from "../model/plan";
import { monthsOf, planOf } from "../test-support/plan-fixture";
import { computeProgress } from "./compute";
import type { GoalProgress } from "./types";

type GoalInput = NonNullable<PlanInput["goals"]>[number];

/** Progress of the plan's goal `id` (or its only goal). */
function progressOf(input: Partial<PlanInput>, id?: string, opts?: { asOfMonth?: number }): GoalProgress {
  const result = computeProgress(planOf(input), opts);
  const goal = id === undefined ? result.goals[0] : result.goals.find((g) => g.id === id);
  if (goal === undefined) throw new Error(`no goal ${id}`);
  return goal;
}

function single(goal: GoalInput, actuals: (number | null)[], settings: PlanInput["settings"] = {}) {
  return progressOf({
    goals: [goal],
    actuals: [{ goalId: goal.id ?? "", months: monthsOf(...actuals) }],
    settings,
  });
}

describe("sum goals", () => {
  it("uses a custom phasing row at M = 6", () => {
    // Weights 1×6 then 2×6: Σ = 18, s_6 = 6/18 = 1/3. T = 1200 → YTD Target 400.
    // Actuals Jan–Jun 50+60+70+80+90+10 = 360 (July's 500 is after the as-of month).
    // Attainment 360/400 = 0.9 → at risk; Progress 360/1200 = 0.3; Forecast 360/(1/3) = 1080.
    const g = progressOf({
      goals: [{ id: "G1", metric: "阅读量", target: 1200, phasing: "custom" }],
      phasing: [{ goalId: "G1", months: [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2] }],
      actuals: [{ goalId: "G1", months: monthsOf(50, 60, 70, 80, 90, 10, 500) }],
      settings: { asOfMonth: 6 },
    });
    expect(g.aggregation).toBe("sum");
    expect(g.ytdActual).toBe(360);
    expect(g.ytdTarget).toBeCloseTo(400, 9);
    expect(g.attainment).toBeCloseTo(0.9, 12);
    expect(g.progress).toBeCloseTo(0.3, 12);
    expect(g.forecast).toBeCloseTo(1080, 9);
    expect(g.status).toBe("at_risk");
  });

  it("follows a seasonal profile (named case-insensitively) instead of a straight line", () => {
    // Profile weights 1×9, 2, 4, 5: Σ = 20, s_9 = 9/20 = 0.45. T = 2000 → YTD Target 900.
    // Actuals Jan–Sep 100 each = 900 → Attainment 1, Progress 0.45, Forecast 900/0.45 = 2000.
    // Linear would ask for 2000·9/12 = 1500 by September (Attainment 0.6, off track).
    const input: Partial<PlanInput> = {
      goals: [
        { id: "G1", metric: "销售额", target: 2000, phasing: "peak q4" },
        { id: "G2", metric: "销售额", target: 2000 },
      ],
      actuals: [
        { goalId: "G1", months: monthsOf(100, 100, 100, 100, 100, 100, 100, 100, 100) },
        { goalId: "G2", months: monthsOf(100, 100, 100, 100, 100, 100, 100, 100, 100) },
      ],
      settings: { seasonality: [{ profile: "Peak Q4", months: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 4, 5] }] },
    };
    const seasonal = progressOf(input, "G1");
    expect(seasonal.ytdTarget).toBeCloseTo(900, 9);
    expect(seasonal.attainment).toBeCloseTo(1, 12);
    expect(seasonal.progress).toBeCloseTo(0.45, 12);
    expect(seasonal.forecast).toBeCloseTo(2000, 9);
    expect(seasonal.status).toBe("on_track");
    const linear = progressOf(input, "G2");
    expect(linear.ytdTarget).toBe(1500);
    expect(linear.attainment).toBeCloseTo(0.6, 12);
    expect(linear.status).toBe("off_track");
  });

  it("phases a goal that starts in April over April–December only", () => {
    // Active 4..12 (9 months), M = 6 → s = 3/9. T = 900 → YTD Target 300.
    // Actuals Apr–Jun 90 each = 270 → Attainment 0.9 (at risk); Forecast 270·3 = 810.
    const g = single({ id: "G1", metric: "线索数", target: 900, start: "2027-04-01" }, [
      null,
      null,
      null,
      90,
      90,
      90,
    ]);
    expect(g.ytdTarget).toBeCloseTo(300, 9);
    expect(g.attainment).toBeCloseTo(0.9, 12);
    expect(g.forecast).toBeCloseTo(810, 9);
    expect(g.status).toBe("at_risk");
  });

  it("asks for nothing before a late start, so early data has nothing to compare with", () => {
    // Start in April, M = 2 → s_2 = 0: YTD Target 0, Attainment YTDA/0 → null, Forecast YTDA/0 → null.
    // Data but no comparison yet → on track.
    const g = single({ id: "G1", metric: "线索数", target: 900, start: "2027-04-01" }, [5, 7]);
    expect(g.ytdTarget).toBe(0);
    expect(g.ytdActual).toBe(12);
    expect(g.attainment).toBeNull();
    expect(g.progress).toBeCloseTo(12 / 900, 12);
    expect(g.forecast).toBeNull();
    expect(g.status).toBe("on_track");
  });
});

describe("decrease sums ('stay under' totals)", () => {
  const goal: GoalInput = { id: "N1", metric: "负面舆情数", target: 120 };

  it("is on track, not achieved, while under target before the deadline", () => {
    // M = 6: YTDA 60 ≤ 120, but the year is not over; YTD Target 60 → Attainment 60/60 = 1.
    const g = single(goal, [10, 10, 10, 10, 10, 10]);
    expect(g.direction).toBe("decrease");
    expect(g.attainment).toBe(1);
    expect(g.progress).toBe(0.5);
    expect(g.status).toBe("on_track");
  });

  it("does not count overshooting the target as achieved", () => {
    // M = 6: YTDA 150 > T; Progress 1.25 would be "achieved" under the brief's rule (docs/design.md#engine).
    // Attainment = YTDT/YTDA = 60/150 = 0.4 → off track.
    const g = single(goal, [25, 25, 25, 25, 25, 25]);
    expect(g.progress).toBe(1.25);
    expect(g.attainment).toBeCloseTo(0.4, 12);
    expect(g.status).toBe("off_track");
  });

  it("is achieved at the deadline month when the total is at or under target", () => {
    expect(single(goal, Array(12).fill(10)).status).toBe("achieved"); // 120 ≤ 120 at M = 12
    // Deadline June, M = 6: 100 ≤ 120.
    expect(single({ ...goal, deadline: "2027-06-30" }, [20, 20, 20, 20, 20]).status).toBe("on_track"); // M = 5
    expect(single({ ...goal, deadline: "2027-06-30" }, [20, 20, 20, 20, 20, 0]).status).toBe("achieved");
  });

  it("is off track at the deadline when the total ends above target", () => {
    // M = 12: YTDA 180, YTDT 120 → Attainment 0.666… → off track.
    const g = single(goal, Array(12).fill(15));
    expect(g.attainment).toBeCloseTo(2 / 3, 12);
    expect(g.status).toBe("off_track");
  });
});

describe("last-value goals", () => {
  it("measures a decrease from a baseline", () => {
    // Response time from b = 10 h to T = 4 h, linear, M = 6 → s = 0.5.
    // YTD Target = 10 + (4 − 10)·0.5 = 7. Latest actual up to June: 7.5 (Feb, Apr, May blank).
    // Attainment (7.5 − 10)/(7 − 10) = 2.5/3 = 0.8333… → at risk.
    // Progress (7.5 − 10)/(4 − 10) = 0.41666…; Forecast 10 + (−2.5)/0.5 = 5.
    const g = single(
      {
        id: "S1",
        metric: "平均响应时长",
        aggregation: "last",
        direction: "decrease",
        baseline: 10,
        target: 4,
      },
      [9, null, 8, null, null, 7.5],
    );
    expect(g.ytdTarget).toBe(7);
    expect(g.ytdActual).toBe(7.5);
    expect(g.attainment).toBeCloseTo(2.5 / 3, 12);
    expect(g.progress).toBeCloseTo(2.5 / 6, 12);
    expect(g.forecast).toBe(5);
    expect(g.status).toBe("at_risk");
  });

  it("is achieved as soon as the latest value reaches the target, in either direction", () => {
    // Decrease: b 10 → T 4, latest 3.8 at M = 3: Progress (3.8 − 10)/(−6) = 1.0333… ≥ 1.
    const down = single(
      { id: "S1", metric: "x", aggregation: "last", direction: "decrease", baseline: 10, target: 4 },
      [6, 5, 3.8],
    );
    expect(down.status).toBe("achieved");
    // Followers (catalog: last) 0 → 5000, latest 5000 in March.
    expect(single({ id: "F1", metric: "粉丝数", baseline: 0, target: 5000 }, [1000, 3000, 5000]).status).toBe(
      "achieved",
    );
  });

  it("needs a baseline: without one it is check, never measured from 0", () => {
    // Measured from b = 0 it would be YTD Target 600, attainment 0.8, at risk — from a made-up start.
    const g = single({ id: "F1", metric: "粉丝数", target: 1200 }, [100, 200, 300, 400, 480, null], {
      asOfMonth: 6,
    });
    expect(g).toMatchObject({
      status: "check",
      ytdTarget: null,
      ytdActual: 480,
      attainment: null,
      forecast: null,
    });
    expect(g.fix).toEqual([
      { rule: "goal.baseline.missing", collection: "goals", index: 0, field: "baseline" },
    ]);
  });

  it("has no progress when the target equals the baseline", () => {
    // T − b = 0: Progress null; YTD Target − b = 0: Attainment null → data, nothing to compare.
    const g = single({ id: "F1", metric: "粉丝数", baseline: 500, target: 500 }, [600]);
    expect(g.ytdTarget).toBe(500);
    expect(g.attainment).toBeNull();
    expect(g.progress).toBeNull();
    expect(g.forecast).toBeCloseTo(1700, 9); // M = 1, s = 1/12: 500 + 100·12
    expect(g.status).toBe("on_track");
  });
});

describe("average goals", () => {
  it("compares the mean of the monthly values with the target, inverted for decrease", () => {
    // Cost per lead (catalog: average, decrease), T = 50. Actuals Jan 60, Feb 55, Apr 45 (Mar blank),
    // as-of month 4 from the latest actual. Mean (60 + 55 + 45)/3 = 53.333…;
    // Attainment 50/53.333… = 0.9375 → at risk. YTD Target = T; Forecast = the mean.
    const g = single({ id: "C1", metric: "获客成本", target: 50 }, [60, 55, null, 45]);
    expect(g.aggregation).toBe("average");
    expect(g.ytdTarget).toBe(50);
    expect(g.ytdActual).toBeCloseTo(160 / 3, 12);
    expect(g.attainment).toBeCloseTo(0.9375, 12);
    expect(g.progress).toBe(g.attainment);
    expect(g.forecast).toBe(g.ytdActual);
    expect(g.status).toBe("at_risk");
  });

  it("has no attainment for a decrease goal whose mean is 0", () => {
    const g = single({ id: "C1", metric: "获客成本", target: 50 }, [0, 0]);
    expect(g.ytdActual).toBe(0);
    expect(g.attainment).toBeNull();
    expect(g.status).toBe("on_track");
  });
});

describe("ratio goals", () => {
  const components: Partial<PlanInput> = {
    goals: [
      { id: "R1", metric: "阅读量", target: 100000 },
      { id: "I1", metric: "互动量", target: 4000 },
      { id: "ER", metric: "互动率", target: 0.05, numeratorGoalId: "i1", denominatorGoalId: " R1" },
      { id: "ER2", metric: "互动率", target: 0.05 },
    ],
    actuals: [
      { goalId: "R1", months: monthsOf(1000, 9000, 5000) },
      { goalId: "I1", months: monthsOf(100, 180, null) },
      { goalId: "ER2", months: monthsOf(0.1, 0.02, null) },
    ],
  };

  it("divides the sums of its components over the months where both have data", () => {
    // M = 3 (latest actual). March has reads but no interactions, so it is left out:
    // (100 + 180)/(1000 + 9000) = 0.028; Attainment 0.028/0.05 = 0.56 → off track.
    const g = progressOf(components, "ER");
    expect(g.ytdActual).toBeCloseTo(0.028, 15);
    expect(g.attainment).toBeCloseTo(0.56, 12);
    expect(g.forecast).toBe(g.ytdActual);
    expect(g.status).toBe("off_track");
  });

  it("differs from the average of the monthly rates on the same data", () => {
    // Monthly rates 100/1000 = 0.1 and 180/9000 = 0.02 → average 0.06 (Attainment 1.2, but the
    // deadline month has not come: on track, not achieved).
    const g = progressOf(components, "ER2");
    expect(g.ytdActual).toBeCloseTo(0.06, 15);
    expect(g.attainment).toBeCloseTo(1.2, 12);
    expect(g.status).toBe("on_track");
    expect(progressOf(components, "ER").ytdActual).not.toBeCloseTo(g.ytdActual!, 3);
  });

  it("shows its own average but is check when a component is itself, unknown or missing", () => {
    const input = (num: string | null, den: string | null): Partial<PlanInput> => ({
      goals: [
        { id: "R1", metric: "阅读量" },
        { id: "ER", metric: "互动率", target: 0.05, numeratorGoalId: num, denominatorGoalId: den },
      ],
      actuals: [
        { goalId: "R1", months: monthsOf(1000, 1000) },
        { goalId: "ER", months: monthsOf(0.04, 0.05) },
      ],
    });
    for (const [num, den] of [
      ["ER", "R1"],
      ["NOPE", "R1"],
      [null, "R1"],
    ] as const) {
      const g = progressOf(input(num, den), "ER");
      expect(g.ytdActual).toBeCloseTo(0.045, 15);
      // Components given but not usable: the ratio cannot be computed as meant → check.
      expect(g).toMatchObject({ status: "check", attainment: null, forecast: null });
      expect(g.fix?.[0]?.rule).toBe("goal.ratio.components");
    }
    // Neither given: tracked as the average of its own rates (an info finding says so).
    expect(progressOf(input(null, null), "ER")).toMatchObject({ status: "at_risk", fix: null });
  });

  it("has no data when its denominator sums to 0", () => {
    const g = progressOf(
      {
        goals: [
          { id: "V", metric: "官网访问量" },
          { id: "O", metric: "订单数" },
          { id: "CR", metric: "转化率", target: 0.02, numeratorGoalId: "O", denominatorGoalId: "V" },
        ],
        actuals: [
          { goalId: "V", months: monthsOf(0, 0) },
          { goalId: "O", months: monthsOf(0, 0) },
        ],
      },
      "CR",
    );
    expect(g.ytdActual).toBeNull();
    expect(g.ytdTarget).toBe(0.02);
    expect(g.status).toBe("not_started");
  });
});

describe("status thresholds, exactly at each boundary", () => {
  // Sum: T = 1200, linear, M = 6 → YTD Target 600; six equal monthly actuals.
  const sum = (monthly: number) =>
    single({ id: "G", metric: "阅读量", target: 1200 }, Array(6).fill(monthly));
  // Last: b = 100, T = 200, M = 6 → YTD Target 150; Attainment (a − 100)/50.
  const last = (a: number) =>
    single({ id: "G", metric: "粉丝数", baseline: 100, target: 200 }, [null, null, null, null, null, a]);
  // Average: T = 100, deadline June, M = 6.
  const average = (a: number, deadline = "2027-06-30") =>
    single({ id: "G", metric: "品牌搜索指数", target: 100, deadline }, Array(6).fill(a));
  // Ratio: views per post = Σ views / Σ posts, T = 50, deadline June, M = 6.
  const ratio = (views: number, deadline = "2027-06-30") =>
    progressOf(
      {
        goals: [
          { id: "VW", metric: "播放量" },
          { id: "PS", metric: "发布数" },
          {
            id: "G",
            metric: "单条平均播放",
            aggregation: "ratio",
            target: 50,
            deadline,
            numeratorGoalId: "VW",
            denominatorGoalId: "PS",
          },
        ],
        actuals: [
          { goalId: "VW", months: monthsOf(0, 0, 0, 0, 0, views) },
          { goalId: "PS", months: monthsOf(0, 0, 0, 0, 0, 10) },
        ],
      },
      "G",
    );

  it.each([
    // [label, progress, expected attainment, expected status]
    ["sum 570/600", () => sum(95), 0.95, "on_track"],
    ["sum 480/600", () => sum(80), 0.8, "at_risk"],
    ["sum 474/600", () => sum(79), 0.79, "off_track"],
    ["last (147.5 − 100)/50", () => last(147.5), 0.95, "on_track"],
    ["last (140 − 100)/50", () => last(140), 0.8, "at_risk"],
    ["last (139 − 100)/50", () => last(139), 0.78, "off_track"],
    ["average 95/100", () => average(95), 0.95, "on_track"],
    ["average 80/100", () => average(80), 0.8, "at_risk"],
    ["average 79/100", () => average(79), 0.79, "off_track"],
    ["ratio 47.5/50", () => ratio(475), 0.95, "on_track"],
    ["ratio 40/50", () => ratio(400), 0.8, "at_risk"],
    ["ratio 39.5/50", () => ratio(395), 0.79, "off_track"],
  ] as const)("%s", (_, run, attainment, status) => {
    const g = run();
    expect(g.attainment).toBe(attainment);
    expect(g.status).toBe(status);
  });

  it("calls progress exactly 1 achieved: sum and last at once, average and ratio at the deadline", () => {
    // sum: 6 × 200 = 1200 = T → Progress 1 (Attainment 2).
    expect(sum(200).progress).toBe(1);
    expect(sum(200).status).toBe("achieved");
    // last: (200 − 100)/(200 − 100) = 1.
    expect(last(200).progress).toBe(1);
    expect(last(200).status).toBe("achieved");
    // average/ratio: Progress 1 at M = 6 = deadline → achieved; deadline December → on track.
    expect(average(100).status).toBe("achieved");
    expect(average(100, "2027-12-31").status).toBe("on_track");
    expect(ratio(500).progress).toBe(1);
    expect(ratio(500).status).toBe("achieved");
    expect(ratio(500, "2027-12-31").status).toBe("on_track");
  });

  it("reads the thresholds from Settings", () => {
    // Attainment 0.9 with OnTrack 0.9 → on track; with the default 0.95 → at risk.
    const goal: GoalInput = { id: "G", metric: "阅读量", target: 1200 };
    expect(single(goal, Array(6).fill(90), { onTrackThreshold: 0.9 }).status).toBe("on_track");
    expect(single(goal, Array(6).fill(90)).status).toBe("at_risk");
    // Attainment 0.79 with AtRisk 0.75 → at risk.
    expect(single(goal, Array(6).fill(79), { atRiskThreshold: 0.75 }).status).toBe("at_risk");
  });
});

describe("blank months are no data, never zero", () => {
  it("averages and takes the latest only over months with a value", () => {
    // Average of Jan 100, Mar 100 (Feb blank) is 100, not 200/3.
    expect(single({ id: "A", metric: "品牌搜索指数", target: 100 }, [100, null, 100]).ytdActual).toBe(100);
    // Latest up to March with March blank is February's 80, not 0.
    const g = single({ id: "F", metric: "粉丝数", target: 1000 }, [50, 80, null], { asOfMonth: 3 });
    expect(g.ytdActual).toBe(80);
  });

  it("leaves a goal without any actual up to M not started, with no YTD Actual", () => {
    // A value in July is after M = 6.
    const g = single({ id: "G", metric: "阅读量", target: 1200 }, [null, null, null, null, null, null, 50], {
      asOfMonth: 6,
    });
    expect(g.ytdActual).toBeNull();
    expect(g.attainment).toBeNull();
    expect(g.progress).toBeNull();
    expect(g.forecast).toBeNull();
    expect(g.ytdTarget).toBe(600);
    expect(g.status).toBe("not_started");
  });

  it("counts an explicit 0 as data", () => {
    // Sum increase, M = 1: YTDA 0, YTD Target 100 → Attainment 0 → off track.
    const g = single({ id: "G", metric: "阅读量", target: 1200 }, [0]);
    expect(g.ytdActual).toBe(0);
    expect(g.attainment).toBe(0);
    expect(g.status).toBe("off_track");
  });
});

describe("divisor zero → null", () => {
  it("has no attainment or progress for a zero target, and no decrease attainment at YTDA 0", () => {
    const zeroTarget = single({ id: "G", metric: "阅读量", target: 0 }, [10, 10]);
    expect(zeroTarget.ytdTarget).toBe(0);
    expect(zeroTarget.attainment).toBeNull();
    expect(zeroTarget.progress).toBeNull();
    expect(zeroTarget.forecast).toBe(120); // 20 / (2/12)
    const noneYet = single({ id: "N", metric: "负面舆情数", target: 120 }, [0, 0]);
    expect(noneYet.attainment).toBeNull(); // YTDT 20 / YTDA 0
    expect(noneYet.progress).toBe(0);
    expect(noneYet.status).toBe("on_track");
  });

  it("is check without a target: the actual shown, nothing measured against it", () => {
    const g = single({ id: "G", metric: "阅读量" }, [10, 20, 30]);
    expect(g.ytdTarget).toBeNull();
    expect(g.ytdActual).toBe(60);
    expect(g.attainment).toBeNull();
    expect(g.progress).toBeNull();
    expect(g.forecast).toBeNull();
    expect(g.status).toBe("check");
    expect(g.fix).toEqual([{ rule: "goal.target.missing", collection: "goals", index: 0, field: "target" }]);
  });

  it("tracks nothing for a goal without aggregation (metric outside the catalog, left blank)", () => {
    const g = single({ id: "G", metric: "门店到店人数", target: 100 }, [10]);
    expect(g).toMatchObject({
      aggregation: null,
      ytdTarget: null,
      ytdActual: null,
      attainment: null,
      status: "check",
      fix: [{ rule: "goal.aggregation.missing", collection: "goals", index: 0, field: "aggregation" }],
    });
  });
});

describe("goal rows", () => {
  it("reports every goal row with its own fields and resolved defaults", () => {
    const g = single(
      {
        id: " G1 ",
        objectiveId: "O1",
        metric: "新增粉丝",
        channel: "微信公众号",
        baseline: 10,
        target: 1200,
      },
      [100],
    );
    expect(g).toMatchObject({
      id: " G1 ",
      objective: "O1",
      dimension: "growth",
      metric: "新增粉丝",
      channel: "微信公众号",
      aggregation: "sum",
      direction: "increase",
      baseline: 10,
      target: 1200,
    });
  });

  it("reads a goal's first Actuals row, matching ids trimmed and case-insensitively", () => {
    const g = progressOf({
      goals: [{ id: "g-1", metric: "阅读量", target: 1200 }],
      actuals: [
        { goalId: " G-1 ", months: monthsOf(100) },
        { goalId: "g-1", months: monthsOf(999) },
      ],
    });
    expect(g.ytdActual).toBe(100);
  });

  it("never matches a blank goal id to a blank Actuals id", () => {
    const g = progressOf({
      goals: [{ id: "", metric: "阅读量", target: 1200 }],
      actuals: [{ goalId: "", months: monthsOf(100) }],
    });
    expect(g.ytdActual).toBeNull();
  });
});
