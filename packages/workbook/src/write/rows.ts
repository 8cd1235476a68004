import {
  enumLabel,
  type Goal,
  type Language,
  memoizedFindMetric,
  PHASING_LABELS,
  type Plan,
  PUNCTUATION,
  phasingMethod,
  resolveGoal,
} from "@planbook/core";
import { isoDateToSerial } from "../cells/date";
import type { RawCell } from "../grid/raw";
import { TABLES } from "../layout/spec";
import type { ColumnSpec, TableSpec } from "../layout/types";

/** Separator of the ids or names of a list cell, as operators of that language type it. */
function listSeparator(lang: Language): string {
  return PUNCTUATION.listSeparator[lang];
}

type Row = Record<string, unknown>;

/** `months.3` → row.months[3]; `quarters.1` → row.quarters[1]; else the field. */
function fieldValue(row: Row, key: string): unknown {
  const indexed = /^(\w+)\.(\d+)$/.exec(key);
  if (indexed) {
    const list = row[indexed[1]!];
    return Array.isArray(list) ? list[Number(indexed[2])] : undefined;
  }
  return row[key];
}

function phasingCell(value: unknown, lang: Language): RawCell {
  if (typeof value !== "string" || value.trim() === "") return null;
  const method = phasingMethod(value);
  return method.kind === "profile" ? method.name : PHASING_LABELS[method.kind][lang];
}

/**
 * One cell as the workbook shows it: enum keys become labels of the workbook language, dates
 * Excel serials (the renderer gives them a date format), lists one text joined with the
 * language's separator; tool-owned columns are left null for the renderer to fill with formulas.
 */
function cellOf(column: ColumnSpec, value: unknown, lang: Language): RawCell {
  const kind = column.kind;
  if (column.toolOwned || kind.type === "formula") return null;
  if (value === null || value === undefined) return null;
  switch (kind.type) {
    case "enum":
      return typeof value === "string" ? enumLabel(kind.list, value, lang) : null;
    case "phasing":
      return phasingCell(value, lang);
    case "date":
      return typeof value === "string" ? isoDateToSerial(value) : null;
    case "idList":
      return Array.isArray(value) && value.length > 0 ? value.join(listSeparator(lang)) : null;
    case "count":
    case "decimal":
    case "percent":
    case "currency":
    case "goalValue":
      return typeof value === "number" && Number.isFinite(value) ? value : null;
    default:
      return typeof value === "string" ? value : typeof value === "number" ? String(value) : null;
  }
}

/**
 * A goal as written: blank Dimension / Aggregation / Unit / Direction show the values the engine
 * uses (its metric's catalog entry, else increase / count), so the workbook's formulas, which
 * cannot see the catalog, compute what the engine computes and the operator sees the choice.
 */
function withResolvedDefaults(goal: Goal, lookup: ReturnType<typeof memoizedFindMetric>): Goal {
  const resolved = resolveGoal(goal, lookup);
  return {
    ...goal,
    dimension: resolved.dimension,
    aggregation: resolved.aggregation,
    unit: resolved.unit,
    direction: resolved.direction,
  };
}

function collectionRows(plan: Plan, table: TableSpec): Row[] {
  if (table.collection === "seasonality") return plan.settings.seasonality as unknown as Row[];
  if (table.collection === "goals") {
    const lookup = memoizedFindMetric();
    return plan.goals.map((g) => withResolvedDefaults(g, lookup)) as unknown as Row[];
  }
  return plan[table.collection] as unknown as Row[];
}

export function tableRows(plan: Plan, table: TableSpec, lang: Language): RawCell[][] {
  const rows = collectionRows(plan, table).map((row) =>
    table.columns.map((column) => cellOf(column, fieldValue(row, column.key), lang)),
  );
  // An Excel table needs at least one body row (a table with none is a corrupt file).
  return rows.length > 0 ? rows : [table.columns.map(() => null)];
}

/**
 * Every table of the layout as rows of cells in spec column order, keyed by table name; each
 * table has at least one (possibly empty) row. Strings are text: writers that interpret text as
 * formulas (Office.js) pass the rows through `sanitizeRows` first.
 */
export function planToTableRows(plan: Plan, lang: Language): Record<string, RawCell[][]> {
  return Object.fromEntries(TABLES.map((t) => [t.name, tableRows(plan, t, lang)]));
}
