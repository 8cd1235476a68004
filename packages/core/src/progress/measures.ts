import type { Aggregation, Direction } from "../model/enums";

/** a / b, or null when either is missing or b is 0 (a shown ratio must never be ±∞ or NaN). */
function divideOrNull(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  return a / b;
}

/** YTD Target: T·s (sum), b + (T−b)·s (last), T (average, ratio); null without a target. */
export function ytdTargetOf(
  aggregation: Aggregation,
  target: number | null,
  baseline: number,
  share: number,
): number | null {
  if (target === null) return null;
  switch (aggregation) {
    case "sum":
      return target * share;
    case "last":
      return baseline + (target - baseline) * share;
    case "average":
    case "ratio":
      return target;
  }
}

/*
 * YTD Target, Attainment, Progress and Forecast of docs/design.md#engine one at a time, from
 * scalars: goal-level progress computes them for every goal of a plan without an input or result
 * object per goal. `a` is the YTD Actual (not null: without data there are no measures), `b` the
 * baseline (blank = 0).
 */

export function attainmentOf(
  aggregation: Aggregation,
  direction: Direction,
  target: number | null,
  ytdTarget: number | null,
  a: number,
  b: number,
): number | null {
  const increase = direction === "increase";
  switch (aggregation) {
    case "sum":
      return increase ? divideOrNull(a, ytdTarget) : divideOrNull(ytdTarget, a);
    case "last":
      return ytdTarget === null ? null : divideOrNull(a - b, ytdTarget - b);
    case "average":
    case "ratio":
      return increase ? divideOrNull(a, target) : divideOrNull(target, a);
  }
}

/** Progress towards the year's target; for average and ratio it is the attainment. */
export function progressOf(
  aggregation: Aggregation,
  target: number | null,
  attainment: number | null,
  a: number,
  b: number,
): number | null {
  switch (aggregation) {
    case "sum":
      return divideOrNull(a, target);
    case "last":
      return target === null ? null : divideOrNull(a - b, target - b);
    case "average":
    case "ratio":
      return attainment;
  }
}

export function forecastOf(aggregation: Aggregation, share: number, a: number, b: number): number | null {
  switch (aggregation) {
    case "sum":
      return divideOrNull(a, share);
    case "last":
      return share === 0 ? null : b + (a - b) / share;
    case "average":
    case "ratio":
      return a;
  }
}
