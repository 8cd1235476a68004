import * as z from "zod";

/** The closed lists of docs/design.md#lists. Keys are stable; labels live in ../i18n. */
export const Dimension = z.enum(["growth", "content", "conversion", "brand"]);
export type Dimension = z.infer<typeof Dimension>;

export const Aggregation = z.enum(["sum", "last", "average", "ratio"]);
export type Aggregation = z.infer<typeof Aggregation>;

export const Direction = z.enum(["increase", "decrease"]);
export type Direction = z.infer<typeof Direction>;

export const Unit = z.enum(["count", "percent", "currency", "index"]);
export type Unit = z.infer<typeof Unit>;

/**
 * `check`: the goal's status cannot be computed from readable inputs (docs/design.md#status); it is left out
 * of every roll-up and its result names the cells to fix.
 */
export const GoalStatus = z.enum(["achieved", "on_track", "at_risk", "off_track", "not_started", "check"]);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const CampaignStatus = z.enum(["idea", "planned", "running", "done", "cancelled"]);
export type CampaignStatus = z.infer<typeof CampaignStatus>;

export const ContentStage = z.enum(["topic", "planning", "creating", "review", "published"]);
export type ContentStage = z.infer<typeof ContentStage>;

export const StrategyArea = z.enum(["content", "growth", "private", "channel", "campaign"]);
export type StrategyArea = z.infer<typeof StrategyArea>;

export const ChannelRole = z.enum(["core", "growth", "explore", "sunset"]);
export type ChannelRole = z.infer<typeof ChannelRole>;

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

export const SmartLetter = z.enum(["S", "M", "A", "R", "T"]);
export type SmartLetter = z.infer<typeof SmartLetter>;

export const Language = z.enum(["zh-CN", "en"]);
export type Language = z.infer<typeof Language>;

/** Every closed list by name, for renderers (dropdowns) and readers (label → key). */
export const enumLists = {
  dimension: Dimension,
  aggregation: Aggregation,
  direction: Direction,
  unit: Unit,
  goalStatus: GoalStatus,
  campaignStatus: CampaignStatus,
  contentStage: ContentStage,
  strategyArea: StrategyArea,
  channelRole: ChannelRole,
} as const;
export type EnumListName = keyof typeof enumLists;
