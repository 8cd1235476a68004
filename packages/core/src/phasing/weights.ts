import type { Goal, MonthlyValues, Plan } from "../model/plan";
import { type ActiveMonths, activeMonths, isActiveMonth } from "./active";
import { idKey } from "./keys";
import { phasingLookup } from "./lookup";

/** Why a goal's phasing cannot be used (validation reports it as `phasing.invalid`). */
export type PhasingProblem = "custom-missing" | "profile-unknown" | "negative" | "zero";

export { type PhasingMethod, phasingMethod } from "./method";

export interface PhaseWeights {
  /** w_1..w_12 (index 0 = January): 0 outside the active months; linear when `problem` is set. */
  weights: number[];
  problem: PhasingProblem | null;
}

function linear(active: ActiveMonths): number[] {
  const weights: number[] = [];
  for (let m = 1; m <= 12; m++) weights.push(isActiveMonth(active, m) ? 1 : 0);
  return weights;
}

/** Blank months of a custom row or profile weigh 0. */
function masked(active: ActiveMonths, months: MonthlyValues): number[] {
  const weights: number[] = [];
  for (let m = 1; m <= 12; m++) weights.push(isActiveMonth(active, m) ? (months[m - 1] ?? 0) : 0);
  return weights;
}

/**
 * The goal's monthly weights w_m. A problem (custom without a row, unknown profile, a negative
 * active weight, nothing in the active months) falls back to linear, so progress still shows
 * while the finding asks for a fix. A goal with no active month at all has all-zero weights and
 * no phasing problem: that is its period's fault (goal.period.*), not its phasing's.
 * `active` may be passed by a caller that has it already.
 */
export function phaseWeights(
  goal: Goal,
  plan: Plan,
  active: ActiveMonths = activeMonths(goal, plan.year),
): PhaseWeights {
  const lookup = phasingLookup(plan);
  const method = lookup.methodOf(goal.phasing);
  const fallback = (problem: PhasingProblem): PhaseWeights => ({ weights: linear(active), problem });
  if (method.kind === "linear") return { weights: linear(active), problem: null };

  let source: MonthlyValues;
  if (method.kind === "custom") {
    const row = lookup.rowsByGoal.get(idKey(goal.id));
    if (row === undefined) return fallback("custom-missing");
    source = row.months;
  } else {
    const profile = lookup.profilesByName.get(idKey(method.name));
    if (profile === undefined) return fallback("profile-unknown");
    source = profile.months;
  }

  const weights = masked(active, source);
  if (active.startMonth > active.endMonth) return { weights, problem: null };
  let total = 0;
  for (const w of weights) {
    if (w < 0) return fallback("negative");
    total += w;
  }
  // `!(total > 0)` also catches NaN from a non-finite weight.
  if (!(total > 0)) return fallback("zero");
  return { weights, problem: null };
}
