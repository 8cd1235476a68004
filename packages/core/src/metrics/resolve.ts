import type { Aggregation, Dimension, Direction, Unit } from "../model/enums";
import type { Goal } from "../model/plan";
import { findMetric, type MetricDef } from "./catalog";

/** A goal's effective tracking settings: its own where filled in, else its metric's defaults. */
export interface ResolvedGoal {
  dimension: Dimension | null;
  /** null: blank and the metric is not in the catalog — the goal cannot be tracked (goal.aggregation.missing). */
  aggregation: Aggregation | null;
  unit: Unit;
  direction: Direction;
  metricDef: MetricDef | null;
}

/**
 * Resolves a goal's blanks from the metric catalog. `lookup` lets a caller that resolves many
 * goals memoise the name lookup (most plans repeat a handful of metric names).
 */
export function resolveGoal(
  goal: Goal,
  lookup: (metric: string) => MetricDef | null = findMetric,
): ResolvedGoal {
  return resolveGoalInto(
    { dimension: null, aggregation: null, unit: "count", direction: "increase", metricDef: null },
    goal,
    lookup,
  );
}

/** resolveGoal into an object the caller reuses (validation, goal after goal). */
export function resolveGoalInto(
  into: ResolvedGoal,
  goal: Goal,
  lookup: (metric: string) => MetricDef | null = findMetric,
): ResolvedGoal {
  const metricDef = goal.metric === null ? null : lookup(goal.metric);
  into.dimension = goal.dimension ?? metricDef?.dimension ?? null;
  into.aggregation = goal.aggregation ?? metricDef?.aggregation ?? null;
  into.unit = goal.unit ?? metricDef?.unit ?? "count";
  into.direction = goal.direction ?? metricDef?.direction ?? "increase";
  into.metricDef = metricDef;
  return into;
}

/** findMetric with a per-instance memo, for resolving every goal of a large plan. */
export function memoizedFindMetric(): (metric: string) => MetricDef | null {
  const memo = new Map<string, MetricDef | null>();
  return (metric) => {
    let def = memo.get(metric);
    if (def === undefined) {
      def = findMetric(metric);
      memo.set(metric, def);
    }
    return def;
  };
}
