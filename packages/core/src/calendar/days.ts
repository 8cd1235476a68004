/**
 * Calendar days as integers (days since 1970-01-01), converted to and from ISO `YYYY-MM-DD`
 * with UTC-only arithmetic: a plan date has no time and no zone, so the machine's local zone
 * must never shift it by a day.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The day number of an ISO date, or null when the text is not a real calendar date. */
export function parseIsoDay(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const n = dayOf(year, month, day);
  // Date.UTC rolls 2026-02-30 over to March: reject dates that do not round-trip.
  return isoOfDay(n) === iso ? n : null;
}

export function isoOfDay(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${day}`;
}

/** Month 1..12 of a day number. */
export function monthOfDay(n: number): number {
  return new Date(n * MS_PER_DAY).getUTCMonth() + 1;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDay(n: number): number {
  return new Date(n * MS_PER_DAY).getUTCDay();
}

/** The `nth` (1-based) given weekday (0 = Sunday) of a month. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): number {
  const first = dayOf(year, month, 1);
  const offset = (weekday - weekdayOfDay(first) + 7) % 7;
  return first + offset + 7 * (nth - 1);
}

export function firstDayOfYear(year: number): number {
  return dayOf(year, 1, 1);
}

export function lastDayOfYear(year: number): number {
  return dayOf(year, 12, 31);
}
