import * as z from "zod";
import {
  Aggregation,
  CampaignStatus,
  ChannelRole,
  ContentStage,
  Dimension,
  Direction,
  Language,
  StrategyArea,
  Unit,
} from "./enums";

/**
 * The plan model. It must be able to hold a half-filled or wrong plan, because validation runs
 * on exactly that: so most fields are nullable, and a value that was present in the source but
 * could not be read is named in the row's `unreadable` list (the reader has reported it already;
 * validation then does not also call it "missing").
 */

/** ISO calendar date `YYYY-MM-DD` (no time, no zone: the plan lives in months and days). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
export type IsoDate = z.infer<typeof IsoDate>;

const text = z.string().nullable().default(null);
const num = z.number().nullable().default(null);
const date = IsoDate.nullable().default(null);
const ids = z.array(z.string()).default([]);
const unreadable = z.array(z.string()).default([]);

/** Twelve monthly values, index 0 = January; null = no value (blank is no data, never zero). */
export const MonthlyValues = z.array(z.number().nullable()).length(12);
export type MonthlyValues = z.infer<typeof MonthlyValues>;

export const SeasonalityProfile = z.object({
  profile: z.string(),
  months: MonthlyValues,
  unreadable,
});
export type SeasonalityProfile = z.infer<typeof SeasonalityProfile>;

export const Settings = z.object({
  asOfMonth: z.number().int().min(1).max(12).nullable().default(null),
  onTrackThreshold: z.number().default(0.95),
  atRiskThreshold: z.number().default(0.8),
  maxGrowth: z.number().default(3),
  currency: z.string().default("CNY"),
  seasonality: z.array(SeasonalityProfile).default([]),
});
export type Settings = z.infer<typeof Settings>;

export const Brand = z.object({
  /** File-name safe id, e.g. `lumen-coffee`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and hyphens"),
  name: z.string().min(1),
  industry: text,
});
export type Brand = z.infer<typeof Brand>;

export const Objective = z.object({
  id: z.string().default(""),
  objective: text,
  role: text,
  weight: num,
  unreadable,
});
export type Objective = z.infer<typeof Objective>;

export const Goal = z.object({
  id: z.string().default(""),
  objectiveId: text,
  dimension: Dimension.nullable().default(null),
  metric: text,
  /** Channel name from the channel matrix; null = all channels. */
  channel: text,
  unit: Unit.nullable().default(null),
  aggregation: Aggregation.nullable().default(null),
  direction: Direction.nullable().default(null),
  baseline: num,
  target: num,
  start: date,
  deadline: date,
  /** `linear` (default when blank), `custom`, or a seasonality profile name. */
  phasing: text,
  owner: text,
  strategyIds: ids,
  numeratorGoalId: text,
  denominatorGoalId: text,
  weight: num,
  notes: text,
  unreadable,
});
export type Goal = z.infer<typeof Goal>;

/** A goal's monthly row in Actuals or Phasing. */
export const MonthlyRow = z.object({
  goalId: z.string().default(""),
  months: MonthlyValues,
  unreadable,
});
export type MonthlyRow = z.infer<typeof MonthlyRow>;

export const Strategy = z.object({
  id: z.string().default(""),
  area: StrategyArea.nullable().default(null),
  strategy: text,
  description: text,
  goalIds: ids,
  owner: text,
  keyActions: text,
  unreadable,
});
export type Strategy = z.infer<typeof Strategy>;

export const Channel = z.object({
  channel: z.string().default(""),
  platform: text,
  account: text,
  positioning: text,
  role: ChannelRole.nullable().default(null),
  postsPerWeek: num,
  owner: text,
  followersBaseline: num,
  /** Blank = the default capacity of 2. */
  maxConcurrentCampaigns: num,
  unreadable,
});
export type Channel = z.infer<typeof Channel>;

export const Campaign = z.object({
  id: z.string().default(""),
  name: text,
  type: text,
  keyDate: text,
  start: date,
  end: date,
  channels: ids,
  goalIds: ids,
  budget: num,
  owner: text,
  status: CampaignStatus.nullable().default(null),
  unreadable,
});
export type Campaign = z.infer<typeof Campaign>;

export const ContentItem = z.object({
  date,
  channel: text,
  topic: text,
  format: text,
  series: text,
  stage: ContentStage.nullable().default(null),
  owner: text,
  link: text,
  goalId: text,
  unreadable,
});
export type ContentItem = z.infer<typeof ContentItem>;

export const BudgetLine = z.object({
  category: text,
  item: text,
  /** Q1..Q4 planned amounts. */
  quarters: z.array(z.number().nullable()).length(4).default([null, null, null, null]),
  planned: num,
  /** Cost incurred or committed for the item. */
  actual: num,
  owner: text,
  /**
   * Paid out to date (Spent / 已支出, issue #11): the budget summary's spent, remaining and
   * execution rate. Appended after Owner so older readers and layouts keep working.
   */
  spent: num,
  unreadable,
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const ReviewRow = z.object({
  metric: text,
  channel: text,
  target: num,
  actual: num,
  attainment: num,
  analysis: text,
  unreadable,
});
export type ReviewRow = z.infer<typeof ReviewRow>;

export const Lesson = z.object({
  /** e.g. highlight / shortfall (free text). */
  type: text,
  finding: text,
  rootCause: text,
  action: text,
  unreadable,
});
export type Lesson = z.infer<typeof Lesson>;

export const Trend = z.object({
  trend: text,
  platform: text,
  evidence: text,
  implication: text,
  unreadable,
});
export type Trend = z.infer<typeof Trend>;

export const Competitor = z.object({
  competitor: text,
  channels: text,
  content: text,
  interaction: text,
  campaigns: text,
  takeaway: text,
  unreadable,
});
export type Competitor = z.infer<typeof Competitor>;

export const Persona = z.object({
  persona: text,
  demographics: text,
  psychographics: text,
  mediaHabits: text,
  painPoints: text,
  needs: text,
  unreadable,
});
export type Persona = z.infer<typeof Persona>;

export const Risk = z.object({
  risk: text,
  likelihood: text,
  impact: text,
  mitigation: text,
  owner: text,
  unreadable,
});
export type Risk = z.infer<typeof Risk>;

/**
 * Input columns the source lacks, by collection (`actuals`, `phasing`, …): model field keys as
 * findings use them (`months.0` = January). A plan read from a workbook whose Actuals has no
 * "Jan" column says so here, so progress can call its goals `check` instead of silently summing
 * fewer months; a missing table lists all its input columns. Empty for plans built from config.
 */
const MissingColumns = z.record(z.string(), z.array(z.string()));

export const Plan = z.object({
  brand: Brand,
  year: z.number().int().min(2000).max(2100),
  language: Language.default("zh-CN"),
  // jitless: one parse at import, which zod's compiled parser would cost more than it saves
  settings: Settings.default(Settings.parse({}, { jitless: true })),
  review: z.array(ReviewRow).default([]),
  lessons: z.array(Lesson).default([]),
  trends: z.array(Trend).default([]),
  competitors: z.array(Competitor).default([]),
  personas: z.array(Persona).default([]),
  objectives: z.array(Objective).default([]),
  goals: z.array(Goal).default([]),
  phasing: z.array(MonthlyRow).default([]),
  actuals: z.array(MonthlyRow).default([]),
  strategies: z.array(Strategy).default([]),
  channels: z.array(Channel).default([]),
  campaigns: z.array(Campaign).default([]),
  content: z.array(ContentItem).default([]),
  budget: z.array(BudgetLine).default([]),
  risks: z.array(Risk).default([]),
  missingColumns: MissingColumns.default({}),
});
export type Plan = z.infer<typeof Plan>;
/** What callers may pass: every defaulted field optional. */
export type PlanInput = z.input<typeof Plan>;

/** The row collections of a plan; a finding points at one of these by name, index and field. */
export type PlanCollection = Exclude<
  keyof Plan,
  "brand" | "year" | "language" | "settings" | "missingColumns"
>;
