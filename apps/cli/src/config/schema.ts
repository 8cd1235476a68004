import {
  Brand,
  BudgetLine,
  Campaign,
  Channel,
  Competitor,
  ContentItem,
  Goal,
  Language,
  Lesson,
  MonthlyRow,
  Objective,
  Persona,
  Plan,
  ReviewRow,
  Risk,
  SeasonalityProfile,
  Settings,
  Strategy,
  Trend,
} from "@planbook/core";
import { z } from "zod";
import { DATE_SCHEMAS } from "./coerce";

/**
 * The config file is the plan model itself, brand by brand: every row schema is core's, made strict
 * (so a misspelt field is an error rather than silently dropped) and without `unreadable`, which
 * only readers of workbooks fill in.
 */
function row<S extends z.ZodObject>(schema: S) {
  const { unreadable: _unused, ...shape } = schema.shape as Record<string, z.ZodType>;
  return z.strictObject(shape as Omit<S["shape"], "unreadable">);
}

/** Every section may be left out: a brand with only an id and a name gets an empty starter plan. */
const list = <S extends z.ZodObject>(schema: S) => z.array(row(schema)).default([]);

const DATE_PATTERN = /^(\d{4}|-)-\d{2}-\d{2}$/;

/** Days in a month; `--MM-DD` is checked against a leap year (29 February exists in some plan years). */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether `YYYY-MM-DD` / `--MM-DD` names a day of the calendar (2027-02-30 does not). */
function isCalendarDate(s: string): boolean {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const year = m[1] === "-" ? 2000 : Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/**
 * A date in the config: `YYYY-MM-DD`, or `--MM-DD` (ISO 8601 month-day) meaning that day in the
 * brand's plan year — so one config serves any `--year`. Checked against the calendar, not only
 * the pattern: `2027-02-30` is an error at its line, never silently 2 March. (Dates typed as in a
 * workbook cell — `2027/3/1`, `3月1日` — are turned into these forms first, by coerce.ts.)
 */
const ConfigDateText = z
  .string()
  .regex(DATE_PATTERN, "expected YYYY-MM-DD or --MM-DD")
  // a text off the pattern is the regex's to report, once
  .refine((s) => !DATE_PATTERN.test(s) || isCalendarDate(s), { params: { id: "config.notCalendarDate" } });
DATE_SCHEMAS.add(ConfigDateText);

const ConfigDate = ConfigDateText.nullable().default(null);

/** Date fields of the rows, which take ConfigDate instead of core's IsoDate. */
const withConfigDates = <S extends z.ZodObject>(schema: S, fields: readonly string[]) =>
  row(schema).extend(Object.fromEntries(fields.map((f) => [f, ConfigDate])));

const settingsConfig = z.strictObject({
  ...Settings.shape,
  seasonality: z.array(row(SeasonalityProfile)).default([]),
});

export const BrandConfig = z.strictObject({
  ...Brand.shape,
  language: Language.optional(),
  year: Plan.shape.year.optional(),
  settings: settingsConfig.optional(),
  channels: list(Channel),
  review: list(ReviewRow),
  lessons: list(Lesson),
  trends: list(Trend),
  competitors: list(Competitor),
  personas: list(Persona),
  objectives: list(Objective),
  goals: z.array(withConfigDates(Goal, ["start", "deadline"])).default([]),
  strategies: list(Strategy),
  phasing: list(MonthlyRow),
  actuals: list(MonthlyRow),
  campaigns: z.array(withConfigDates(Campaign, ["start", "end"])).default([]),
  content: z.array(withConfigDates(ContentItem, ["date"])).default([]),
  budget: list(BudgetLine),
  risks: list(Risk),
});
export type BrandConfig = z.infer<typeof BrandConfig>;

export const PlanbookConfig = z.strictObject({
  year: Plan.shape.year.optional(),
  language: Language.optional(),
  brands: z.array(BrandConfig).min(1),
});
export type PlanbookConfig = z.infer<typeof PlanbookConfig>;
