import type { Campaign, KeyDate, Language } from "@planbook/core";
import { keyDates } from "@planbook/core/key-dates";

/** Tiers prefilled as ideas: major festivals and seasonal dates; minor ones would only be noise. */
const PREFILLED_TIERS = new Set([1, 2]);

const TYPE_LABEL: Record<Language, string> = { en: "Key date", "zh-CN": "营销节点" };
/** ID prefix in the workbook language: `KD-double-11` / `节点-双11`. */
const ID_PREFIX: Record<Language, string> = { en: "KD-", "zh-CN": "节点-" };

/** `KD-<key>` in English; `节点-<Chinese name>` in zh-CN (the key where two names would clash). */
function ideaId(kd: KeyDate, lang: Language, seen: Set<string>): string {
  const local = lang === "zh-CN" ? `${ID_PREFIX[lang]}${kd.names[lang].replace(/\s+/g, "")}` : null;
  const id = local !== null && !seen.has(local.toLowerCase()) ? local : `${ID_PREFIX[lang]}${kd.key}`;
  seen.add(id.toLowerCase());
  return id;
}

function clip(iso: string, year: number): string {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return iso < first ? first : iso > last ? last : iso;
}

function idea(kd: KeyDate, year: number, lang: Language, id: string): Campaign {
  return {
    id,
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
 * neither overlaps nor budget), for prefilling the Campaigns table. Ids are in the workbook's
 * language (`KD-double-11`, `节点-双11`), stable from one generation to the next.
 */
export function keyDateIdeas(year: number, lang: Language): Campaign[] {
  const seen = new Set<string>();
  return keyDates(year)
    .filter((kd) => PREFILLED_TIERS.has(kd.tier))
    .map((kd) => idea(kd, year, lang, ideaId(kd, lang, seen)));
}
