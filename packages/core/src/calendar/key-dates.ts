import { foldKeyDateName } from "../text/fold";
import { isoOfDay } from "./days";
import type { KeyDate } from "./key-date";
import { KEY_DATE_CATALOG, type KeyDateDefinition, TIER_WINDOWS } from "./key-date-catalog";

function windowsAround(day: number, def: KeyDateDefinition): KeyDate["windows"] {
  const shape = { ...TIER_WINDOWS[def.tier], ...def.window };
  const peakStart = day + shape.peakFrom;
  const peakEnd = day + shape.peakTo;
  return {
    warmUp: { start: isoOfDay(peakStart - shape.warmUpDays), end: isoOfDay(peakStart - 1) },
    peak: { start: isoOfDay(peakStart), end: isoOfDay(peakEnd) },
    followUp: { start: isoOfDay(peakEnd + 1), end: isoOfDay(peakEnd + shape.followUpDays) },
  };
}

/**
 * The marketing key dates of Gregorian `year`, sorted by date (then tier, then key). A lunar
 * date that falls twice in the year (腊八 in 2022) keeps its key for the first and gets a
 * `-2` suffix for the second, so keys stay unique within a year.
 */
export function keyDates(year: number): KeyDate[] {
  let dates = BY_YEAR.get(year);
  if (!dates) {
    dates = computeKeyDates(year);
    BY_YEAR.set(year, dates);
  }
  // a fresh array each time: callers filter and sort it; the dates themselves are not changed
  return [...dates];
}

/**
 * Key dates per year, computed once: the lunar calendar is the slow part, and a batch of brands
 * (generate, rollup) asks for the same year again and again.
 */
const BY_YEAR = new Map<number, readonly KeyDate[]>();

function computeKeyDates(year: number): KeyDate[] {
  const result: KeyDate[] = [];
  for (const def of KEY_DATE_CATALOG) {
    def.days(year).forEach((day, i) => {
      result.push({
        key: i === 0 ? def.key : `${def.key}-${i + 1}`,
        names: { en: def.en, "zh-CN": def.zh },
        aliases: [...def.aliases],
        date: isoOfDay(day),
        kind: def.kind,
        tier: def.tier,
        windows: windowsAround(day, def),
      });
    });
  }
  return result.sort((a, b) => a.date.localeCompare(b.date) || a.tier - b.tier || a.key.localeCompare(b.key));
}

/**
 * The key date a campaign's Key Date cell names (by key, English or Chinese name, or alias;
 * ignoring case, width, spaces and the dots of `11.11`), or null when none matches.
 */
export function matchKeyDate(text: string | null, dates: readonly KeyDate[]): KeyDate | null {
  if (text === null) return null;
  const wanted = foldKeyDateName(text);
  if (wanted === "") return null;
  for (const kd of dates) {
    const names = [kd.key, kd.names.en, kd.names["zh-CN"], ...kd.aliases];
    if (names.some((name) => foldKeyDateName(name) === wanted)) return kd;
  }
  return null;
}
