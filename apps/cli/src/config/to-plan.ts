import { type Language, Plan } from "@planbook/core";
import type { BrandConfig, PlanbookConfig } from "./schema";

export interface PlanOverrides {
  /** --year: wins over the config for every brand. */
  year?: number;
  /** --lang: wins over the config for every brand. */
  language?: Language;
  /** Used when neither the command line nor the config names a year (next year, from the clock). */
  defaultYear: number;
}

/** One brand of the config as a Plan; precedence: command line, brand, config, default. */
export function brandToPlan(config: PlanbookConfig, brand: BrandConfig, o: PlanOverrides): Plan {
  const { id, name, industry, language, year, settings, goals, campaigns, content, ...collections } = brand;
  const planYear = o.year ?? year ?? config.year ?? o.defaultYear;
  const inYear = (d: string | null | undefined) =>
    d?.startsWith("--") ? `${planYear}${d.slice(1)}` : (d ?? null);
  return Plan.parse({
    brand: { id, name, industry },
    year: planYear,
    goals: goals.map((g) => ({ ...g, start: inYear(g.start), deadline: inYear(g.deadline) })),
    campaigns: campaigns?.map((c) => ({ ...c, start: inYear(c.start), end: inYear(c.end) })),
    content: content?.map((c) => ({ ...c, date: inYear(c.date) })),
    language: o.language ?? language ?? config.language ?? "zh-CN",
    ...(settings ? { settings } : {}),
    ...collections,
  });
}

export function configToPlans(config: PlanbookConfig, o: PlanOverrides): Plan[] {
  return config.brands.map((b) => brandToPlan(config, b, o));
}
