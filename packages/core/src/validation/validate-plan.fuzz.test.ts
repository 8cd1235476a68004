import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFinding } from "../i18n/messages";
import { Goal, MonthlyRow, Objective, Plan, Strategy } from "../model/plan";
import { RULES } from "../model/rules";
import { validatePlan } from "./validate-plan";

/**
 * Random plans the way a half-filled or broken workbook reads: ids that clash in case and spaces,
 * dangling references, numbers of every kind (including ones zod would refuse, since callers may
 * build plans by hand), dates that do not exist, unreadable fields.
 */

const ids = fc.constantFrom("G1", "g1 ", "G2", "G3", "", "  ", "O1", "S1", "X");
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 100000 }),
  fc.constantFrom(0, 1, -1, 0.5, 1.5, Number.NaN, Number.POSITIVE_INFINITY),
);
const date = fc.constantFrom(
  "2027-01-01",
  "2027-06-30",
  "2026-12-31",
  "2028-02-01",
  "2027-02-30",
  "2027-13-01",
);
const phasing = fc.constantFrom(null, "linear", "custom", "自定义", "Q4", "q4 ", "unknown");
const fields = fc.subarray([
  "id",
  "target",
  "baseline",
  "dimension",
  "metric",
  "months.3",
  "strategyIds",
  "goalId",
]);
const monthly = fc.array(maybe(number), { minLength: 12, maxLength: 12 });

const goal = fc
  .record({
    id: ids,
    objectiveId: maybe(ids),
    dimension: maybe(fc.constantFrom("growth", "content", "conversion", "brand" as const)),
    metric: maybe(fc.constantFrom("Followers", "互动率", "engagement rate", "GMV", "Coffee tastings", " ")),
    channel: maybe(fc.constantFrom("WeChat", "wechat", "Douyin", "")),
    unit: maybe(fc.constantFrom("count", "percent", "currency", "index" as const)),
    aggregation: maybe(fc.constantFrom("sum", "last", "average", "ratio" as const)),
    direction: maybe(fc.constantFrom("increase", "decrease" as const)),
    baseline: maybe(number),
    target: maybe(number),
    start: maybe(date),
    deadline: maybe(date),
    phasing,
    owner: maybe(fc.constantFrom("Ann", "", " ")),
    strategyIds: fc.array(ids, { maxLength: 3 }),
    numeratorGoalId: maybe(ids),
    denominatorGoalId: maybe(ids),
    weight: maybe(number),
    unreadable: fields,
  })
  .map((g) => Object.assign(Goal.parse({}), g));

const monthlyRow = fc
  .record({ goalId: ids, months: monthly, unreadable: fields })
  .map((r) => Object.assign(MonthlyRow.parse({ months: Array(12).fill(null) }), r));

const plan = fc
  .record({
    year: fc.constantFrom(2026, 2027),
    maxGrowth: fc.oneof(number, fc.constant(3)),
    seasonality: fc.array(fc.record({ profile: fc.constantFrom("Q4", "q4", ""), months: monthly }), {
      maxLength: 2,
    }),
    goals: fc.array(goal, { maxLength: 8 }),
    actuals: fc.array(monthlyRow, { maxLength: 4 }),
    phasing: fc.array(monthlyRow, { maxLength: 4 }),
    objectives: fc.array(
      ids.map((id) => Objective.parse({ id })),
      { maxLength: 3 },
    ),
    strategies: fc.array(
      fc.record({ id: ids, goalIds: fc.array(ids, { maxLength: 3 }) }).map((s) => Strategy.parse(s)),
      { maxLength: 3 },
    ),
  })
  .map((r) => {
    const p = Plan.parse({
      brand: { id: "fuzz", name: "Fuzz" },
      year: r.year,
      channels: [{ channel: "WeChat" }],
      campaigns: [
        { id: "C1", start: "2027-03-01", end: "2027-03-02", channels: ["Douyin"], goalIds: ["G1"] },
      ],
    });
    p.settings.maxGrowth = r.maxGrowth;
    p.settings.seasonality = r.seasonality.map((s) => ({ ...s, unreadable: [] }));
    return Object.assign(p, {
      goals: r.goals,
      actuals: r.actuals,
      phasing: r.phasing,
      objectives: r.objectives,
      strategies: r.strategies,
    });
  });

describe("validatePlan on random plans", () => {
  it("never throws, and every finding is well-formed and can be worded", () => {
    fc.assert(
      fc.property(plan, (p) => {
        const findings = validatePlan(p);
        for (const f of findings) {
          expect(Object.hasOwn(RULES, f.rule)).toBe(true);
          expect(["error", "warning", "info"]).toContain(f.severity);
          if (f.at !== null && f.at.collection !== "seasonality") {
            const rows = (p as unknown as Record<string, unknown[]>)[f.at.collection];
            expect(f.at.index).toBeLessThan(rows?.length ?? 0);
          }
          // Params survive JSON (the CLI's --json): no NaN or Infinity.
          for (const v of Object.values(f.params))
            if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
          for (const lang of ["en", "zh-CN"] as const) {
            expect(formatFinding(f, lang)).not.toMatch(/undefined|\[object/);
          }
        }
      }),
      { numRuns: 250 },
    );
  });

  it("reports nothing about a goal field the reader already reported", () => {
    fc.assert(
      fc.property(plan, (p) => {
        const findings = validatePlan(p);
        for (const f of findings) {
          if (f.at?.collection !== "goals" || f.at.field === null) continue;
          const g = p.goals[f.at.index]!;
          const missingOrInvalid = /\.(missing|invalid)$/.test(f.rule);
          if (missingOrInvalid) expect(g.unreadable).not.toContain(f.at.field);
        }
      }),
      { numRuns: 100 },
    );
  });
});
