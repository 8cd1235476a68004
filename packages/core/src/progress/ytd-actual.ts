import type { Aggregation } from "../model/enums";
import type { MonthlyValues } from "../model/plan";
import { isActualValue } from "./as-of";

/** Numerator and denominator goals' actual rows of a ratio goal whose components are both valid. */
export interface RatioComponents {
  numerator: MonthlyValues | null;
  denominator: MonthlyValues | null;
}

/** Σ non-null a_m over m ≤ M; null when there is none. */
function sumUpTo(months: MonthlyValues, asOf: number): number | null {
  let sum = 0;
  let seen = false;
  for (let i = 0; i < asOf; i++) {
    const v = months[i];
    if (isActualValue(v)) {
      sum += v;
      seen = true;
    }
  }
  return seen ? sum : null;
}

function latestUpTo(months: MonthlyValues, asOf: number): number | null {
  for (let i = asOf - 1; i >= 0; i--) {
    const v = months[i];
    if (isActualValue(v)) return v;
  }
  return null;
}

function meanUpTo(months: MonthlyValues, asOf: number): number | null {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < asOf; i++) {
    const v = months[i];
    if (isActualValue(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? null : sum / n;
}

/** Σ num / Σ den over the months m ≤ M where both have a value; null if none or Σ den = 0. */
function ratioOfSums(components: RatioComponents, asOf: number): number | null {
  const { numerator, denominator } = components;
  if (numerator === null || denominator === null) return null;
  let num = 0;
  let den = 0;
  for (let i = 0; i < asOf; i++) {
    const n = numerator[i];
    const d = denominator[i];
    if (isActualValue(n) && isActualValue(d)) {
      num += n;
      den += d;
    }
  }
  return den === 0 ? null : num / den;
}

/**
 * YTD Actual up to the as-of month; null = no data. A ratio goal without both component goals
 * is tracked as the average of its own monthly rates.
 */
export function ytdActualOf(
  aggregation: Aggregation,
  own: MonthlyValues | null,
  asOf: number | null,
  ratio: RatioComponents | null = null,
): number | null {
  if (asOf === null) return null;
  if (aggregation === "ratio" && ratio !== null) return ratioOfSums(ratio, asOf);
  if (own === null) return null;
  switch (aggregation) {
    case "sum":
      return sumUpTo(own, asOf);
    case "last":
      return latestUpTo(own, asOf);
    case "average":
    case "ratio":
      return meanUpTo(own, asOf);
  }
}
