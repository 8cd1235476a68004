import type { MonthlyRow, Plan, SeasonalityProfile } from "../model/plan";
import { idKey } from "./keys";
import { type PhasingMethod, phasingMethod } from "./method";

/** The rows phasing reads, indexed once per plan: first row per goal id / profile name wins. */
export interface PhasingLookup {
  rowsByGoal: ReadonlyMap<string, MonthlyRow>;
  profilesByName: ReadonlyMap<string, SeasonalityProfile>;
  /** phasingMethod, memoised: a plan repeats a handful of Phasing texts over many goals. */
  methodOf(phasing: string | null): PhasingMethod;
}

interface Cached extends PhasingLookup {
  phasing: Plan["phasing"];
  seasonality: Plan["settings"]["seasonality"];
}

const cache = new WeakMap<Plan, Cached>();

function firstBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = idKey(key(item));
    if (k !== "" && !map.has(k)) map.set(k, item);
  }
  return map;
}

/**
 * Plans are values (parsed, then read), so the index is kept per plan object; it is rebuilt when
 * the plan's phasing or seasonality list has been replaced since.
 */
export function phasingLookup(plan: Plan): PhasingLookup {
  const hit = cache.get(plan);
  if (hit !== undefined && hit.phasing === plan.phasing && hit.seasonality === plan.settings.seasonality) {
    return hit;
  }
  const methods = new Map<string | null, PhasingMethod>();
  const built: Cached = {
    phasing: plan.phasing,
    seasonality: plan.settings.seasonality,
    rowsByGoal: firstBy(plan.phasing, (row) => row.goalId),
    profilesByName: firstBy(plan.settings.seasonality, (p) => p.profile),
    methodOf: (phasing) => {
      let method = methods.get(phasing);
      if (method === undefined) {
        method = phasingMethod(phasing);
        methods.set(phasing, method);
      }
      return method;
    },
  };
  cache.set(plan, built);
  return built;
}
