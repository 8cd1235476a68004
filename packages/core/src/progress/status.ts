import type { Aggregation, Direction, GoalStatus } from "../model/enums";
import type { Settings } from "../model/plan";

export interface Thresholds {
  /** Attainment at or above: on track (default 0.95). */
  onTrack: number;
  /** Attainment at or above (and below onTrack): at risk (default 0.8). */
  atRisk: number;
}

export function thresholdsOf(settings: Pick<Settings, "onTrackThreshold" | "atRiskThreshold">): Thresholds {
  return { onTrack: settings.onTrackThreshold, atRisk: settings.atRiskThreshold };
}

/** The status band of an attainment. */
export function bandOf(attainment: number, t: Thresholds): "on_track" | "at_risk" | "off_track" {
  if (attainment >= t.onTrack) return "on_track";
  if (attainment >= t.atRisk) return "at_risk";
  return "off_track";
}

export interface StatusInput {
  aggregation: Aggregation;
  direction: Direction;
  asOfMonth: number | null;
  /** Last active month (0 when the goal ended before the plan year). */
  endMonth: number;
  target: number | null;
  ytdActual: number | null;
  attainment: number | null;
  progress: number | null;
}

function achieved(
  aggregation: Aggregation,
  direction: Direction,
  asOfMonth: number | null,
  endMonth: number,
  target: number | null,
  ytdActual: number,
  progress: number | null,
): boolean {
  const atDeadline = asOfMonth !== null && asOfMonth >= endMonth;
  const progressDone = progress !== null && progress >= 1;
  switch (aggregation) {
    case "sum":
      // A "stay under" total can only be judged once its period is over: passing the target
      // early would otherwise count as achieving it.
      return direction === "increase" ? progressDone : atDeadline && target !== null && ytdActual <= target;
    case "last":
      return progressDone;
    case "average":
    case "ratio":
      return atDeadline && progressDone;
  }
}

/**
 * statusOf from scalars, for goal-level progress (which asks it of every goal of a plan without
 * building a StatusInput each time).
 */
export function statusFrom(
  aggregation: Aggregation,
  direction: Direction,
  asOfMonth: number | null,
  endMonth: number,
  target: number | null,
  ytdActual: number | null,
  attainment: number | null,
  progress: number | null,
  t: Thresholds,
): GoalStatus {
  if (ytdActual === null) return "not_started";
  if (achieved(aggregation, direction, asOfMonth, endMonth, target, ytdActual, progress)) return "achieved";
  // Data but nothing to compare it with yet (e.g. nothing due so far): not behind.
  if (attainment === null) return "on_track";
  return bandOf(attainment, t);
}

/** A goal's status: not started without data, achieved, else by its attainment band. */
export function statusOf(i: StatusInput, t: Thresholds): GoalStatus {
  return statusFrom(
    i.aggregation,
    i.direction,
    i.asOfMonth,
    i.endMonth,
    i.target,
    i.ytdActual,
    i.attainment,
    i.progress,
    t,
  );
}
