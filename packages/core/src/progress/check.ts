import type { Aggregation } from "../model/enums";
import type { Goal, MonthlyRow } from "../model/plan";
import type { RuleId } from "../validation/rules";
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
export function missingMonths(ctx: ProgressContext, collection: string): readonly string[] | null {
  const missing = ctx.plan.missingColumns[collection];
  if (missing === undefined || missing.length === 0) return null;
  const months = missing.filter((field) => field.startsWith("months."));
  return months.length === 0 ? null : months;
}

/** The unreadable `months.N` of a row up to the as-of month (N < M). */
function unreadableUpTo(row: MonthlyRow, asOf: number | null): string[] {
  if (asOf === null || row.unreadable.length === 0) return [];
  return row.unreadable.filter((f) => f.startsWith("months.") && Number(f.slice(7)) < asOf);
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

/**
 * The inputs that make the goal `check`, or null when its status can be computed. Cheap for the
 * usual goal (a few field tests): progress asks it of every goal.
 */
export function checkInputs(ctx: ProgressContext, a: CheckArgs): CheckInput[] | null {
  const { goal, row } = a;
  let out: CheckInput[] | null = null;
  const add = (rule: RuleId, collection: string, index: number | null, field: string | null) => {
    out ??= [];
    out.push({ rule, collection, index, field });
  };
  const unreadable = goal.unreadable.length > 0 ? goal.unreadable : null;
  const cannotRead = (field: string) => unreadable !== null && unreadable.includes(field);

  for (const field of STATUS_FIELDS) if (cannotRead(field)) add("value.invalid", "goals", row, field);
  if (a.aggregation === null && !cannotRead("aggregation"))
    add("goal.aggregation.missing", "goals", row, "aggregation");
  if (cannotRead("target")) add("goal.target.invalid", "goals", row, "target");
  else if (goal.target === null) add("goal.target.missing", "goals", row, "target");
  if (a.aggregation === "last") {
    if (cannotRead("baseline")) add("value.invalid", "goals", row, "baseline");
    else if (goal.baseline === null) add("goal.baseline.missing", "goals", row, "baseline");
  }
  if (a.aggregation === "ratio" && a.ratioRows === null) {
    const bothBlank =
      (goal.numeratorGoalId ?? "").trim() === "" && (goal.denominatorGoalId ?? "").trim() === "";
    if (!bothBlank) add("goal.ratio.components", "goals", row, "numeratorGoalId");
  }
  if (a.aggregation === "sum" || a.aggregation === "last") phasingInputs(ctx, a, add);

  // Actuals: a missing month column hides data from every goal (and from the as-of month itself).
  const missing = missingMonths(ctx, "actuals");
  if (missing !== null) for (const field of missing) add("sheet.column.missing", "actuals", null, field);
  if (a.aggregation !== null) {
    const { plan, asOfMonth } = ctx;
    const rows = a.aggregation === "ratio" && a.ratioRows !== null ? a.ratioRows : [a.actualsRow];
    for (const r of rows) {
      if (r === -1) continue;
      for (const field of unreadableUpTo(plan.actuals[r]!, asOfMonth))
        add("actual.invalid", "actuals", r, field);
    }
  }
  return out;
}

/**
 * Phasing a sum or last goal needs for its share due (average and ratio goals do not use it):
 * the custom row or profile it names, with usable weights over its active months.
 */
function phasingInputs(
  ctx: ProgressContext,
  a: CheckArgs,
  add: (rule: RuleId, collection: string, index: number | null, field: string | null) => void,
): void {
  const { goal, row } = a;
  const method = ctx.phasing.methodOf(goal.phasing);
  if (method.kind === "linear") return;
  const hasActiveMonths = a.startMonth <= a.endMonth;
  let weights: { months: readonly (number | null)[]; unreadable: readonly string[] } | undefined;
  let collection: string;
  let index: number;
  if (method.kind === "custom") {
    weights = ctx.phasing.rowsByGoal.get(a.key);
    collection = "phasing";
    index = weights === undefined ? -1 : ctx.plan.phasing.indexOf(weights as MonthlyRow);
  } else {
    weights = ctx.phasing.profileOf(method.name);
    collection = "settings.seasonality";
    index = weights === undefined ? -1 : ctx.plan.settings.seasonality.findIndex((p) => p === weights);
  }
  if (weights === undefined) {
    add("phasing.invalid", "goals", row, "phasing");
    return;
  }
  if (!hasActiveMonths) return;
  const missing = missingMonths(ctx, method.kind === "custom" ? "phasing" : "seasonality");
  if (missing !== null) for (const field of missing) add("sheet.column.missing", collection, null, field);
  for (const field of weights.unreadable)
    if (field.startsWith("months.")) add("value.invalid", collection, index, field);
  let total = 0;
  let negative = false;
  for (let m = a.startMonth; m <= a.endMonth; m++) {
    const w = weights.months[m - 1] ?? 0;
    if (w < 0) negative = true;
    total += w;
  }
  if (negative || !(total > 0)) add("phasing.invalid", collection, index, null);
}
