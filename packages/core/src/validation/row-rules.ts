import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import { idKey } from "../phasing/keys";
import { makeFinding, textOf } from "./make-finding";
import type { PlanIndex } from "./plan-index";

/** Rules on the rows around the goals: Actuals, Objectives, Strategies. */

export function checkActuals(plan: Plan, planIndex: PlanIndex, out: Finding[]): void {
  /** By goal row: it already has an Actuals row (progress reads only the first; later ones are flagged). */
  const hasActualsRow = new Uint8Array(plan.goals.length);
  plan.actuals.forEach((row, index) => {
    const goal = textOf(row.goalId);
    const unreadable = row.unreadable;
    const at = (field: string) => ({ collection: "actuals", index, field });
    let hasValues = unreadable.some((f) => f.startsWith("months."));
    for (let m = 0; m < row.months.length; m++) {
      const value = row.months[m];
      if (value === null || value === undefined) continue;
      hasValues = true;
      const field = `months.${m}`;
      if (!Number.isFinite(value) && !unreadable.includes(field))
        out.push(makeFinding("actual.invalid", goal, at(field), { goal, month: m + 1, text: String(value) }));
    }
    if (goal === null) {
      if (hasValues && !unreadable.includes("goalId"))
        out.push(makeFinding("actual.unknown-goal", null, at("goalId"), { goal }));
      return;
    }
    const goalRow = planIndex.firstGoalRow.get(idKey(goal));
    if (goalRow === undefined) out.push(makeFinding("actual.unknown-goal", goal, at("goalId"), { goal }));
    else if (hasActualsRow[goalRow] === 1)
      out.push(makeFinding("actual.duplicate", goal, at("goalId"), { goal }));
    else hasActualsRow[goalRow] = 1;
  });
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
