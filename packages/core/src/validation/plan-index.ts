import type { Plan } from "../model/plan";
import { idKey } from "../phasing/keys";
import { type GoalRows, indexGoalRows } from "../progress/goal-rows";
import { PhasingRowsByGoal } from "../progress/phasing-rows";
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
  /** Goal rows, first rows and the Actuals row of each, by row number. */
  goalRows: GoalRows;
  objectiveIds: Set<string>;
  strategyIds: Set<string>;
  channelNames: Set<string>;
  /** Goal ids named in some strategy's Goal IDs. */
  goalsListedByStrategies: Set<string>;
  /** Objective ids named by some goal. */
  objectivesUsedByGoals: Set<string>;
  /** Strategy ids named in some goal's Strategy IDs. */
  strategiesUsedByGoals: Set<string>;
  /** The first Phasing row of each goal id (by idKey), through the goal rows' index. */
  phasingRows: PhasingRowsByGoal;
  /** Profile name → index in settings.seasonality. */
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
  for (let i = 0; i < items.length; i++) {
    const key = idKey(keyOf(items[i]!));
    if (key !== "" && !map.has(key)) map.set(key, i);
  }
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
  // Indexed loops over the goals: they run once per call (see inOrder in validate-plan).
  for (let i = 0; i < plan.goals.length; i++) {
    const g = plan.goals[i]!;
    addKey(objectivesUsedByGoals, g.objectiveId);
    for (let k = 0; k < g.strategyIds.length; k++) addKey(strategiesUsedByGoals, g.strategyIds[k]);
  }
  const goalRows = indexGoalRows(plan);
  return {
    refKey,
    goalKeys: goalRows.keys,
    goalRows,
    objectiveIds,
    strategyIds,
    channelNames,
    goalsListedByStrategies,
    objectivesUsedByGoals,
    strategiesUsedByGoals,
    phasingRows: new PhasingRowsByGoal(plan.phasing, goalRows),
    profileRow: firstIndex(plan.settings.seasonality, (p) => p.profile),
  };
}
