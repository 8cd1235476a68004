import * as z from "zod";
import { Aggregation, Dimension, Direction, GoalStatus } from "../model/enums";

/**
 * An input that keeps a goal's status from being computed (status `check`): the rule of the
 * finding that reports it and where it is — a row of a collection and its field (`months.2`), or
 * with `index` null a column the table lacks. Adapters turn it into a cell address.
 */
export const CheckInput = z.object({
  rule: z.string(),
  collection: z.string(),
  index: z.number().int().min(0).nullable(),
  field: z.string().nullable(),
});
export type CheckInput = z.infer<typeof CheckInput>;

/** One goal's progress: the `goals[]` element of `planbook progress --json` (docs/design.md#cli-json). */
export const GoalProgress = z.object({
  id: z.string(),
  objective: z.string().nullable(),
  dimension: Dimension.nullable(),
  metric: z.string().nullable(),
  channel: z.string().nullable(),
  aggregation: Aggregation.nullable(),
  direction: Direction.nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  ytdTarget: z.number().nullable(),
  ytdActual: z.number().nullable(),
  attainment: z.number().nullable(),
  progress: z.number().nullable(),
  forecast: z.number().nullable(),
  status: GoalStatus,
  /** With status `check`: what to fix (never empty); null otherwise. */
  fix: z.array(CheckInput).nullable(),
});
export type GoalProgress = z.infer<typeof GoalProgress>;

export const RollUp = z.object({
  attainment: z.number().nullable(),
  status: GoalStatus,
  /** Goals with data that went into the weighted mean. */
  goals: z.number().int(),
  /** Goals of the group left out because their status is `check` (their inputs need fixing). */
  leftOut: z.number().int(),
});
export type RollUp = z.infer<typeof RollUp>;

export const PlanProgress = z.object({
  /** null when there is no AsOfMonth and no actual at all. */
  asOfMonth: z.number().int().min(1).max(12).nullable(),
  goals: z.array(GoalProgress),
  objectives: z.array(RollUp.extend({ id: z.string() })),
  dimensions: z.array(RollUp.extend({ dimension: Dimension })),
  channels: z.array(RollUp.extend({ channel: z.string().nullable() })),
  brand: RollUp,
});
export type PlanProgress = z.infer<typeof PlanProgress>;
