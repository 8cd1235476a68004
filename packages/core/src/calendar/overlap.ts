/** A maximal run of days on which more intervals are active than the capacity allows. */
export interface OverloadedPeriod {
  /** First and last overloaded day (inclusive day numbers). */
  from: number;
  to: number;
  /** The highest number of intervals active on one day of the run. */
  count: number;
  /** Positions (in the input array) of every interval active on some day of the run. */
  members: number[];
}

interface SweepEvent {
  day: number;
  delta: 1 | -1;
  member: number;
}

/**
 * Sweep over sorted start/end events (O(n log n)) instead of comparing pairs. Intervals are
 * inclusive: one ending on the day another starts overlaps it on that day, so an interval
 * leaves on `end + 1`, and all events of a day are applied before the day is counted.
 */
export function overloadedPeriods(
  intervals: readonly { start: number; end: number }[],
  max: number,
): OverloadedPeriod[] {
  const capacity = Math.max(0, max);
  const events: SweepEvent[] = [];
  intervals.forEach((interval, member) => {
    events.push({ day: interval.start, delta: 1, member });
    events.push({ day: interval.end + 1, delta: -1, member });
  });
  events.sort((a, b) => a.day - b.day);

  const periods: OverloadedPeriod[] = [];
  const active = new Set<number>();
  let open: { from: number; count: number; members: Set<number> } | null = null;
  let i = 0;
  while (i < events.length) {
    const day = (events[i] as SweepEvent).day;
    const started: number[] = [];
    for (; i < events.length && (events[i] as SweepEvent).day === day; i++) {
      const event = events[i] as SweepEvent;
      if (event.delta === 1) {
        active.add(event.member);
        started.push(event.member);
      } else {
        active.delete(event.member);
      }
    }
    if (active.size > capacity) {
      if (open === null) {
        open = { from: day, count: active.size, members: new Set(active) };
      } else {
        open.count = Math.max(open.count, active.size);
        for (const member of started) open.members.add(member);
      }
    } else if (open !== null) {
      periods.push({
        from: open.from,
        to: day - 1,
        count: open.count,
        members: [...open.members].sort((a, b) => a - b),
      });
      open = null;
    }
  }
  return periods;
}
