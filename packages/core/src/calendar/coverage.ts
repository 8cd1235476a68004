import type { Plan } from "../model/plan";
import { countedCampaignSpans, matchKey } from "./campaign-spans";
import { parseIsoDay } from "./days";
import type { KeyDate, KeyDateTier } from "./key-date";
import { keyDates } from "./key-dates";

export interface UncoveredKeyDateOptions {
  /**
   * Least important tier to consider: 1 = major festivals only, 2 (default) = major and
   * seasonal, 3 = all (立春, 冬至 and other minor dates are noise for most plans).
   */
  minTier?: KeyDateTier;
  /** Only campaigns on this channel count as cover (trimmed, case-insensitive). */
  channel?: string;
}

/**
 * The plan year's key dates whose peak window no counted campaign (not an idea, not cancelled)
 * touches on any day, in date order — the gaps the operator should decide about.
 */
export function uncoveredKeyDates(plan: Plan, options: UncoveredKeyDateOptions = {}): KeyDate[] {
  const minTier = options.minTier ?? 2;
  const channelKey = options.channel === undefined ? null : matchKey(options.channel);
  const spans = countedCampaignSpans(plan).filter(
    (span) => channelKey === null || span.channelKeys.includes(channelKey),
  );
  return keyDates(plan.year).filter((kd) => {
    if (kd.tier > minTier) return false;
    const peakStart = parseIsoDay(kd.windows.peak.start) as number;
    const peakEnd = parseIsoDay(kd.windows.peak.end) as number;
    return !spans.some((span) => span.start <= peakEnd && span.end >= peakStart);
  });
}
