import { describe, expect, it } from "vitest";
import { Objective, Plan, Strategy } from "../model/plan";
import { G1, months, only, planInput, rulesOf } from "./test-plans";
import { validatePlan } from "./validate-plan";

describe("actuals", () => {
  it("actual.invalid: a non-finite value, at its month", () => {
    const plan = Plan.parse(planInput());
    plan.actuals[0]!.months[2] = Number.NaN;
    expect(validatePlan(plan)).toEqual([
      {
        rule: "actual.invalid",
        severity: "error",
        smart: null,
        ref: "G1",
        at: { collection: "actuals", index: 0, field: "months.2" },
        params: { goal: "G1", month: 3, text: "NaN" },
      },
    ]);
  });

  it("does not repeat a month the reader could not read", () => {
    const plan = Plan.parse(planInput());
    plan.actuals[0]!.months[2] = Number.NaN;
    plan.actuals[0]!.unreadable = ["months.2"];
    expect(validatePlan(plan)).toEqual([]);
  });

  it("actual.unknown-goal: an id that is no goal's", () => {
    const actuals = [
      { goalId: " g1 ", months: months({ 1: 5 }) },
      { goalId: "G9", months: months({ 1: 5 }) },
    ];
    expect(validatePlan(Plan.parse(planInput([G1], { actuals })))).toEqual([
      {
        rule: "actual.unknown-goal",
        severity: "error",
        smart: null,
        ref: "G9",
        at: { collection: "actuals", index: 1, field: "goalId" },
        params: { goal: "G9" },
      },
    ]);
  });

  it("actual.unknown-goal: a blank id with values, but not an empty row", () => {
    const actuals = [
      { goalId: " ", months: months({}) },
      { goalId: "", months: months({ 4: 7 }) },
      { goalId: "", months: months({}), unreadable: ["months.5"] },
    ];
    const findings = validatePlan(Plan.parse(planInput([G1], { actuals })));
    expect(findings.map((f) => [f.rule, f.ref, f.at?.index, f.params.goal])).toEqual([
      ["actual.unknown-goal", null, 1, null],
      ["actual.unknown-goal", null, 2, null],
    ]);
  });
  it("actual.duplicate (extension): a later row for a goal that already has one", () => {
    const actuals = [
      { goalId: "G1", months: months({ 1: 5 }) },
      { goalId: "G9", months: months({ 1: 5 }) },
      { goalId: " g1", months: months({ 2: 6 }) },
      { goalId: "G1", months: months({}) },
    ];
    const findings = validatePlan(Plan.parse(planInput([G1], { actuals })));
    expect(only(findings, "actual.duplicate")).toEqual([
      {
        rule: "actual.duplicate",
        severity: "warning",
        smart: null,
        ref: "g1",
        at: { collection: "actuals", index: 2, field: "goalId" },
        params: { goal: "g1" },
      },
      {
        rule: "actual.duplicate",
        severity: "warning",
        smart: null,
        ref: "G1",
        at: { collection: "actuals", index: 3, field: "goalId" },
        params: { goal: "G1" },
      },
    ]);
    // A repeated unknown id is reported as unknown, not also as a duplicate.
    expect(rulesOf(findings)).toEqual(["actual.unknown-goal", "actual.duplicate", "actual.duplicate"]);
  });
});

describe("objectives and strategies", () => {
  it("objective.no-goals: an objective no goal names", () => {
    const objectives = [{ id: "O1" }, { id: "O2", objective: "Win Gen Z" }, { id: "" }];
    expect(validatePlan(Plan.parse(planInput([G1], { objectives })))).toEqual([
      {
        rule: "objective.no-goals",
        severity: "warning",
        smart: null,
        ref: "O2",
        at: { collection: "objectives", index: 1, field: "id" },
        params: { id: "O2" },
      },
    ]);
  });

  it("strategy.no-goals: a strategy that lists no goal and that no goal names", () => {
    const strategies = [
      { id: "S1" },
      { id: "S2", goalIds: [" "] },
      { id: "S3", goalIds: ["G1"] },
      { id: "S4", goalIds: ["G9"] },
    ];
    const findings = validatePlan(Plan.parse(planInput([{ ...G1, strategyIds: ["S1"] }], { strategies })));
    expect(findings).toEqual([
      {
        rule: "strategy.no-goals",
        severity: "warning",
        smart: null,
        ref: "S2",
        at: { collection: "strategies", index: 1, field: "goalIds" },
        params: { id: "S2" },
      },
    ]);
  });

  it("a strategy named only by a goal's Strategy IDs has goals", () => {
    const strategies = [{ id: "S1" }, { id: "s2" }];
    const plan = Plan.parse(planInput([{ ...G1, strategyIds: ["S1", "S2"] }], { strategies }));
    expect(validatePlan(plan)).toEqual([]);
  });
});

describe("the whole plan", () => {
  it("orders findings by collection (as in the model), then row", () => {
    const plan = Plan.parse(
      planInput([G1, { ...G1, id: "G2", owner: null }, { ...G1, id: "G3", channel: "Douyin" }], {
        objectives: [{ id: "O1" }, { id: "O2" }],
        strategies: [{ id: "S1" }, { id: "S2" }],
        actuals: [{ goalId: "G9", months: months({ 1: 1 }) }],
        phasing: [],
        settings: { seasonality: [{ profile: "Flat", months: months({}) }] },
      }),
    );
    plan.goals[0]!.phasing = "flat";
    expect(validatePlan(plan).map((f) => [f.at?.collection, f.at?.index, f.rule])).toEqual([
      ["seasonality", 0, "phasing.invalid"],
      ["objectives", 1, "objective.no-goals"],
      ["goals", 1, "goal.owner.missing"],
      ["goals", 2, "goal.channel.unknown"],
      ["actuals", 0, "actual.unknown-goal"],
      ["strategies", 1, "strategy.no-goals"],
    ]);
  });

  it("orders findings pointing at other rows by those rows, keeping the rest as produced", () => {
    // Goal G1 reads Phasing row 1, goal G2 row 0; both rows have a negative active weight, so the
    // goals report in goal order but the findings point at Phasing rows 1, then 0.
    const negative = months({ 1: 1, 2: -1 });
    const plan = Plan.parse(
      planInput([G1, { ...G1, id: "G2" }], {
        actuals: [],
        phasing: [
          { goalId: "G2", months: negative },
          { goalId: "G1", months: negative },
        ],
      }),
    );
    plan.goals[0]!.phasing = "custom";
    plan.goals[1]!.phasing = "custom";
    plan.goals[1]!.owner = null;
    expect(
      validatePlan(plan).map((f) => [f.at?.collection, f.at?.index, f.at?.field, f.ref, f.rule]),
    ).toEqual([
      ["goals", 1, "owner", "G2", "goal.owner.missing"],
      ["phasing", 0, "months.1", "G2", "phasing.invalid"],
      ["phasing", 1, "months.1", "G1", "phasing.invalid"],
    ]);
  });

  it("reports a goal row's findings in the order of the table's columns", () => {
    const plan = Plan.parse(
      planInput([
        G1,
        {
          id: "g1",
          objectiveId: null,
          metric: "Coffee tastings",
          channel: "Douyin",
          target: null,
          baseline: null,
          deadline: "2028-01-31",
        },
      ]),
    );
    expect(rulesOf(validatePlan(plan).filter((f) => f.at?.index === 1))).toEqual([
      "goal.id.duplicate",
      "goal.objective.missing",
      "goal.dimension.invalid",
      "goal.channel.unknown",
      "goal.aggregation.missing",
      "goal.baseline.missing",
      "goal.target.missing",
      "goal.period.outside-year",
      "goal.owner.missing",
      "goal.strategy.missing",
    ]);
  });

  it("includes the campaign calendar's findings", () => {
    const campaigns = [
      {
        id: "C1",
        name: "Spring launch",
        start: "2027-03-01",
        end: "2027-03-15",
        channels: ["Weibo"],
        goalIds: ["G1"],
        status: "planned" as const,
      },
    ];
    const findings = validatePlan(Plan.parse(planInput([G1], { campaigns })));
    expect(only(findings, "campaign.channel.unknown")).toHaveLength(1);
    expect(only(findings, "campaign.channel.unknown")[0]).toMatchObject({
      ref: "C1",
      at: { collection: "campaigns", index: 0 },
    });
  });

  it("finds exactly the planted defects among 100k goals (speed is measured in `pnpm bench`)", () => {
    // Built from parsed rows (parsing 100k goals would dominate the test's time).
    const plan = Plan.parse(planInput([G1], { objectives: [], strategies: [], actuals: [] }));
    const g1 = plan.goals[0]!;
    plan.objectives = Array.from({ length: 50 }, (_, i) => Objective.parse({ id: `O${i}` }));
    plan.strategies = Array.from({ length: 20 }, (_, i) => Strategy.parse({ id: `S${i}` }));
    plan.goals = Array.from({ length: 100_000 }, (_, i) => ({
      ...g1,
      id: `G${i}`,
      objectiveId: `O${i % 50}`,
      channel: i % 7 === 0 ? "Douyin" : "WeChat",
      metric: i % 3 === 0 ? "Followers" : "新增粉丝",
      aggregation: null,
      phasing: i % 5 === 0 ? "custom" : "linear",
      strategyIds: [`S${i % 20}`],
    }));
    plan.actuals = plan.goals.map((g) => ({ goalId: g.id, months: months({ 1: 1, 2: 2 }), unreadable: [] }));
    const findings = validatePlan(plan);
    // Every 7th goal has an unknown channel, every 5th a custom phasing without a row.
    expect(only(findings, "goal.channel.unknown")).toHaveLength(Math.ceil(100_000 / 7));
    expect(only(findings, "phasing.invalid")).toHaveLength(100_000 / 5);
    expect(findings).toHaveLength(Math.ceil(100_000 / 7) + 100_000 / 5);
  });
});
