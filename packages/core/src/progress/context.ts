import { memoizedFindMetric, type ResolvedGoal, resolveGoal } from "../metrics/resolve";
import type { Goal, MonthlyValues, Plan } from "../model/plan";
import { idKey } from "../phasing/keys";
import { asOfMonth as asOfMonthOf } from "./as-of";
import { type Thresholds, thresholdsOf } from "./status";

export interface ProgressOptions {
  /** Overrides Settings AsOfMonth (`planbook progress --as-of M`); an integer 1..12. */
  asOfMonth?: number | null;
}

/** Everything goal-level progress needs from the plan, indexed once so each goal costs O(12). */
export interface ProgressContext {
  plan: Plan;
  asOfMonth: number | null;
  thresholds: Thresholds;
  /** idKey of each plan.goals row, in order. */
  goalKeys: readonly string[];
  /** First goal row per goal id (trimmed, case-insensitive). */
  goalsById: ReadonlyMap<string, Goal>;
  /** First Actuals row per goal id. */
  actualsById: ReadonlyMap<string, MonthlyValues>;
  resolve: (goal: Goal) => ResolvedGoal;
}

/** First value per non-blank key: set from the end, so earlier rows overwrite later ones. */
function firstByKey<T, V>(
  items: readonly T[],
  keys: readonly string[],
  value: (item: T) => V,
): Map<string, V> {
  const map = new Map<string, V>();
  for (let i = items.length - 1; i >= 0; i--) {
    const key = keys[i]!;
    if (key !== "") map.set(key, value(items[i]!));
  }
  return map;
}

/**
 * @throws RangeError when `opts.asOfMonth` is not an integer 1..12 — callers (CLI, add-in) check
 *   user input first and report it in the user's language.
 */
export function progressContext(plan: Plan, opts: ProgressOptions = {}): ProgressContext {
  const override = opts.asOfMonth ?? null;
  if (override !== null && !(Number.isInteger(override) && override >= 1 && override <= 12)) {
    throw new RangeError(`asOfMonth must be an integer from 1 to 12, got ${override}`);
  }
  const lookup = memoizedFindMetric();
  const goalKeys = plan.goals.map((g) => idKey(g.id));
  const actualKeys = plan.actuals.map((r) => idKey(r.goalId));
  return {
    plan,
    asOfMonth: override ?? asOfMonthOf(plan),
    thresholds: thresholdsOf(plan.settings),
    goalKeys,
    goalsById: firstByKey(plan.goals, goalKeys, (g) => g),
    actualsById: firstByKey(plan.actuals, actualKeys, (r) => r.months),
    resolve: (goal) => resolveGoal(goal, lookup),
  };
}
