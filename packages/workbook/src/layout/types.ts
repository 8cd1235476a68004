import type { EnumListName, Language, PlanCollection, UnreadableCellRule } from "@planbook/core";
import type { TableName } from "../grid/table-names";

export type { TableName };

import type { ToolFormulaId } from "../formulas/goal";

type Bilingual = Record<Language, string>;

/**
 * How a column's cells are read and rendered.
 * - `goalValue`: a number in the unit of the goal (the row's Unit, or for Actuals the Unit of the
 *   goal named in the row): percent goals accept `5%` and percent points.
 * - `idList`: several ids or names in one cell, separated by , ， 、 ; or new lines.
 * - `phasing`: `linear`, `custom` (either language) or a seasonality profile name.
 * - `formula`: tool-owned; never read as input.
 */
export type ColumnKind =
  | { type: "text" }
  | { type: "id" }
  | { type: "idList" }
  | { type: "count" }
  | { type: "decimal" }
  | { type: "percent" }
  | { type: "currency" }
  | { type: "goalValue" }
  | { type: "date" }
  | { type: "enum"; list: EnumListName }
  | { type: "phasing" }
  | { type: "formula"; formula: ToolFormulaId };

export interface ColumnSpec {
  /** Model field of the row (`target`, `strategyIds`), or `months.N` / `quarters.N` (0-based). */
  key: string;
  header: Bilingual;
  /** More header texts the reader accepts (matched case- and space-insensitively). */
  aliases?: readonly string[];
  kind: ColumnKind;
  /** Reader: a missing input column is `sheet.column.missing` (error) when required, else ignored. */
  required?: boolean;
  /** Written by the tools (formulas / Check); everything else belongs to the user. */
  toolOwned?: boolean;
  /**
   * Rule id the reader reports when a cell of this column cannot be read (e.g. `goal.target.invalid`);
   * default `value.invalid`. The field is then listed in the row's `unreadable`.
   */
  invalidRule?: UnreadableCellRule;
  /** Column width in characters. */
  width?: number;
  /** Rendered hidden (tool-owned helper columns the formulas of other columns refer to). */
  hidden?: boolean;
}

/** What the renderers draw right of a table, one empty column apart (see ../placement). */
type BesideTable = "weekView" | "budgetSummary";

export interface TableSpec {
  /** Fixed ASCII ListObject name: never changes, never localised. */
  name: TableName;
  /** Plan collection the rows become, or `seasonality` (Settings.seasonality). */
  collection: PlanCollection | "seasonality";
  caption: Bilingual;
  /** One or two sentences above the table: how to fill it. */
  help: Bilingual;
  columns: readonly ColumnSpec[];
  /** A missing required table is `sheet.table.missing` (error); optional ones read as empty. */
  required: boolean;
  /** Drawn right of the table: the week view of campaigns, the budget's execution summary. */
  beside?: BesideTable;
}

type SheetKind = "guide" | "tables" | "dashboard" | "settings" | "meta";

export interface SheetSpec {
  key: string;
  name: Bilingual;
  kind: SheetKind;
  tables: readonly TableSpec[];
  /**
   * Columns of a table sheet kept in view when it scrolls right: the ID columns of its one table,
   * on sheets wider than a screen (default none). Rows are frozen down to the header row on every
   * table sheet.
   */
  frozenColumns?: number;
}

export interface SettingSpec {
  /** Workbook-level defined name of the value cell. */
  name:
    | "PlanYear"
    | "Brand"
    | "Currency"
    | "AsOfMonth"
    | "OnTrackThreshold"
    | "AtRiskThreshold"
    | "MaxGrowth";
  label: Bilingual;
  help: Bilingual;
  kind: "year" | "text" | "month" | "ratio" | "decimal";
}
