import { type Campaign, type KeyDate, keyDates, type Language } from "@planbook/core";

/** Tiers prefilled as ideas: major festivals and seasonal dates; minor ones would only be noise. */
const PREFILLED_TIERS = new Set([1, 2]);

const TYPE_LABEL: Record<Language, string> = { en: "Key date", "zh-CN": "营销节点" };

function clip(iso: string, year: number): string {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return iso < first ? first : iso > last ? last : iso;
}

function idea(kd: KeyDate, year: number, lang: Language): Campaign {
  return {
    id: `KD-${kd.key}`,
    name: kd.names[lang],
    type: TYPE_LABEL[lang],
    keyDate: kd.names[lang],
    // The campaign runs from warm-up to follow-up, kept inside the plan year.
    start: clip(kd.windows.warmUp.start, year),
    end: clip(kd.windows.followUp.end, year),
    channels: [],
    goalIds: [],
    budget: null,
    owner: null,
    status: "idea",
    unreadable: [],
  };
}

/**
 * The year's major and seasonal key dates as campaign ideas (status Idea: they count towards
 * neither overlaps nor budget), for prefilling the Campaigns table. Ids are `KD-<key>`, stable
 * from one generation to the next.
 */
export function keyDateIdeas(year: number, lang: Language): Campaign[] {
  return keyDates(year)
    .filter((kd) => PREFILLED_TIERS.has(kd.tier))
    .map((kd) => idea(kd, year, lang));
}
