import type { Language, SeasonalityProfile } from "@planbook/core";

const PROFILES: { names: Record<Language, string>; months: number[] }[] = [
  {
    // 618 in June, 双11 in November, 双12 and year-end in December; the Spring Festival lull in February.
    names: { "zh-CN": "电商大促", en: "Retail peaks" },
    months: [0.9, 0.7, 0.9, 0.9, 1, 1.4, 0.9, 0.9, 1, 1.1, 1.6, 1.3],
  },
  {
    names: { "zh-CN": "暑期旺季", en: "Summer high" },
    months: [0.8, 0.8, 0.9, 0.9, 1, 1.2, 1.4, 1.4, 1, 0.9, 0.9, 0.8],
  },
  { names: { "zh-CN": "平稳", en: "Flat" }, months: Array.from({ length: 12 }, () => 1) },
];

/** Profiles a new workbook starts with when the plan brings none of its own. */
export function defaultSeasonality(lang: Language): SeasonalityProfile[] {
  return PROFILES.map((p) => ({ profile: p.names[lang], months: [...p.months], unreadable: [] }));
}
