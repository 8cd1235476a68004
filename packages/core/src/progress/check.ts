import type { Aggregation } from "../model/enums";
import type { Goal, MonthlyRow, SeasonalityProfile } from "../model/plan";
import type { RuleId } from "../model/rules";
import type { ProgressContext } from "./context";
import type { CheckInput } from "./types";

/*
 * When a goal's status cannot be computed from readable inputs (docs/design.md#status, status `check`): the
 * inputs to fix, each named by the rule of the finding that reports it and its place in the
 * model (row and field), so an adapter can point at the cell. A status computed from part of the
 * inputs — a text Target read as "no target", a text actual skipped, a missing Jan column summed
 * as eleven months — would look like a real one; `check` says instead that it is not.
 *
 * The workbook's Status formula mirrors these cases (packages/workbook/src/formulas/goal.ts); the
 * README lists the few it cannot see.
 */

/** Goal fields that, unreadable, leave the status uncomputable (Dimension, Owner … do not). */
const STATUS_FIELDS = ["aggregation", "direction", "unit", "start", "deadline"] as const;

/** Months whose column is missing from a collection's table (0-based), or null when none is. */
function missingMonths(ctx: ProgressContext, collection: string): readonly string[] | null {
  const missing = ctx.plan.missingColumns[collection];
  if (missing === undefined || missing.length === 0) return null;
  const months = missing.filter((field) => field.startsWith("months."));
  return months.length === 0 ? null : months;
}

export interface CheckArgs {
  goal: Goal;
  /** Index of the goal in plan.goals. */
  row: number;
  /** The goal's idKey. */
  key: string;
  aggregation: Aggregation | null;
  startMonth: number;
  endMonth: number;
  /** Index in plan.actuals of the Actuals row the goal reads, -1 when none. */
  actualsRow: number;
  /** Ratio goals: the Actuals rows of numerator and denominator (-1: none), null when not both valid. */
  ratioRows: readonly [number, number] | null;
}

type Found = CheckInput[] | null;

/** Appends to the list, made on the first problem (most goals have none: no allocation). */
function add(
  out: Found,
  rule: RuleId,
  collection: string,
  index: number | null,
  field: string | null,
): CheckInput[] {
  const list = out ?? [];
  list.push({ rule, collection, index, field });
  return list;
}

/**
 * The inputs that make the goal `check`, or null when its status can be computed. Cheap for the
 * usual goal (a few field tests, no allocation): progress asks it of every goal.
 */
export function checkInputs(ctx: ProgressContext, a: CheckArgs): CheckInput[] | null {
  const { goal, row } = a;
  let out: Found = null;
  const unreadable = goal.unreadable.length > 0 ? goal.unreadable : null;

  if (unreadable !== null)
    for (const field of STATUS_FIELDS)
      if (unreadable.includes(field)) out = add(out, "value.invalid", "goals", row, field);
  if (a.aggregation === null && !(unreadable?.includes("aggregation") ?? false))
    out = add(out, "goal.aggregation.missing", "goals", row, "aggregation");
  if (unreadable?.includes("target")) out = add(out, "goal.target.invalid", "goals", row, "target");
  else if (goal.target === null) out = add(out, "goal.target.missing", "goals", row, "target");
  if (a.aggregation === "last") {
    if (unreadable?.includes("baseline")) out = add(out, "value.invalid", "goals", row, "baseline");
    else if (goal.baseline === null) out = add(out, "goal.baseline.missing", "goals", row, "baseline");
  }
  if (a.aggregation === "ratio" && a.ratioRows === null) {
    const bothBlank =
      (goal.numeratorGoalId ?? "").trim() === "" && (goal.denominatorGoalId ?? "").trim() === "";
    if (!bothBlank) out = add(out, "goal.ratio.components", "goals", row, "numeratorGoalId");
  }
  if (a.aggregation === "sum" || a.aggregation === "last") out = phasingInputs(ctx, a, out);

  // Actuals: a missing month column hides data from every goal (and from the as-of month itself).
  const missing = missingMonths(ctx, "actuals");
  if (missing !== null)
    for (const field of missing) out = add(out, "sheet.column.missing", "actuals", null, field);
  if (a.aggregation !== null && ctx.asOfMonth !== null) {
    if (a.aggregation === "ratio" && a.ratioRows !== null) {
      out = unreadableActuals(ctx, a.ratioRows[0], out);
      out = unreadableActuals(ctx, a.ratioRows[1], out);
    } else {
      out = unreadableActuals(ctx, a.actualsRow, out);
    }
  }
  return out;
}

/** The unreadable months of Actuals row `r` up to the as-of month (N < M). */
function unreadableActuals(ctx: ProgressContext, r: number, out: Found): Found {
  if (r === -1) return out;
  const fields = ctx.plan.actuals[r]!.unreadable;
  if (fields.length === 0) return out;
  const asOf = ctx.asOfMonth ?? 0;
  for (const f of fields)
    if (f.startsWith("months.") && Number(f.slice(7)) < asOf)
      out = add(out, "actual.invalid", "actuals", r, f);
  return out;
}

/**
 * Phasing a sum or last goal needs for its share due (average and ratio goals do not use it):
 * the custom row or profile it names, with usable weights over its active months.
 */
function phasingInputs(ctx: ProgressContext, a: CheckArgs, out: Found): Found {
  const { goal, row } = a;
  const method = ctx.phasing.methodOf(goal.phasing);
  if (method.kind === "linear") return out;
  const custom = method.kind === "custom";
  const weights: MonthlyRow | SeasonalityProfile | undefined = custom
    ? ctx.phasing.rowsByGoal.get(a.key)
    : ctx.phasing.profileOf(method.name);
  if (weights === undefined) return add(out, "phasing.invalid", "goals", row, "phasing");
  if (a.startMonth > a.endMonth) return out;
  const collection = custom ? "phasing" : "settings.seasonality";
  const missing = missingMonths(ctx, custom ? "phasing" : "seasonality");
  if (missing !== null)
    for (const field of missing) out = add(out, "sheet.column.missing", collection, null, field);
  for (const field of weights.unreadable)
    if (field.startsWith("months."))
      out = add(out, "value.invalid", collection, rowIndex(ctx, weights, custom), field);
  let total = 0;
  let negative = false;
  for (let m = a.startMonth; m <= a.endMonth; m++) {
    const w = weights.months[m - 1] ?? 0;
    if (w < 0) negative = true;
    total += w;
  }
  // `!(total > 0)` also catches NaN from a non-finite weight (as phasing/weights.ts does).
  if (negative || !(total > 0))
    out = add(out, "phasing.invalid", collection, rowIndex(ctx, weights, custom), null);
  return out;
}

/**
 * Index of a Phasing row or profile, searched for only to name a problem (a plan of 100k goals
 * has tens of thousands of custom rows; looking each up for every goal would be quadratic).
 */
function rowIndex(ctx: ProgressContext, weights: MonthlyRow | SeasonalityProfile, custom: boolean): number {
  return custom
    ? ctx.plan.phasing.indexOf(weights as MonthlyRow)
    : ctx.plan.settings.seasonality.indexOf(weights as SeasonalityProfile);
}
