import * as z from "zod";
import { Aggregation, Dimension, Direction, Language, Unit } from "../model/enums";

/**
 * Every goal status the roll-up counts. `check` (docs/design.md#status: inputs that cannot be read) is listed
 * here even while the engine's own status list may not have it yet, so the JSON always has the key.
 */
export const PortfolioStatus = z.enum([
  "achieved",
  "on_track",
  "at_risk",
  "off_track",
  "not_started",
  "check",
]);
export type PortfolioStatus = z.infer<typeof PortfolioStatus>;

/** Statuses that put a goal on the lead's watch list, worst first. */
export const WATCH_STATUSES = ["off_track", "at_risk", "check"] as const satisfies readonly PortfolioStatus[];

export const StatusCounts = z.object({
  achieved: z.number().int(),
  on_track: z.number().int(),
  at_risk: z.number().int(),
  off_track: z.number().int(),
  not_started: z.number().int(),
  check: z.number().int(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

export const SeverityCounts = z.object({
  error: z.number().int(),
  warning: z.number().int(),
  info: z.number().int(),
});
export type SeverityCounts = z.infer<typeof SeverityCounts>;

export const PortfolioThresholds = z.object({ onTrack: z.number(), atRisk: z.number() });
export type PortfolioThresholds = z.infer<typeof PortfolioThresholds>;

/** A brand's roll-up cell: exactly the numbers of that file's `progress`. */
const BrandDimension = z.object({
  dimension: Dimension,
  attainment: z.number().nullable(),
  status: PortfolioStatus,
  /** Its `check` goals, left out of the attainment (as in `progress --json`). */
  leftOut: z.number().int(),
});

const BrandChannel = z.object({
  /** As the brand's workbook spells it; null = goals for all channels. */
  channel: z.string().nullable(),
  attainment: z.number().nullable(),
  status: PortfolioStatus,
  leftOut: z.number().int(),
});

/** An at-risk, off-track or check goal, with what the lead needs to chase it. */
export const WatchGoal = z.object({
  id: z.string(),
  metric: z.string().nullable(),
  dimension: Dimension.nullable(),
  channel: z.string().nullable(),
  owner: z.string().nullable(),
  unit: Unit,
  aggregation: Aggregation.nullable(),
  direction: Direction.nullable(),
  status: PortfolioStatus,
  target: z.number().nullable(),
  ytdTarget: z.number().nullable(),
  ytdActual: z.number().nullable(),
  attainment: z.number().nullable(),
  forecast: z.number().nullable(),
  /**
   * How far the year-to-date actual is behind the year-to-date target, in the goal's unit
   * (positive = behind; for a decrease goal the excess over it). null without both numbers.
   */
  gapToYtdTarget: z.number().nullable(),
  /** How far the year-to-date actual still is from the year's target (positive = still to go). */
  gapToTarget: z.number().nullable(),
  /**
   * For a `check` goal: what to fix, from the brand's own findings about the goal's unreadable
   * inputs (rule, the cell in that workbook, the message); empty otherwise.
   */
  fix: z.array(
    z.object({
      rule: z.string(),
      sheet: z.string().nullable(),
      cell: z.string().nullable(),
      message: z.string(),
    }),
  ),
});
export type WatchGoal = z.infer<typeof WatchGoal>;

const BrandHead = z.object({
  file: z.string(),
  brand: z.string().nullable(),
  brandId: z.string().nullable(),
  year: z.number().int().nullable(),
  language: Language.nullable(),
  asOfMonth: z.number().int().min(1).max(12).nullable(),
});

/** One brand workbook that could be read. */
export const BrandSummary = BrandHead.extend({
  attainment: z.number().nullable(),
  status: PortfolioStatus,
  thresholds: PortfolioThresholds,
  dimensions: z.array(BrandDimension),
  channels: z.array(BrandChannel),
  goals: StatusCounts,
  findings: SeverityCounts,
  watch: z.array(WatchGoal),
  error: z.null(),
});
export type BrandSummary = z.infer<typeof BrandSummary>;

/** A file that could not be read: listed with its reason, left out of every roll-up. */
export const BrandFailure = BrandHead.extend({
  attainment: z.null(),
  status: z.null(),
  dimensions: z.array(BrandDimension).length(0),
  channels: z.array(BrandChannel).length(0),
  goals: z.null(),
  findings: z.null(),
  watch: z.array(WatchGoal).length(0),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type BrandFailure = z.infer<typeof BrandFailure>;

export const BrandEntry = z.union([BrandSummary, BrandFailure]);
export type BrandEntry = z.infer<typeof BrandEntry>;

/** A portfolio roll-up: equal-weight mean over the brands that have a number for it. */
export const PortfolioRollUp = z.object({
  attainment: z.number().nullable(),
  status: PortfolioStatus,
  /** Brands whose number went into the mean. */
  brands: z.number().int(),
});
export type PortfolioRollUp = z.infer<typeof PortfolioRollUp>;

/** Something the lead should know about the set of files (errors as values, worded at the edge). */
export const PortfolioNote = z.object({
  rule: z.enum([
    "portfolio.years.mixed",
    "portfolio.as-of.mixed",
    "portfolio.languages.mixed",
    "portfolio.thresholds.mixed",
    "portfolio.brand.duplicate",
    "portfolio.file.unreadable",
    "portfolio.brand.no-data",
  ]),
  severity: z.enum(["error", "warning", "info"]),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type PortfolioNote = z.infer<typeof PortfolioNote>;

export const WatchItem = WatchGoal.extend({
  file: z.string(),
  brand: z.string().nullable(),
  brandId: z.string().nullable(),
});
export type WatchItem = z.infer<typeof WatchItem>;

export const Portfolio = z.object({
  /** The brands' common as-of month; when they differ, the latest (and a note says so). */
  asOfMonth: z.number().int().min(1).max(12).nullable(),
  asOfMonths: z.array(z.number().int()),
  years: z.array(z.number().int()),
  languages: z.array(Language),
  thresholds: PortfolioThresholds,
  attainment: z.number().nullable(),
  status: PortfolioStatus,
  brands: z.array(BrandEntry),
  dimensions: z.array(PortfolioRollUp.extend({ dimension: Dimension })),
  channels: z.array(PortfolioRollUp.extend({ channel: z.string().nullable() })),
  goals: StatusCounts,
  findings: SeverityCounts,
  watch: z.array(WatchItem),
  notes: z.array(PortfolioNote),
});
export type Portfolio = z.infer<typeof Portfolio>;
