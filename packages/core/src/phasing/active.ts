import type { Goal } from "../model/plan";

/** A goal's active months in the plan year: startMonth ≤ m ≤ endMonth (empty when start > end). */
export interface ActiveMonths {
  /** 1..12, or 13 when the goal starts after the plan year. */
  startMonth: number;
  /** 1..12, or 0 when the goal ended before the plan year. */
  endMonth: number;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const DASH = 45;

/** The value of `count` ASCII digits at `from`, or -1 when any of them is not a digit. */
function digitsAt(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i);
    if (c < DIGIT_0 || c > DIGIT_9) return -1;
    value = value * 10 + (c - DIGIT_0);
  }
  return value;
}

/**
 * Year × 100 + month of a `YYYY-MM-DD` text, -1 for anything else. Read by character codes into
 * one number, not a regex match or an object: it runs for two dates of every goal in every
 * progress and validation pass.
 */
function yearMonth(isoDate: string): number {
  if (isoDate.length !== 10 || isoDate.charCodeAt(4) !== DASH || isoDate.charCodeAt(7) !== DASH) return -1;
  const year = digitsAt(isoDate, 0, 4);
  const month = digitsAt(isoDate, 5, 2);
  if (year < 0 || month < 0 || digitsAt(isoDate, 8, 2) < 0) return -1;
  return year * 100 + month;
}

/** The first active month: Start's month in the plan year; 1 when blank or earlier; 13 when later. */
export function startMonthOf(start: string | null, year: number): number {
  const ym = start === null ? -1 : yearMonth(start);
  if (ym === -1) return 1;
  const startYear = Math.floor(ym / 100);
  return startYear < year ? 1 : startYear > year ? 13 : ym % 100;
}

/** The last active month: Deadline's month in the plan year; 12 when blank or later; 0 when earlier. */
export function endMonthOf(deadline: string | null, year: number): number {
  const ym = deadline === null ? -1 : yearMonth(deadline);
  if (ym === -1) return 12;
  const endYear = Math.floor(ym / 100);
  return endYear > year ? 12 : endYear < year ? 0 : ym % 100;
}

/** Start and Deadline clipped to the plan year (blank Start = January, blank Deadline = December). */
export function activeMonths(goal: Pick<Goal, "start" | "deadline">, year: number): ActiveMonths {
  return { startMonth: startMonthOf(goal.start, year), endMonth: endMonthOf(goal.deadline, year) };
}

export function isActiveMonth(active: ActiveMonths, month: number): boolean {
  return active.startMonth <= month && month <= active.endMonth;
}
