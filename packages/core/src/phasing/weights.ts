import type { Goal, MonthlyValues, Plan } from "../model/plan";
import { type ActiveMonths, activeMonths, isActiveMonth } from "./active";
import { idKey } from "./keys";
import { type PhasingLookup, phasingLookup } from "./lookup";

/** Why a goal's phasing cannot be used (validation reports it as `phasing.invalid`). */
export type PhasingProblem = "custom-missing" | "profile-unknown" | "negative" | "zero";

export { phasingMethod } from "./method";

export interface PhaseWeights {
  /** w_1..w_12 (index 0 = January): 0 outside the active months; linear when `problem` is set. */
  weights: number[];
  problem: PhasingProblem | null;
}

/**
 * A goal's phasing as read from the plan, before its weights are masked to the active months:
 * linear, the weights row it names, or why that row cannot be found. (Not an object: asked for
 * every goal of every run.)
 */
type Source = "linear" | MonthlyValues | "custom-missing" | "profile-unknown";

/** `key` is the goal's idKey, for a caller that has it already. */
function sourceOf(goal: Goal, lookup: PhasingLookup, key?: string): Source {
  const method = lookup.methodOf(goal.phasing);
  if (method.kind === "linear") return "linear";
  if (method.kind === "custom")
    return lookup.rowsByGoal.get(key ?? idKey(goal.id))?.months ?? "custom-missing";
  return lookup.profileOf(method.name)?.months ?? "profile-unknown";
}

/** w_m of a weights row: its value in an active month (blank = 0), 0 outside. */
function maskedWeight(start: number, end: number, months: MonthlyValues, m: number): number {
  return start <= m && m <= end ? (months[m - 1] ?? 0) : 0;
}

/**
 * Why a weights row cannot be used over the active months, or null. A goal with no active month
 * at all has no phasing problem: that is its period's fault (goal.period.*), not its phasing's.
 */
function weightsProblem(start: number, end: number, months: MonthlyValues): "negative" | "zero" | null {
  if (start > end) return null;
  let total = 0;
  for (let m = 1; m <= 12; m++) {
    const w = maskedWeight(start, end, months, m);
    if (w < 0) return "negative";
    total += w;
  }
  // `!(total > 0)` also catches NaN from a non-finite weight.
  return total > 0 ? null : "zero";
}

function sourceProblem(source: Source, start: number, end: number): PhasingProblem | null {
  if (source === "linear") return null;
  if (typeof source === "string") return source;
  return weightsProblem(start, end, source);
}

function linear(active: ActiveMonths): number[] {
  const weights: number[] = [];
  for (let m = 1; m <= 12; m++) weights.push(isActiveMonth(active, m) ? 1 : 0);
  return weights;
}

/**
 * The goal's monthly weights w_m. A problem (custom without a row, unknown profile, a negative
 * active weight, nothing in the active months) falls back to linear, so progress still shows
 * while the finding asks for a fix. `active` may be passed by a caller that has it already.
 */
export function phaseWeights(
  goal: Goal,
  plan: Plan,
  active: ActiveMonths = activeMonths(goal, plan.year),
): PhaseWeights {
  const source = sourceOf(goal, phasingLookup(plan));
  const problem = sourceProblem(source, active.startMonth, active.endMonth);
  if (typeof source === "string" || problem !== null) return { weights: linear(active), problem };
  const weights: number[] = [];
  for (let m = 1; m <= 12; m++) weights.push(maskedWeight(active.startMonth, active.endMonth, source, m));
  return { weights, problem: null };
}

/**
 * The goal's phasing problem alone (what `phaseWeights(…).problem` is), without building weights:
 * validation asks it of every goal. Active months as `activeMonths` gives them; `key` is the
 * goal's idKey where the caller has it.
 */
export function phasingProblem(
  goal: Goal,
  lookup: PhasingLookup,
  startMonth: number,
  endMonth: number,
  key?: string,
): PhasingProblem | null {
  return sourceProblem(sourceOf(goal, lookup, key), startMonth, endMonth);
}

/**
 * s_M of the goal's weights — exactly `shareToMonth(phaseWeights(goal, plan).weights, M)`, summed
 * in the same order so it is the same number — without building the weights: progress asks it
 * of every goal. Active months as `activeMonths` gives them; `key` is the goal's idKey where the
 * caller has it.
 */
export function phaseShare(
  goal: Goal,
  lookup: PhasingLookup,
  startMonth: number,
  endMonth: number,
  asOfMonth: number | null,
  key?: string,
): number {
  if (asOfMonth === null) return 0;
  const source = sourceOf(goal, lookup, key);
  const months =
    typeof source !== "string" && weightsProblem(startMonth, endMonth, source) === null ? source : null;
  let upTo = 0;
  let total = 0;
  for (let m = 1; m <= 12; m++) {
    const w =
      months === null
        ? startMonth <= m && m <= endMonth
          ? 1
          : 0
        : maskedWeight(startMonth, endMonth, months, m);
    total += w;
    if (m <= asOfMonth) upTo += w;
  }
  return total === 0 ? 0 : upTo / total;
}
