import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import { idKey } from "../phasing/keys";
import { makeFinding, textOf } from "./make-finding";
import type { PlanIndex } from "./plan-index";

/** Rules on the rows around the goals: Actuals, Objectives, Strategies. */

const actualsCell = (index: number, field: string) => ({ collection: "actuals", index, field });

export function checkActuals(plan: Plan, planIndex: PlanIndex, out: Finding[]): void {
  const { actuals } = plan;
  const { goalRowOfActuals, actualsRow } = planIndex.goalRows;
  for (let index = 0; index < actuals.length; index++) {
    const row = actuals[index]!;
    const goal = textOf(row.goalId);
    const unreadable = row.unreadable;
    let hasValues = unreadable.length > 0 && unreadable.some((f) => f.startsWith("months."));
    for (let m = 0; m < row.months.length; m++) {
      const value = row.months[m];
      if (value === null || value === undefined) continue;
      hasValues = true;
      if (Number.isFinite(value)) continue;
      const field = `months.${m}`;
      if (!unreadable.includes(field))
        out.push(
          makeFinding("actual.invalid", goal, actualsCell(index, field), {
            goal,
            month: m + 1,
            text: String(value),
          }),
        );
    }
    if (goal === null) {
      if (hasValues && !unreadable.includes("goalId"))
        out.push(makeFinding("actual.unknown-goal", null, actualsCell(index, "goalId"), { goal }));
      continue;
    }
    const goalRow = goalRowOfActuals[index]!;
    if (goalRow === -1)
      out.push(makeFinding("actual.unknown-goal", goal, actualsCell(index, "goalId"), { goal }));
    else if (actualsRow[goalRow] !== index)
      // Progress reads only a goal's first Actuals row; a later one is flagged.
      out.push(makeFinding("actual.duplicate", goal, actualsCell(index, "goalId"), { goal }));
  }
}

export function checkObjectives(plan: Plan, planIndex: PlanIndex, out: Finding[]): void {
  plan.objectives.forEach((objective, index) => {
    const id = textOf(objective.id);
    if (id !== null && !planIndex.objectivesUsedByGoals.has(idKey(id)))
      out.push(
        makeFinding("objective.no-goals", id, { collection: "objectives", index, field: "id" }, { id }),
      );
  });
}

export function checkStrategyRows(plan: Plan, planIndex: PlanIndex, out: Finding[]): void {
  plan.strategies.forEach((strategy, index) => {
    const id = textOf(strategy.id);
    if (id === null || strategy.unreadable.includes("goalIds")) return;
    const listsGoals = strategy.goalIds.some((g) => textOf(g) !== null);
    if (!listsGoals && !planIndex.strategiesUsedByGoals.has(idKey(id)))
      out.push(
        makeFinding("strategy.no-goals", id, { collection: "strategies", index, field: "goalIds" }, { id }),
      );
  });
}
