import { describe, expect, it } from "vitest";
import { Plan } from "../model/plan";
import { G1, type GoalInput, months, only, planInput, planWithGoal, rulesOf } from "./test-plans";
import { validatePlan } from "./validate-plan";

const validate = (patch: Partial<GoalInput>, extra = {}) => validatePlan(planWithGoal(patch, extra));

describe("a clean plan", () => {
  it("has no findings", () => {
    expect(validatePlan(Plan.parse(planInput()))).toEqual([]);
  });
});

describe("goal identity", () => {
  it("goal.id.missing: a row with content but no id", () => {
    const plan = Plan.parse(planInput([G1, { id: "  ", metric: "Reads", owner: "Bo" }]));
    expect(only(validatePlan(plan), "goal.id.missing")).toEqual([
      {
        rule: "goal.id.missing",
        severity: "error",
        smart: null,
        ref: null,
        at: { collection: "goals", index: 1, field: "id" },
        params: { id: null, metric: "Reads" },
      },
    ]);
  });

  it("ignores a completely blank goal row", () => {
    const plan = Plan.parse(planInput([G1, { id: "" }]));
    expect(validatePlan(plan)).toEqual([]);
  });

  it("does not call an unreadable id missing", () => {
    const plan = Plan.parse(planInput([G1, { id: "", metric: "Reads", unreadable: ["id"] }]));
    expect(only(validatePlan(plan), "goal.id.missing")).toEqual([]);
  });

  it("goal.id.duplicate: every later row repeating an id, case- and space-insensitively", () => {
    const plan = Plan.parse(planInput([G1, { ...G1, id: " g1 " }, { ...G1, id: "G2" }, { ...G1, id: "G1" }]));
    const found = only(validatePlan(plan), "goal.id.duplicate");
    expect(found.map((f) => [f.at?.index, f.ref, f.severity, f.smart])).toEqual([
      [1, "g1", "error", null],
      [3, "G1", "error", null],
    ]);
    expect(found[0]?.at?.field).toBe("id");
  });
});

describe("specific (S)", () => {
  it("goal.metric.missing", () => {
    const findings = validate({ metric: null });
    expect(findings).toEqual([
      {
        rule: "goal.metric.missing",
        severity: "error",
        smart: "S",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "metric" },
        params: { id: "G1" },
      },
    ]);
    expect(validate({ metric: null, unreadable: ["metric"] })).toEqual([]);
  });

  it("goal.dimension.invalid: no dimension and none from the catalog", () => {
    const findings = validate({ dimension: null, metric: "Coffee tastings" });
    expect(rulesOf(findings)).toEqual(["goal.dimension.invalid"]);
    expect(findings[0]).toMatchObject({
      severity: "error",
      smart: "S",
      at: { field: "dimension" },
      params: { id: "G1", metric: "Coffee tastings" },
    });
  });

  it("takes the dimension from the catalog when blank", () => {
    expect(validate({ dimension: null, metric: "新增粉丝" })).toEqual([]);
  });

  it("does not repeat a dimension the reader could not read", () => {
    expect(validate({ dimension: null, metric: "Coffee tastings", unreadable: ["dimension"] })).toEqual([]);
  });

  it("goal.channel.unknown: a channel not in the matrix; blank means all channels", () => {
    const findings = validate({ channel: "Douyin" });
    expect(findings).toEqual([
      {
        rule: "goal.channel.unknown",
        severity: "error",
        smart: "S",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "channel" },
        params: { id: "G1", channel: "Douyin" },
      },
    ]);
    expect(validate({ channel: " wechat " })).toEqual([]);
    expect(validate({ channel: null })).toEqual([]);
  });
});

describe("measurable (M)", () => {
  it("goal.target.missing", () => {
    const findings = validate({ target: null });
    expect(findings).toEqual([
      {
        rule: "goal.target.missing",
        severity: "error",
        smart: "M",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "target" },
        params: { id: "G1" },
      },
    ]);
    expect(validate({ target: null, unreadable: ["target"] })).toEqual([]);
  });

  it("goal.target.invalid: negative counts and amounts", () => {
    const count = only(validate({ target: -5 }), "goal.target.invalid");
    expect(count).toEqual([
      {
        rule: "goal.target.invalid",
        severity: "error",
        smart: "M",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "target" },
        params: { id: "G1", target: -5, unit: "count" },
      },
    ]);
    expect(only(validate({ unit: "currency", target: -1 }), "goal.target.invalid")).toHaveLength(1);
    // An index may go below zero (e.g. a sentiment index); zero is a valid count.
    expect(only(validate({ unit: "index", target: -5, baseline: -10 }), "goal.target.invalid")).toEqual([]);
    expect(only(validate({ target: 0, baseline: 0 }), "goal.target.invalid")).toEqual([]);
  });

  it("goal.target.invalid: a non-finite target", () => {
    const plan = planWithGoal({});
    plan.goals[0]!.target = Number.POSITIVE_INFINITY;
    expect(validatePlan(plan)).toEqual([
      {
        rule: "goal.target.invalid",
        severity: "error",
        smart: "M",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "target" },
        params: { id: "G1", text: "Infinity", unit: "count" },
      },
    ]);
  });

  it("goal.percent.range: target or baseline outside 0–1 for percent goals", () => {
    const rate = { metric: "Engagement rate", unit: "percent", aggregation: "average" } as const;
    expect(validate({ ...rate, baseline: 0, target: 1 })).toEqual([]);
    const over = validate({ ...rate, baseline: 0.8, target: 1.2 });
    expect(only(over, "goal.percent.range")).toEqual([
      {
        rule: "goal.percent.range",
        severity: "error",
        smart: "M",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "target" },
        params: { id: "G1", field: "target", value: 1.2 },
      },
    ]);
    const below = validate({ ...rate, baseline: -0.1, target: 0.05 });
    expect(only(below, "goal.percent.range").map((f) => [f.at?.field, f.params.value])).toEqual([
      ["baseline", -0.1],
    ]);
    // A negative percent target is out of range, not a negative count.
    expect(rulesOf(validate({ ...rate, baseline: 0.1, target: -0.2 }))).toContain("goal.percent.range");
    expect(rulesOf(validate({ ...rate, baseline: 0.1, target: -0.2 }))).not.toContain("goal.target.invalid");
    // The unit may come from the catalog: engagement rate is a percent metric.
    expect(rulesOf(validate({ ...rate, unit: null, baseline: 5, target: 8 }))).toContain(
      "goal.percent.range",
    );
  });

  it("goal.baseline.missing: error for `last`, warning otherwise", () => {
    const sum = validate({ baseline: null });
    expect(sum).toEqual([
      {
        rule: "goal.baseline.missing",
        severity: "warning",
        smart: "M",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "baseline" },
        params: { id: "G1", aggregation: "sum" },
      },
    ]);
    const last = validate({ metric: "Followers", aggregation: null, baseline: null });
    expect(last.map((f) => [f.rule, f.severity, f.params.aggregation])).toEqual([
      ["goal.baseline.missing", "error", "last"],
    ]);
    expect(validate({ baseline: null, unreadable: ["baseline"] })).toEqual([]);
  });

  it("goal.aggregation.missing: a metric outside the catalog without an aggregation", () => {
    const findings = validate({ metric: "Coffee tastings", aggregation: null });
    expect(findings).toEqual([
      {
        rule: "goal.aggregation.missing",
        severity: "error",
        smart: "M",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "aggregation" },
        params: { id: "G1", metric: "Coffee tastings" },
      },
    ]);
    expect(validate({ metric: "new followers", aggregation: null })).toEqual([]);
    expect(validate({ metric: "Coffee tastings", aggregation: null, unreadable: ["aggregation"] })).toEqual(
      [],
    );
  });
});

describe("achievable (A)", () => {
  it("goal.target.not-ambitious: increase with T ≤ b", () => {
    expect(validate({ baseline: 10000, target: 10000 })).toEqual([
      {
        rule: "goal.target.not-ambitious",
        severity: "warning",
        smart: "A",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "target" },
        params: { id: "G1", target: 10000, baseline: 10000, direction: "increase", unit: "count" },
      },
    ]);
    expect(validate({ baseline: 10000, target: 10001 })).toEqual([]);
  });

  it("goal.target.not-ambitious: decrease with T ≥ b, direction from the catalog", () => {
    const unfollows = { metric: "Unfollows", direction: null, baseline: 100 } as const;
    const findings = validate({ ...unfollows, target: 100 });
    expect(findings.map((f) => [f.rule, f.params.direction])).toEqual([
      ["goal.target.not-ambitious", "decrease"],
    ]);
    expect(validate({ ...unfollows, target: 99 })).toEqual([]);
  });

  it("goal.target.implausible: growth above MaxGrowth (default 3 = +300%)", () => {
    expect(validate({ baseline: 100, target: 400 })).toEqual([]);
    const findings = validate({ baseline: 100, target: 401 });
    expect(rulesOf(findings)).toEqual(["goal.target.implausible"]);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      smart: "A",
      at: { field: "target" },
      params: { id: "G1", target: 401, baseline: 100, maxGrowth: 3, unit: "count" },
    });
    expect(findings[0]?.params.growth).toBeCloseTo(3.01, 12);
  });

  it("goal.target.implausible: uses the plan's MaxGrowth and |b|; never with a zero baseline", () => {
    const strict = { settings: { maxGrowth: 0.5 } };
    // A cut from 100 to 40 is a 60% change, above 50%.
    expect(rulesOf(validate({ direction: "decrease", baseline: 100, target: 40 }, strict))).toEqual([
      "goal.target.implausible",
    ]);
    expect(validate({ direction: "decrease", baseline: 100, target: 50 }, strict)).toEqual([]);
    expect(rulesOf(validate({ unit: "index", baseline: -10, target: -4 }, strict))).toEqual([
      "goal.target.implausible",
    ]);
    expect(validate({ baseline: 0, target: 1e9 })).toEqual([]);
  });

  it("goal.target.implausible: a growth too large for a number keeps its params JSON-safe", () => {
    const findings = validate({ unit: "index", baseline: 1e-300, target: 1e300 });
    expect(findings.map((f) => [f.rule, f.params.growth])).toEqual([["goal.target.implausible", null]]);
  });
});

describe("relevant (R)", () => {
  it("goal.objective.missing", () => {
    const findings = only(validate({ objectiveId: " " }), "goal.objective.missing");
    expect(findings).toEqual([
      {
        rule: "goal.objective.missing",
        severity: "warning",
        smart: "R",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "objectiveId" },
        params: { id: "G1" },
      },
    ]);
  });

  it("goal.objective.unknown", () => {
    const findings = only(validate({ objectiveId: "O9" }), "goal.objective.unknown");
    expect(findings).toEqual([
      {
        rule: "goal.objective.unknown",
        severity: "error",
        smart: "R",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "objectiveId" },
        params: { id: "G1", objective: "O9" },
      },
    ]);
    expect(validate({ objectiveId: " o1" })).toEqual([]);
  });

  it("goal.strategy.missing: neither the goal nor any strategy links them", () => {
    const findings = only(validate({ strategyIds: [] }), "goal.strategy.missing");
    expect(findings).toEqual([
      {
        rule: "goal.strategy.missing",
        severity: "warning",
        smart: "R",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "strategyIds" },
        params: { id: "G1" },
      },
    ]);
    const listedByStrategy = { strategies: [{ id: "S1", goalIds: ["g1"] }] };
    expect(validate({ strategyIds: [] }, listedByStrategy)).toEqual([]);
    expect(only(validate({ strategyIds: [], unreadable: ["strategyIds"] }), "goal.strategy.missing")).toEqual(
      [],
    );
  });

  it("goal.strategy.unknown: once per unknown id", () => {
    const findings = validate({ strategyIds: ["S1", "S9", "s9 ", "S8"] });
    expect(findings.map((f) => [f.rule, f.severity, f.smart, f.params.strategy])).toEqual([
      ["goal.strategy.unknown", "error", "R", "S9"],
      ["goal.strategy.unknown", "error", "R", "S8"],
    ]);
    expect(findings[0]?.at).toEqual({ collection: "goals", index: 0, field: "strategyIds" });
  });
});

describe("time-bound (T)", () => {
  it("goal.period.invalid: Start after Deadline", () => {
    expect(validate({ start: "2027-06-01", deadline: "2027-03-31" })).toEqual([
      {
        rule: "goal.period.invalid",
        severity: "error",
        smart: "T",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "start" },
        params: { id: "G1", start: "2027-06-01", deadline: "2027-03-31" },
      },
    ]);
    expect(validate({ start: "2027-03-31", deadline: "2027-03-31" })).toEqual([]);
  });

  it("goal.period.invalid: a date that does not exist", () => {
    expect(validate({ deadline: "2027-02-30" })).toEqual([
      {
        rule: "goal.period.invalid",
        severity: "error",
        smart: "T",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "deadline" },
        params: { id: "G1", problem: "not-a-date", field: "deadline", date: "2027-02-30" },
      },
    ]);
  });

  it("goal.period.outside-year: each date outside the plan year", () => {
    const findings = validate({ start: "2026-10-01", deadline: "2028-03-31" });
    expect(
      findings.map((f) => [f.rule, f.severity, f.smart, f.at?.field, f.params.date, f.params.year]),
    ).toEqual([
      ["goal.period.outside-year", "error", "T", "start", "2026-10-01", 2027],
      ["goal.period.outside-year", "error", "T", "deadline", "2028-03-31", 2027],
    ]);
    expect(validate({ start: "2027-01-01", deadline: "2027-12-31" })).toEqual([]);
  });
});

describe("phasing.invalid", () => {
  it("custom phasing without a Phasing row", () => {
    expect(validate({ phasing: "custom" })).toEqual([
      {
        rule: "phasing.invalid",
        severity: "error",
        smart: "T",
        ref: "G1",
        at: { collection: "goals", index: 0, field: "phasing" },
        params: { id: "G1", phasing: "custom", method: "custom", problem: "custom-missing" },
      },
    ]);
    expect(
      validate({ phasing: "自定义" }, { phasing: [{ goalId: "g1", months: months({ 1: 2, 2: 1 }) }] }),
    ).toEqual([]);
  });

  it("an unknown seasonality profile", () => {
    const findings = validate({ phasing: "Q4 peak" });
    expect(findings.map((f) => [f.rule, f.at?.field, f.params.problem, f.params.phasing])).toEqual([
      ["phasing.invalid", "phasing", "profile-unknown", "Q4 peak"],
    ]);
    const profiles = {
      settings: { seasonality: [{ profile: "q4 PEAK", months: months({ 10: 1, 11: 2, 12: 3 }) }] },
    };
    expect(validate({ phasing: "Q4 peak" }, profiles)).toEqual([]);
  });

  it("a negative custom weight points at the Phasing cell", () => {
    const phasing = [
      { goalId: "G0", months: months({ 1: 1 }) },
      { goalId: "G1", months: months({ 1: 1, 5: -1 }) },
    ];
    expect(validate({ phasing: "custom" }, { phasing })).toEqual([
      {
        rule: "phasing.invalid",
        severity: "error",
        smart: "T",
        ref: "G1",
        at: { collection: "phasing", index: 1, field: "months.4" },
        params: { id: "G1", phasing: "custom", method: "custom", problem: "negative" },
      },
    ]);
  });

  it("a profile with no weight in the goal's active months points at the profile", () => {
    const seasonality = [{ profile: "Spring", months: months({ 1: 1, 2: 1 }) }];
    const findings = validate({ phasing: "spring", start: "2027-03-01" }, { settings: { seasonality } });
    expect(findings).toEqual([
      {
        rule: "phasing.invalid",
        severity: "error",
        smart: "T",
        ref: "G1",
        at: { collection: "seasonality", index: 0, field: null },
        params: { id: "G1", phasing: "spring", method: "profile", problem: "zero" },
      },
    ]);
    expect(validate({ phasing: "spring", start: "2027-02-01" }, { settings: { seasonality } })).toEqual([]);
  });
});

describe("owner and ratio goals", () => {
  it("goal.owner.missing", () => {
    expect(validate({ owner: " " })).toEqual([
      {
        rule: "goal.owner.missing",
        severity: "warning",
        smart: null,
        ref: "G1",
        at: { collection: "goals", index: 0, field: "owner" },
        params: { id: "G1" },
      },
    ]);
  });

  const interactions: GoalInput = { ...G1, id: "G2", metric: "Interactions", dimension: "content" };
  const reads: GoalInput = { ...G1, id: "G3", metric: "Reads", dimension: "content" };
  const engagement = (patch: Partial<GoalInput>): GoalInput => ({
    ...G1,
    id: "G4",
    metric: "Engagement rate",
    dimension: "content",
    unit: "percent",
    aggregation: "ratio",
    baseline: 0.03,
    target: 0.05,
    numeratorGoalId: "G2",
    denominatorGoalId: "G3",
    ...patch,
  });
  const ratioPlan = (patch: Partial<GoalInput>) =>
    validatePlan(Plan.parse(planInput([G1, interactions, reads, engagement(patch)])));

  it("a ratio of two existing goals is fine", () => {
    expect(ratioPlan({})).toEqual([]);
  });

  it("goal.ratio.components: only one component", () => {
    expect(ratioPlan({ denominatorGoalId: null })).toEqual([
      {
        rule: "goal.ratio.components",
        severity: "error",
        smart: "M",
        ref: "G4",
        at: { collection: "goals", index: 3, field: "denominatorGoalId" },
        params: { id: "G4", problem: "one-missing", field: "denominatorGoalId", goal: null },
      },
    ]);
  });

  it("goal.ratio.components: an unknown goal or the goal itself", () => {
    const findings = ratioPlan({ numeratorGoalId: "g4", denominatorGoalId: "G9" });
    expect(findings.map((f) => [f.rule, f.at?.field, f.params.problem, f.params.goal])).toEqual([
      ["goal.ratio.components", "numeratorGoalId", "self", "g4"],
      ["goal.ratio.components", "denominatorGoalId", "unknown", "G9"],
    ]);
  });

  it("goal.ratio.average (info): a ratio without components is tracked as an average", () => {
    expect(ratioPlan({ numeratorGoalId: null, denominatorGoalId: " " })).toEqual([
      {
        rule: "goal.ratio.average",
        severity: "info",
        smart: "M",
        ref: "G4",
        at: { collection: "goals", index: 3, field: "numeratorGoalId" },
        params: { id: "G4" },
      },
    ]);
  });

  it("ratio rules apply to the catalog's ratio metrics too, and not to other aggregations", () => {
    expect(rulesOf(ratioPlan({ aggregation: null, numeratorGoalId: null, denominatorGoalId: null }))).toEqual(
      ["goal.ratio.average"],
    );
    expect(ratioPlan({ aggregation: "average", numeratorGoalId: null, denominatorGoalId: "G9" })).toEqual([]);
  });
});
