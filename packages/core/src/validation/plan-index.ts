import type { Plan } from "../model/plan";
import { idKey } from "../phasing/keys";
import { memo } from "./memo";

/**
 * The lookups the rules need, built in one pass over each collection so that validating a plan
 * stays linear in its size. Keys are `idKey`s (trimmed, case-insensitive, as Excel's MATCH).
 */
export interface PlanIndex {
  /** idKey, memoised for the repeated references (objective ids, channels, strategy ids). */
  refKey: (id: string) => string;
  /** idKey of each goal row's id, by row index ("" when blank). */
  goalKeys: string[];
  /** Goal id → index of the first goal row with it (the row Actuals and Phasing belong to). */
  firstGoalRow: Map<string, number>;
  objectiveIds: Set<string>;
  strategyIds: Set<string>;
  channelNames: Set<string>;
  /** Goal ids named in some strategy's Goal IDs. */
  goalsListedByStrategies: Set<string>;
  /** Objective ids named by some goal. */
  objectivesUsedByGoals: Set<string>;
  /** Strategy ids named in some goal's Strategy IDs. */
  strategiesUsedByGoals: Set<string>;
  /** Goal id → index of its first Phasing row; profile name → index in settings.seasonality. */
  firstPhasingRow: Map<string, number>;
  profileRow: Map<string, number>;
}

function addKeyWith(refKey: (id: string) => string) {
  return (set: Set<string>, value: string | null | undefined): void => {
    if (value === null || value === undefined) return;
    const key = refKey(value);
    if (key !== "") set.add(key);
  };
}

function firstIndex<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const map = new Map<string, number>();
  items.forEach((item, i) => {
    const key = idKey(keyOf(item));
    if (key !== "" && !map.has(key)) map.set(key, i);
  });
  return map;
}

export function indexPlan(plan: Plan): PlanIndex {
  const refKey = memo(idKey);
  const addKey = addKeyWith(refKey);
  const objectiveIds = new Set<string>();
  for (const o of plan.objectives) addKey(objectiveIds, o.id);
  const strategyIds = new Set<string>();
  const goalsListedByStrategies = new Set<string>();
  for (const s of plan.strategies) {
    addKey(strategyIds, s.id);
    for (const g of s.goalIds) addKey(goalsListedByStrategies, g);
  }
  const channelNames = new Set<string>();
  for (const c of plan.channels) addKey(channelNames, c.channel);
  const objectivesUsedByGoals = new Set<string>();
  const strategiesUsedByGoals = new Set<string>();
  for (const g of plan.goals) {
    addKey(objectivesUsedByGoals, g.objectiveId);
    for (const s of g.strategyIds) addKey(strategiesUsedByGoals, s);
  }
  const goalKeys = plan.goals.map((g) => idKey(g.id));
  const firstGoalRow = new Map<string, number>();
  goalKeys.forEach((key, i) => {
    if (key !== "" && !firstGoalRow.has(key)) firstGoalRow.set(key, i);
  });
  return {
    refKey,
    goalKeys,
    firstGoalRow,
    objectiveIds,
    strategyIds,
    channelNames,
    goalsListedByStrategies,
    objectivesUsedByGoals,
    strategiesUsedByGoals,
    firstPhasingRow: firstIndex(plan.phasing, (r) => r.goalId),
    profileRow: firstIndex(plan.settings.seasonality, (p) => p.profile),
  };
}
