import { resolveGoal } from "../metrics/resolve";
import type { Aggregation } from "../model/enums";
import type { Goal, Plan } from "../model/plan";
import { cumulativeShares } from "../phasing/share";
import { phaseWeights } from "../phasing/weights";
import { ytdTargetOf } from "./measures";

/** A goal's target phased over the plan year (index 0 = January). */
export interface MonthlyTargets {
  /**
   * What month m asks for: T·w_m/Σw (sum: the year's target split by the weights); the YTD
   * target b + (T−b)·s_m (last: where the value should stand by then); T (average, ratio).
   */
  monthly: number[];
  /**
   * The YTD target as of the end of each month: `ytdTargetOf(aggregation, T, b, s_m)`, the same
   * number the engine gives as `ytdTarget` with AsOfMonth m.
   */
  cumulative: number[];
}

/**
 * The goal's phased monthly and cumulative targets, as the engine phases its YTD target (linear,
 * custom Phasing row or seasonality profile over the goal's active months; blank baseline = 0).
 * `aggregation` defaults to the goal's own or its metric's, as progress resolves it.
 *
 * null where nothing can be phased: no target, no aggregation, phasing the engine reports as
 * unusable (the workbook then shows its marker, never a linear stand-in), or no active month in
 * the plan year (nothing is due in any month).
 */
export function monthlyTargets(
  goal: Goal,
  plan: Plan,
  aggregation: Aggregation | null = resolveGoal(goal).aggregation,
): MonthlyTargets | null {
  const T = goal.target;
  if (T === null || aggregation === null) return null;
  const { weights, problem } = phaseWeights(goal, plan);
  if (problem !== null) return null;
  let total = 0;
  for (const w of weights) total += w;
  if (total === 0) return null;
  const b = goal.baseline ?? 0;
  const cumulative = cumulativeShares(weights).map((s) => ytdTargetOf(aggregation, T, b, s) as number);
  // A sum month is its own weight's part rather than the difference of two cumulative targets,
  // which would carry their rounding into every month.
  const monthly = aggregation === "sum" ? weights.map((w) => (T * w) / total) : cumulative.slice();
  return { monthly, cumulative };
}
