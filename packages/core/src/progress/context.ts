import type { MetricDef } from "../metrics/catalog";
import { memoizedFindMetric, type ResolvedGoal, resolveGoal } from "../metrics/resolve";
import type { Goal, MonthlyValues, Plan } from "../model/plan";
import { idKey } from "../phasing/keys";
import { buildPhasingLookup, type PhasingLookup } from "../phasing/lookup";
import { asOfMonth as asOfMonthOf } from "./as-of";
import { type GoalRows, indexGoalRows } from "./goal-rows";
import { PhasingRowsByGoal } from "./phasing-rows";
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
  /** First goal row per goal id (trimmed, case-insensitive). Built on first use. */
  goalsById: ReadonlyMap<string, Goal>;
  /** First Actuals row per goal id. Built on first use. */
  actualsById: ReadonlyMap<string, MonthlyValues>;
  /** Goal rows and the Actuals row of each, by row number (what goal-level progress reads). */
  rows: GoalRows;
  /** The plan's Phasing rows and seasonality profiles, indexed for this context. */
  phasing: PhasingLookup;
  resolve: (goal: Goal) => ResolvedGoal;
  /** The catalog entry of a metric name, memoised for this context (what `resolve` looks up). */
  metricOf: (metric: string) => MetricDef | null;
}

/** First goal row per goal id. */
function goalsByKey(plan: Plan, rows: GoalRows): Map<string, Goal> {
  const map = new Map<string, Goal>();
  for (let i = 0; i < plan.goals.length; i++)
    if (rows.isFirst[i] === 1) map.set(rows.keys[i]!, plan.goals[i]!);
  return map;
}

/** First Actuals row per goal id, whether or not a goal has that id. */
function actualsByKey(plan: Plan): Map<string, MonthlyValues> {
  const map = new Map<string, MonthlyValues>();
  for (const row of plan.actuals) {
    const key = idKey(row.goalId);
    if (key !== "" && !map.has(key)) map.set(key, row.months);
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
  const rows = indexGoalRows(plan);
  // The maps by id serve callers outside this module; goal-level progress reads `rows`, so a
  // 100k-goal plan does not pay for two more maps of 100k entries.
  let goalsById: Map<string, Goal> | undefined;
  let actualsById: Map<string, MonthlyValues> | undefined;
  return {
    plan,
    asOfMonth: override ?? asOfMonthOf(plan),
    thresholds: thresholdsOf(plan.settings),
    goalKeys: rows.keys,
    get goalsById() {
      goalsById ??= goalsByKey(plan, rows);
      return goalsById;
    },
    get actualsById() {
      actualsById ??= actualsByKey(plan);
      return actualsById;
    },
    rows,
    phasing: buildPhasingLookup(plan, new PhasingRowsByGoal(plan.phasing, rows)),
    resolve: (goal) => resolveGoal(goal, lookup),
    metricOf: lookup,
  };
}
