import type { Goal } from "../model/plan";

/** A goal's active months in the plan year: startMonth ≤ m ≤ endMonth (empty when start > end). */
export interface ActiveMonths {
  /** 1..12, or 13 when the goal starts after the plan year. */
  startMonth: number;
  /** 1..12, or 0 when the goal ended before the plan year. */
  endMonth: number;
}

function yearMonth(isoDate: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  if (match === null) return null;
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** Start and Deadline clipped to the plan year (blank Start = January, blank Deadline = December). */
export function activeMonths(goal: Pick<Goal, "start" | "deadline">, year: number): ActiveMonths {
  const start = goal.start === null ? null : yearMonth(goal.start);
  const end = goal.deadline === null ? null : yearMonth(goal.deadline);
  const startMonth = start === null || start.year < year ? 1 : start.year > year ? 13 : start.month;
  const endMonth = end === null || end.year > year ? 12 : end.year < year ? 0 : end.month;
  return { startMonth, endMonth };
}

export function isActiveMonth(active: ActiveMonths, month: number): boolean {
  return active.startMonth <= month && month <= active.endMonth;
}
