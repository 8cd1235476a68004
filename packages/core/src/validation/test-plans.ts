import type { z } from "zod";
import type { Finding } from "../model/finding";
import { type Goal, Plan, type PlanInput } from "../model/plan";

export type GoalInput = z.input<typeof Goal>;

/**
 * Plans for the validation tests: `cleanPlan()` passes every rule, so a test changes one thing
 * and sees exactly the finding it expects. Not exported from the package.
 */

const blankMonths = (): (number | null)[] => Array.from({ length: 12 }, () => null);

/** G1: a fully specified, sensible goal (new followers 10k → 20k over 2027). */
export const G1: GoalInput = {
  id: "G1",
  objectiveId: "O1",
  dimension: "growth",
  metric: "New followers",
  channel: "WeChat",
  unit: "count",
  aggregation: "sum",
  direction: "increase",
  baseline: 10000,
  target: 20000,
  start: "2027-01-01",
  deadline: "2027-12-31",
  phasing: "linear",
  owner: "Ann",
  strategyIds: ["S1"],
};

export function planInput(goals: GoalInput[] = [G1], extra: Partial<PlanInput> = {}): PlanInput {
  const actualsRow = blankMonths();
  actualsRow[0] = 1200;
  return {
    brand: { id: "lumen", name: "Lumen Coffee" },
    year: 2027,
    objectives: [{ id: "O1", objective: "Be the coffee brand young office workers follow" }],
    strategies: [{ id: "S1", area: "content", strategy: "Weekly series", goalIds: [] }],
    channels: [{ channel: "WeChat" }, { channel: "Xiaohongshu" }],
    actuals: [{ goalId: "G1", months: actualsRow }],
    ...extra,
    goals,
  };
}

/** The clean plan with G1 changed. */
export function planWithGoal(patch: Partial<GoalInput>, extra: Partial<PlanInput> = {}): Plan {
  return Plan.parse(planInput([{ ...G1, ...patch }], extra));
}

export function months(values: Record<number, number>): (number | null)[] {
  const row = blankMonths();
  for (const [m, v] of Object.entries(values)) row[Number(m) - 1] = v;
  return row;
}

export const rulesOf = (findings: readonly Finding[]) => findings.map((f) => f.rule);
export const only = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule);
