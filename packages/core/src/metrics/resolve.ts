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
  const metricDef = goal.metric === null ? null : lookup(goal.metric);
  return {
    dimension: goal.dimension ?? metricDef?.dimension ?? null,
    aggregation: goal.aggregation ?? metricDef?.aggregation ?? null,
    unit: goal.unit ?? metricDef?.unit ?? "count",
    direction: goal.direction ?? metricDef?.direction ?? "increase",
    metricDef,
  };
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
