import * as z from "zod";
import type { Plan } from "../model/plan";
import { IsoDate } from "../model/plan";
import { type CampaignSpan, channelGroups, countedCampaignSpans } from "./campaign-spans";
import { firstDayOfYear, isoOfDay, lastDayOfYear, monthOfDay } from "./days";

/**
 * Weeks of the plan year count from 1 January, not ISO weeks: week w covers days
 * 7(w−1)+1 … 7w of the year, so week 1 always starts on 1 January, no week belongs to two
 * years, and the year has 53 weeks, the last one 1 day long (2 in a leap year). A Gantt
 * column per week then lines up with the plan year exactly.
 */
const WEEKS_PER_PLAN_YEAR = 53;

export const PlanWeek = z.object({ week: z.number().int().min(1), start: IsoDate, end: IsoDate });
export type PlanWeek = z.infer<typeof PlanWeek>;

export function weeksOfYear(year: number): PlanWeek[] {
  const first = firstDayOfYear(year);
  const last = lastDayOfYear(year);
  return Array.from({ length: WEEKS_PER_PLAN_YEAR }, (_, i) => {
    const start = first + 7 * i;
    return { week: i + 1, start: isoOfDay(start), end: isoOfDay(Math.min(start + 6, last)) };
  });
}

/**
 * Campaign load of one channel or of all channels. `months`/`weeks`: how many counted
 * campaigns are active on at least one day of the month/week. `monthPeaks`/`weekPeaks`: the
 * most campaigns active on a single day of it — the number to compare with a channel's Max
 * Concurrent Campaigns (two back-to-back campaigns share a week but never a day).
 */
const CampaignLoadSeries = z.object({
  months: z.array(z.number().int()).length(12),
  weeks: z.array(z.number().int()).length(WEEKS_PER_PLAN_YEAR),
  monthPeaks: z.array(z.number().int()).length(12),
  weekPeaks: z.array(z.number().int()).length(WEEKS_PER_PLAN_YEAR),
});
type CampaignLoadSeries = z.infer<typeof CampaignLoadSeries>;

const ChannelCampaignLoad = CampaignLoadSeries.extend({
  channel: z.string(),
  /** False for a channel that campaigns name but the channel matrix does not. */
  known: z.boolean(),
  /** Max Concurrent Campaigns (default 2). */
  max: z.number().int(),
});

export const CampaignLoad = z.object({
  year: z.number().int(),
  weeks: z.array(PlanWeek),
  /** Every counted campaign once, with or without channels. */
  overall: CampaignLoadSeries,
  /** Channel-matrix channels in order, then channels only campaigns name. */
  channels: z.array(ChannelCampaignLoad),
});
export type CampaignLoad = z.infer<typeof CampaignLoad>;

function loadSeries(spans: readonly CampaignSpan[], year: number): CampaignLoadSeries {
  const first = firstDayOfYear(year);
  const dayCount = lastDayOfYear(year) - first + 1;
  const months = new Array<number>(12).fill(0);
  const weeks = new Array<number>(WEEKS_PER_PLAN_YEAR).fill(0);
  // Difference array over the days of the year → campaigns active per day.
  const delta = new Array<number>(dayCount + 1).fill(0);
  for (const span of spans) {
    const from = Math.max(span.start, first) - first;
    const to = Math.min(span.end, first + dayCount - 1) - first;
    if (from > to) continue;
    for (let m = monthOfDay(first + from); m <= monthOfDay(first + to); m++) {
      months[m - 1] = (months[m - 1] ?? 0) + 1;
    }
    for (let w = Math.floor(from / 7); w <= Math.floor(to / 7); w++) weeks[w] = (weeks[w] ?? 0) + 1;
    delta[from] = (delta[from] ?? 0) + 1;
    delta[to + 1] = (delta[to + 1] ?? 0) - 1;
  }
  const monthPeaks = new Array<number>(12).fill(0);
  const weekPeaks = new Array<number>(WEEKS_PER_PLAN_YEAR).fill(0);
  let active = 0;
  for (let d = 0; d < dayCount; d++) {
    active += delta[d] ?? 0;
    const m = monthOfDay(first + d) - 1;
    const w = Math.floor(d / 7);
    monthPeaks[m] = Math.max(monthPeaks[m] ?? 0, active);
    weekPeaks[w] = Math.max(weekPeaks[w] ?? 0, active);
  }
  return { months, weeks, monthPeaks, weekPeaks };
}

/**
 * Counted campaigns (not ideas, not cancelled, with a readable period) per month and per week
 * of the plan year, overall and per channel; days outside the plan year are left out.
 */
export function campaignLoad(plan: Plan): CampaignLoad {
  const spans = countedCampaignSpans(plan);
  return {
    year: plan.year,
    weeks: weeksOfYear(plan.year),
    overall: loadSeries(spans, plan.year),
    channels: channelGroups(plan, spans).map((group) => ({
      channel: group.name,
      known: group.known,
      max: group.max,
      ...loadSeries(group.spans, plan.year),
    })),
  };
}
