import { idKey, type Language, memoizedFindMetric, type Plan, resolveGoal, type Unit } from "@planbook/core";
import { goalRowFormulas, type ToolFormulaId } from "../formulas/goal";
import type { FormulaRefs } from "../formulas/refs";
import { a1, columnLetters } from "../grid/a1";
import type { RawCell } from "../grid/raw";
import type { TableName } from "../grid/table-names";
import { BUDGET_SUMMARY_TEXT, type BudgetSummaryRow, budgetSummaryRows } from "../layout/budget";
import { type ColumnCheck, tableColumnCheck } from "../layout/checks";
import { HEADER_COLOUR, type RgbHex, TOOL_COLOUR, TOOL_HEADER_COLOUR } from "../layout/colours";
import { CAPTION_CELL_FONT, type CellFont, HEADER_CELL_FONT, HELP_CELL_FONT } from "../layout/fonts";
import {
  columnKindFormat,
  currencyFormat,
  GOAL_VALUE_TOOL_COLUMNS,
  PERCENT_FORMAT,
  RATIO_TOOL_COLUMNS,
  unitFormat,
} from "../layout/formats";
import { SPARE_ROWS, TABLE_HEADER_ROW } from "../layout/grid";
import { PHASING_LIST_COLUMN } from "../layout/lists";
import { SEASONALITY_HEADER_ROW } from "../layout/settings";
import { SHEETS } from "../layout/spec";
import { defaultRefs, structuredTableRefs } from "../layout/table-refs";
import type { ColumnSpec, SheetSpec, TableSpec } from "../layout/types";
import { type WeekView, weekView } from "../layout/week-view";
import { planToTableRows } from "../write/rows";
import { type DashboardFrame, dashboardFrame } from "./dashboard-frame";
import { placeSettings, type SettingsPlacement } from "./settings";
import type { CellText, StyledText } from "./texts";
import { displayWidth, fitColumn } from "./widths";

/**
 * Where every table, caption and computed column of the plan workbook goes, worked out once from
 * the layout spec for one plan and language. The renderers — the exceljs generator and the
 * add-in's Create plan sheets — only apply it, so they cannot place anything differently.
 */

/** A tool-owned formula of every body row, without `=`. */
interface ColumnFormula {
  /** In A1 notation, for the cell in worksheet row `row`. */
  a1(row: number): string;
  /**
   * In R1C1 notation: one text for every row. Same-row references are relative (`RC[-3]`), so the
   * cell holds what the A1 text says (`A5`, not `$A5`).
   */
  r1c1: string;
}

export interface PlacementColumn {
  spec: ColumnSpec;
  /** 1-based worksheet column. */
  column: number;
  letter: string;
  header: string;
  /** Width in characters (at least the spec's, fitted to the header and the text written). */
  width: number;
  /** Text longer than the widest column wraps. */
  wrap: boolean;
  hidden: boolean;
  toolOwned: boolean;
  /**
   * The operator types in the body cells: they are unlocked, so protecting the sheet still lets
   * them be edited while the tool-owned cells stay locked (Excel locks every cell by default).
   */
  unlocked: boolean;
  /** Fill of the body cells: tool-owned grey, so operators see what not to type over; null for none. */
  fill: RgbHex | null;
  /** Fill of the header cell: the header blue, or dark grey over a tool-owned column. */
  headerFill: RgbHex;
  /** Number format of body row `bodyIndex` (0-based); goal values follow each goal's unit. */
  numberFormat(bodyIndex: number): string | undefined;
  /** Input check (dropdown, number, date) over the body and spare rows; null for tool-owned columns. */
  check: ColumnCheck | null;
  /** The formula of a tool-owned column, in every body row. */
  formula: ColumnFormula | null;
}

/** Planned total, spent, remaining and execution rate right of tblBudget. */
export interface BudgetSummaryPlacement {
  title: CellText;
  /** Label column, value column (both header-styled in the title row). */
  labelColumn: number;
  valueColumn: number;
  rows: (BudgetSummaryRow & { row: number; format: string })[];
  /** Width of both columns in characters. */
  width: number;
  /** The title row's two cells: header-styled, as a table's header. */
  headerFont: CellFont;
  headerFill: RgbHex;
  /** The value cells are tool-owned formulas. */
  valueFill: RgbHex;
}

/** Conditional status fills over a Status column's body and spare rows. */
export interface StatusFillsPlacement {
  column: number;
  firstRow: number;
  lastRow: number;
}

export interface PlacementTable {
  spec: TableSpec;
  name: TableName;
  /** In the two rows above the header row, never inside the table (PITFALLS: ej#2134). */
  caption: StyledText;
  help: StyledText;
  headerRow: number;
  /** Font of the header cells (also where the table style would give it: so every application shows it). */
  headerFont: CellFont;
  firstColumn: number;
  lastColumn: number;
  /** Body values in spec column order (tool-owned cells null: the formula goes there). */
  rows: RawCell[][];
  firstRow: number;
  lastRow: number;
  /** Last row the input checks and status fills reach: rows typed below the table keep them. */
  checkedLastRow: number;
  columns: PlacementColumn[];
  /** 1-based worksheet column of a spec column. */
  columnOf(key: string): number;
  statusFills: StatusFillsPlacement | null;
  weekView: WeekView | null;
  budgetSummary: BudgetSummaryPlacement | null;
}

interface PlacementSheet {
  spec: SheetSpec;
  name: string;
  tables: PlacementTable[];
  /** Frozen panes of a table sheet: rows down to the header row, and its ID columns. */
  freeze: { rows: number; columns: number } | null;
  /** The Settings sheet's named settings and list helper column; null on other sheets. */
  settings: SettingsPlacement | null;
  /** The Dashboard's title, as-of month, note, roll-up headers and chart goal picker; null on other sheets. */
  dashboard: DashboardFrame | null;
  /** Widths (characters) of columns outside the tables: the Settings sheet's label, value, help and list columns. */
  columnWidths: { column: number; width: number }[];
}

export interface WorkbookPlacement {
  sheets: PlacementSheet[];
  /** Every placed table by name. */
  table(name: TableName): PlacementTable;
}

/**
 * Blank goal rows that already carry the tool-owned formulas (they show nothing until a goal is
 * typed in): neither renderer can write calculated-column formulas that Excel extends to new rows
 * (exceljs: ej#1417), so a row the operator adds below would otherwise stay without formulas until
 * the add-in refreshes. Readers skip blank rows.
 */
export const SPARE_FORMULA_ROWS = 20;

/** Columns whose values are text a reader reads in full: their width follows the content. */
const TEXT_KINDS: ReadonlySet<string> = new Set(["text", "id", "idList", "enum", "phasing"]);

/** Width of the budget summary's two columns, in characters. */
const BUDGET_SUMMARY_WIDTH = 16;

/** Header row of the tables of a sheet kind (tables sit side by side in that row). */
function headerRowOf(sheet: SheetSpec): number {
  return sheet.kind === "settings" ? SEASONALITY_HEADER_ROW : TABLE_HEADER_ROW;
}

function goalUnits(plan: Plan): Map<string, Unit> {
  const lookup = memoizedFindMetric();
  const units = new Map<string, Unit>();
  for (const goal of plan.goals) {
    const key = idKey(goal.id);
    if (key !== "" && !units.has(key)) units.set(key, resolveGoal(goal, lookup).unit);
  }
  return units;
}

/** What the columns of every table draw on, worked out once per workbook. */
interface Context {
  plan: Plan;
  lang: Language;
  rowsByTable: Record<string, RawCell[][]>;
  units: Map<string, Unit>;
}

/** Tables with tool-owned formulas get SPARE_FORMULA_ROWS blank rows below their data. */
function bodyRows(spec: TableSpec, rows: RawCell[][], dataRows: number): RawCell[][] {
  if (!spec.columns.some((c) => c.kind.type === "formula")) return rows;
  const filled = rows.slice(0, dataRows);
  while (filled.length < dataRows + SPARE_FORMULA_ROWS) filled.push(spec.columns.map(() => null));
  return filled;
}

/**
 * Number format of a column's body rows: by the column's kind, except goal values (and the
 * tool-owned numbers in a goal's unit), which follow the unit of the row's goal — the goal itself
 * in tblGoals, the goal the row names in tblActuals.
 */
function numberFormatOf(
  ctx: Context,
  spec: TableSpec,
  column: ColumnSpec,
): (bodyIndex: number) => string | undefined {
  const { plan, lang, units } = ctx;
  const currency = plan.settings.currency;
  const byKind = columnKindFormat(column, lang, currency);
  const ofGoal = (goalId: string) => unitFormat(units.get(idKey(goalId)) ?? "count", lang, currency);
  if (spec.collection === "goals") {
    if (RATIO_TOOL_COLUMNS.has(column.key)) return () => PERCENT_FORMAT;
    if (column.kind.type !== "goalValue" && !GOAL_VALUE_TOOL_COLUMNS.has(column.key)) return () => byKind;
    // Spare rows have no goal yet: no format until one is typed (the unit decides).
    return (i) => {
      const goal = plan.goals[i];
      return goal ? ofGoal(goal.id) : undefined;
    };
  }
  if (spec.collection === "actuals" && column.kind.type === "goalValue") {
    return (i) => {
      const row = plan.actuals[i];
      return row ? ofGoal(row.goalId) : byKind;
    };
  }
  return () => byKind;
}

/** Tool-owned formulas of tblGoals (the only table that has them), A1 per row and R1C1 once. */
function formulasOf(
  spec: TableSpec,
  firstColumn: number,
  lang: Language,
): (column: ColumnSpec) => ColumnFormula | null {
  if (!spec.columns.some((c) => c.kind.type === "formula")) return () => null;
  const r1c1Of = (column: number): FormulaRefs => ({
    ...structuredTableRefs(lang),
    goalCell: (key) => {
      const offset = firstColumn + spec.columns.findIndex((c) => c.key === key) - column;
      return offset === 0 ? "RC" : `RC[${offset}]`;
    },
  });
  // One build per row serves all its tool columns (the generator asks column by column).
  let built: { row: number; formulas: Record<ToolFormulaId, string> } | null = null;
  const atRow = (row: number) => {
    if (built?.row !== row)
      built = { row, formulas: goalRowFormulas(defaultRefs(lang, row, firstColumn), lang) };
    return built.formulas;
  };
  return (column) => {
    if (column.kind.type !== "formula") return null;
    const id = column.kind.formula;
    const at = firstColumn + spec.columns.indexOf(column);
    return { a1: (row) => atRow(row)[id], r1c1: goalRowFormulas(r1c1Of(at), lang)[id] };
  };
}

function budgetSummary(
  ctx: Context,
  table: { headerRow: number; lastColumn: number },
): BudgetSummaryPlacement {
  const labelColumn = table.lastColumn + 2;
  const valueColumn = labelColumn + 1;
  const first = table.headerRow + 1;
  const rows = budgetSummaryRows(structuredTableRefs(ctx.lang), ctx.lang, (i) => a1(first + i, valueColumn));
  const money = currencyFormat(ctx.plan.settings.currency, ctx.lang);
  return {
    title: { row: table.headerRow, column: labelColumn, text: BUDGET_SUMMARY_TEXT[ctx.lang].title },
    labelColumn,
    valueColumn,
    rows: rows.map((r, i) => ({ ...r, row: first + i, format: r.kind === "ratio" ? PERCENT_FORMAT : money })),
    width: BUDGET_SUMMARY_WIDTH,
    headerFont: HEADER_CELL_FONT,
    headerFill: HEADER_COLOUR,
    valueFill: TOOL_COLOUR,
  };
}

function placeTable(ctx: Context, spec: TableSpec, headerRow: number, firstColumn: number): PlacementTable {
  const { lang, plan } = ctx;
  const data = ctx.rowsByTable[spec.name] ?? [];
  const dataRows = spec.collection === "goals" ? plan.goals.length : data.length;
  const rows = bodyRows(spec, data, dataRows);
  const lastColumn = firstColumn + spec.columns.length - 1;
  const firstRow = headerRow + 1;
  const lastRow = headerRow + rows.length;
  const checkedLastRow = lastRow + SPARE_ROWS;
  const formula = formulasOf(spec, firstColumn, lang);
  const columns = spec.columns.map((column, i): PlacementColumn => {
    const texts = TEXT_KINDS.has(column.kind.type)
      ? rows.flatMap((r) => (typeof r[i] === "string" ? [r[i] as string] : []))
      : [];
    const fit = fitColumn(column.width, column.header[lang], texts);
    return {
      spec: column,
      column: firstColumn + i,
      letter: columnLetters(firstColumn + i),
      header: column.header[lang],
      width: fit.width,
      wrap: fit.wrap,
      hidden: !!column.hidden,
      toolOwned: !!column.toolOwned,
      unlocked: !column.toolOwned,
      fill: column.toolOwned ? TOOL_COLOUR : null,
      headerFill: column.toolOwned ? TOOL_HEADER_COLOUR : HEADER_COLOUR,
      numberFormat: numberFormatOf(ctx, spec, column),
      check: column.toolOwned ? null : tableColumnCheck(spec.name, column, plan, lang),
      formula: column.toolOwned ? formula(column) : null,
    };
  });
  const columnOf = (key: string) => {
    const i = spec.columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`no column ${key} in ${spec.name}`);
    return firstColumn + i;
  };
  const status = spec.columns.find((c) => c.kind.type === "formula" && c.kind.formula === "status");
  const table = { headerRow, lastColumn };
  return {
    spec,
    name: spec.name,
    caption: { row: headerRow - 2, column: firstColumn, text: spec.caption[lang], font: CAPTION_CELL_FONT },
    help: { row: headerRow - 1, column: firstColumn, text: spec.help[lang], font: HELP_CELL_FONT },
    headerRow,
    headerFont: HEADER_CELL_FONT,
    firstColumn,
    lastColumn,
    rows,
    firstRow,
    lastRow,
    checkedLastRow,
    columns,
    columnOf,
    statusFills: status ? { column: columnOf(status.key), firstRow, lastRow: checkedLastRow } : null,
    weekView:
      spec.beside === "weekView"
        ? weekView({ headerRow, firstColumn, rowCount: rows.length, gridColumn: lastColumn + 2 }, lang, {
            year: plan.year,
          })
        : null,
    budgetSummary: spec.beside === "budgetSummary" ? budgetSummary(ctx, table) : null,
  };
}

/** Settings: label, value (wide enough for the brand name, which the help beside would cut), help, list helper. */
function settingsWidths(plan: Plan): { column: number; width: number }[] {
  return [
    { column: PHASING_LIST_COLUMN, width: 18 },
    { column: 1, width: 22 },
    { column: 2, width: Math.min(40, Math.max(16, displayWidth(plan.brand.name) + 2)) },
    { column: 3, width: 14 },
  ];
}

function placeSheet(ctx: Context, sheet: SheetSpec): PlacementSheet {
  const headerRow = headerRowOf(sheet);
  let firstColumn = 1;
  const tables = sheet.tables.map((spec) => {
    const placed = placeTable(ctx, spec, headerRow, firstColumn);
    // Tables sharing a sheet sit side by side, one empty column apart, so each can grow downwards.
    firstColumn = placed.lastColumn + 2;
    return placed;
  });
  return {
    spec: sheet,
    name: sheet.name[ctx.lang],
    tables,
    freeze: sheet.kind === "tables" ? { rows: TABLE_HEADER_ROW, columns: sheet.frozenColumns ?? 0 } : null,
    settings: sheet.kind === "settings" ? placeSettings(ctx.plan, ctx.lang) : null,
    dashboard: sheet.kind === "dashboard" ? dashboardFrame(ctx.lang) : null,
    // A table's own widths win where it spans the column (tblSeasonality sits below the settings).
    columnWidths: (sheet.kind === "settings" ? settingsWidths(ctx.plan) : []).filter(
      ({ column }) => !tables.some((t) => column >= t.firstColumn && column <= t.lastColumn),
    ),
  };
}

/**
 * The placement of every sheet of the layout for `plan` (as rendered: see planAsRendered) in
 * `lang`. Pure; the generator and the add-in apply the same result.
 */
export function placeWorkbook(plan: Plan, lang: Language): WorkbookPlacement {
  const ctx: Context = { plan, lang, rowsByTable: planToTableRows(plan, lang), units: goalUnits(plan) };
  const sheets = SHEETS.map((sheet) => placeSheet(ctx, sheet));
  const byName = new Map(sheets.flatMap((s) => s.tables.map((t) => [t.name, t] as const)));
  return {
    sheets,
    table: (name) => {
      const t = byName.get(name);
      if (!t) throw new Error(`no table ${name} in the placement`);
      return t;
    },
  };
}
