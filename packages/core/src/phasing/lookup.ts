import type { MonthlyRow, Plan, SeasonalityProfile } from "../model/plan";
import { idKey } from "./keys";
import { type PhasingMethod, phasingMethod } from "./method";

/** The rows phasing reads, indexed once per plan: first row per goal id / profile name wins. */
export interface PhasingLookup {
  rowsByGoal: ReadonlyMap<string, MonthlyRow>;
  profilesByName: ReadonlyMap<string, SeasonalityProfile>;
  /** phasingMethod, memoised: a plan repeats a handful of Phasing texts over many goals. */
  methodOf(phasing: string | null): PhasingMethod;
  /** The profile a profile name stands for (matched as `idKey`), memoised like methodOf. */
  profileOf(name: string): SeasonalityProfile | undefined;
}

interface Cached extends PhasingLookup {
  phasing: Plan["phasing"];
  seasonality: Plan["settings"]["seasonality"];
}

const cache = new WeakMap<Plan, Cached>();

function firstBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const k = idKey(key(item));
    if (k !== "" && !map.has(k)) map.set(k, item);
  }
  return map;
}

/**
 * A fresh index of the plan's Phasing rows and seasonality profiles. computeProgress and
 * validatePlan build their own, so that one call never depends on what an earlier call left
 * behind (and a benchmark of them measures the whole cost).
 */
export function buildPhasingLookup(plan: Plan, rowsByGoal?: ReadonlyMap<string, MonthlyRow>): PhasingLookup {
  return buildCached(plan, rowsByGoal);
}

/** `rowsByGoal`: an index of plan.phasing by goal id that the caller has already (first row wins). */
function buildCached(plan: Plan, rowsByGoal?: ReadonlyMap<string, MonthlyRow>): Cached {
  const methods = new Map<string | null, PhasingMethod>();
  const profilesByName = firstBy(plan.settings.seasonality, (p) => p.profile);
  const profiles = new Map<string, SeasonalityProfile | undefined>();
  return {
    phasing: plan.phasing,
    seasonality: plan.settings.seasonality,
    rowsByGoal: rowsByGoal ?? firstBy(plan.phasing, (row) => row.goalId),
    profilesByName,
    profileOf: (name) => {
      if (profiles.has(name)) return profiles.get(name);
      const profile = profilesByName.get(idKey(name));
      profiles.set(name, profile);
      return profile;
    },
    methodOf: (phasing) => {
      let method = methods.get(phasing);
      if (method === undefined) {
        method = phasingMethod(phasing);
        methods.set(phasing, method);
      }
      return method;
    },
  };
}

/**
 * The index for callers that phase one goal at a time (e.g. a chart of one goal): kept per plan
 * object, since plans are values (parsed, then read), and rebuilt when the plan's phasing or
 * seasonality list has been replaced since.
 */
export function phasingLookup(plan: Plan): PhasingLookup {
  const hit = cache.get(plan);
  if (hit !== undefined && hit.phasing === plan.phasing && hit.seasonality === plan.settings.seasonality) {
    return hit;
  }
  const built = buildCached(plan);
  cache.set(plan, built);
  return built;
}
