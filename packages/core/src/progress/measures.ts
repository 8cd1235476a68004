import type { Aggregation, Direction } from "../model/enums";

export interface MeasureInput {
  aggregation: Aggregation;
  direction: Direction;
  target: number | null;
  /** Blank baseline counts as 0. */
  baseline: number | null;
  /** s_M, the share of the goal due by the as-of month. */
  share: number;
  /** null = no data. */
  ytdActual: number | null;
}

export interface Measures {
  ytdTarget: number | null;
  attainment: number | null;
  progress: number | null;
  forecast: number | null;
}

/** a / b, or null when either is missing or b is 0 (a shown ratio must never be ±∞ or NaN). */
export function divideOrNull(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  return a / b;
}

function ytdTargetOf(i: MeasureInput, b: number): number | null {
  if (i.target === null) return null;
  switch (i.aggregation) {
    case "sum":
      return i.target * i.share;
    case "last":
      return b + (i.target - b) * i.share;
    case "average":
    case "ratio":
      return i.target;
  }
}

/** YTD Target, Attainment, Progress and Forecast of DESIGN §3 from a goal's YTD Actual. */
export function goalMeasures(i: MeasureInput): Measures {
  const b = i.baseline ?? 0;
  const ytdTarget = ytdTargetOf(i, b);
  const a = i.ytdActual;
  if (a === null) return { ytdTarget, attainment: null, progress: null, forecast: null };
  const increase = i.direction === "increase";
  switch (i.aggregation) {
    case "sum":
      return {
        ytdTarget,
        attainment: increase ? divideOrNull(a, ytdTarget) : divideOrNull(ytdTarget, a),
        progress: divideOrNull(a, i.target),
        forecast: divideOrNull(a, i.share),
      };
    case "last":
      return {
        ytdTarget,
        attainment: ytdTarget === null ? null : divideOrNull(a - b, ytdTarget - b),
        progress: i.target === null ? null : divideOrNull(a - b, i.target - b),
        forecast: i.share === 0 ? null : b + (a - b) / i.share,
      };
    case "average":
    case "ratio": {
      const attainment = increase ? divideOrNull(a, i.target) : divideOrNull(i.target, a);
      return { ytdTarget, attainment, progress: attainment, forecast: a };
    }
  }
}
