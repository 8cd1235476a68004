import type { Language } from "@planbook/core";
import {
  type ColumnCheck,
  type ColumnSpec,
  columnLetters,
  type RawCell,
  SPARE_ROWS,
  TABLE_STYLE,
  type TableSpec,
} from "@planbook/workbook";
import type ExcelJS from "exceljs";
import { CAPTION_FONT, HEADER_STYLE, HELP_FONT, TOOL_FILL, TOOL_HEADER_STYLE } from "./style";
import { fitColumn } from "./widths";

export interface PlacedTable {
  spec: TableSpec;
  sheet: ExcelJS.Worksheet;
  headerRow: number;
  firstColumn: number;
  /** Body rows written (≥ 1). */
  rowCount: number;
  /** 1-based worksheet column of a spec column. */
  columnOf(key: string): number;
}

export interface TableContent {
  rows: RawCell[][];
  /** Formula (without `=`) of a tool-owned cell in `row` (worksheet row number). */
  formula?: (key: string, row: number) => string;
  /** Number format of a body cell (by column kind, or the goal's unit for goal values). */
  numberFormat: (column: ColumnSpec, bodyIndex: number) => string | undefined;
  /** Input check (dropdown, number, date) of an input column. */
  check?: (column: ColumnSpec) => ColumnCheck | null;
}

/**
 * Status reads as a coloured badge when centred; Check text gets an indent so it does not run
 * into the right-aligned Forecast number beside it.
 */
function bodyAlignment(column: ColumnSpec): Partial<ExcelJS.Alignment> {
  // Centred dates keep clear of the text in the next column (Start | End | Channels).
  if (column.kind.type === "date") return { horizontal: "center" };
  if (column.kind.type !== "formula") return {};
  if (column.kind.formula === "status") return { horizontal: "center" };
  if (column.kind.formula === "check") return { horizontal: "left", indent: 1 };
  return {};
}

/** Columns whose values are text a reader reads in full: their width follows the content. */
const TEXT_KINDS = new Set(["text", "id", "idList", "enum", "phasing"]);

/** The exceljs data validation of a column's check (every check only warns, see ColumnCheck). */
function validationOf(check: ColumnCheck) {
  const alert = {
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: check.message.title,
    error: check.message.text,
    ...(check.prompt
      ? { showInputMessage: true, promptTitle: check.prompt.title, prompt: check.prompt.text }
      : {}),
  };
  switch (check.type) {
    case "list":
      return {
        type: "list",
        allowBlank: true,
        // A workbook name over a table column, or an inline list in quotes.
        formulae: [check.reference ? check.source : `"${check.source}"`],
        ...alert,
      };
    case "decimal":
      return {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [check.min, check.max],
        ...alert,
      };
    case "date": {
      const day = (d: typeof check.min) => new Date(Date.UTC(d.year, d.month - 1, d.day));
      return {
        type: "date",
        operator: "between",
        allowBlank: true,
        formulae: [day(check.min), day(check.max)],
        ...alert,
      };
    }
  }
}

/**
 * Writes caption and how-to in the two rows above `headerRow` (never inside the table), then the
 * Excel table with its rows, styles, widths, validations over the rows plus SPARE_ROWS, and the
 * tool-owned formulas in every row.
 */
export function placeTable(
  ws: ExcelJS.Worksheet,
  spec: TableSpec,
  at: { headerRow: number; firstColumn: number },
  content: TableContent,
  lang: Language,
): PlacedTable {
  const { headerRow, firstColumn } = at;
  ws.getCell(headerRow - 2, firstColumn).value = spec.caption[lang];
  ws.getCell(headerRow - 2, firstColumn).font = CAPTION_FONT;
  ws.getCell(headerRow - 1, firstColumn).value = spec.help[lang];
  ws.getCell(headerRow - 1, firstColumn).font = HELP_FONT;

  const columnOf = (key: string) => {
    const i = spec.columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`no column ${key} in ${spec.name}`);
    return firstColumn + i;
  };
  const rows = content.rows.map((cells, r) =>
    spec.columns.map((column, i) => {
      if (column.toolOwned && content.formula) {
        return { formula: content.formula(column.key, headerRow + 1 + r) };
      }
      return cells[i] ?? null;
    }),
  );
  ws.addTable({
    name: spec.name,
    ref: `${columnLetters(firstColumn)}${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header[lang], filterButton: true })),
    rows,
  });

  // One style object per distinct look, shared by reference: exceljs dedupes styles by object
  // identity first, so per-cell objects cost a serialisation each when the file is written.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const bodyStyle = (format: string | undefined, column: ColumnSpec, wrap: boolean) => {
    const toolOwned = !!column.toolOwned;
    const key = `${format ?? ""}|${toolOwned}|${wrap}|${column.key}`;
    let style = styles.get(key);
    if (!style) {
      style = toolOwned
        ? { fill: TOOL_FILL, protection: { locked: true } }
        : { protection: { locked: false } };
      if (format) style.numFmt = format;
      style.alignment = { vertical: "top", ...bodyAlignment(column), ...(wrap ? { wrapText: true } : {}) };
      styles.set(key, style);
    }
    return style;
  };
  spec.columns.forEach((column, i) => {
    const col = firstColumn + i;
    const sheetColumn = ws.getColumn(col);
    const texts = TEXT_KINDS.has(column.kind.type)
      ? rows.flatMap((r) => (typeof r[i] === "string" ? [r[i] as string] : []))
      : [];
    const fit = fitColumn(column.width, column.header[lang], texts);
    sheetColumn.width = fit.width;
    if (column.hidden) sheetColumn.hidden = true;
    const header = ws.getCell(headerRow, col);
    header.style = column.toolOwned ? TOOL_HEADER_STYLE : HEADER_STYLE;
    for (let r = 0; r < rows.length; r++) {
      const format = content.numberFormat(column, r);
      ws.getCell(headerRow + 1 + r, col).style = bodyStyle(format, column, fit.wrap);
    }
    const check = column.toolOwned ? null : (content.check?.(column) ?? null);
    if (check) {
      const letter = columnLetters(col);
      const range = `${letter}${headerRow + 1}:${letter}${headerRow + rows.length + SPARE_ROWS}`;
      // `dataValidations.add` exists in exceljs 4.4 but is missing from its typings.
      (ws as unknown as { dataValidations: { add(range: string, rule: unknown): void } }).dataValidations.add(
        range,
        validationOf(check),
      );
    }
  });
  return { spec, sheet: ws, headerRow, firstColumn, rowCount: rows.length, columnOf };
}
