import type { Language } from "@planbook/core";
import { type ColumnSpec, columnLetter, type RawCell, type TableSpec } from "@planbook/workbook";
import type ExcelJS from "exceljs";
import { DATE_FORMAT, DECIMAL_FORMAT, PERCENT_FORMAT } from "./formats";
import { CAPTION_FONT, HEADER_STYLE, HELP_FONT, TOOL_FILL, TOOL_HEADER_STYLE } from "./style";
import { fitColumn } from "./widths";

/** Rows below a table's data that still get dropdowns and number checks (bounded ranges). */
export const SPARE_ROWS = 500;

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
  /** Number format of a cell, where the column's kind alone does not decide it (goal units). */
  numberFormat?: (column: ColumnSpec, bodyIndex: number) => string | undefined;
  /** Dropdown values of enum-like columns, in the workbook language. */
  listOf?: (column: ColumnSpec) => readonly string[] | undefined;
}

function kindFormat(column: ColumnSpec): string | undefined {
  switch (column.kind.type) {
    case "date":
      return DATE_FORMAT;
    case "percent":
      return PERCENT_FORMAT;
    case "decimal":
      return DECIMAL_FORMAT;
    default:
      return undefined;
  }
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

/** An Excel list validation takes at most 255 characters; items must not contain commas. */
function listFormula(items: readonly string[]): string | null {
  const usable = items.filter((i) => i !== "" && !i.includes(",") && !i.includes('"'));
  let joined = "";
  for (const item of usable) {
    const next = joined === "" ? item : `${joined},${item}`;
    if (next.length > 253) break;
    joined = next;
  }
  return joined === "" ? null : `"${joined}"`;
}

const NUMBER_KINDS = new Set(["count", "decimal", "percent", "currency", "goalValue"]);
/** Columns whose values are text a reader reads in full: their width follows the content. */
const TEXT_KINDS = new Set(["text", "id", "idList", "enum", "phasing"]);

function validationOf(column: ColumnSpec, list: readonly string[] | undefined, lang: Language) {
  const zh = lang === "zh-CN";
  if (list) {
    const formula = listFormula(list);
    if (formula === null) return null;
    // Warning, not stop: the readers accept the other language's labels and keys too.
    return {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: zh ? "不在列表中" : "Not in the list",
      error: zh ? "请从下拉列表中选择。" : "Please pick a value from the dropdown.",
    };
  }
  if (NUMBER_KINDS.has(column.kind.type)) {
    return {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [-1e15, 1e15],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: zh ? "需要数字" : "A number is expected",
      error: zh
        ? "请输入数字（如 120000，百分比如 5%）；文本会被识别但会收到提示。"
        : "Type a number (e.g. 120000, or 5% for percentages); text is read but flagged.",
    };
  }
  if (column.kind.type === "date") {
    return {
      type: "date",
      operator: "between",
      allowBlank: true,
      formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: zh ? "需要日期" : "A date is expected",
      error: zh ? "请输入日期，如 2027-03-01。" : "Type a date, e.g. 2027-03-01.",
    };
  }
  return null;
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
    ref: `${columnLetter(firstColumn)}${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
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
      const format = content.numberFormat?.(column, r) ?? kindFormat(column);
      ws.getCell(headerRow + 1 + r, col).style = bodyStyle(format, column, fit.wrap);
    }
    if (!column.toolOwned) {
      const validation = validationOf(column, content.listOf?.(column), lang);
      if (validation) {
        const letter = columnLetter(col);
        const range = `${letter}${headerRow + 1}:${letter}${headerRow + rows.length + SPARE_ROWS}`;
        // `dataValidations.add` exists in exceljs 4.4 but is missing from its typings.
        (
          ws as unknown as { dataValidations: { add(range: string, rule: unknown): void } }
        ).dataValidations.add(range, validation);
      }
    }
  });
  return { spec, sheet: ws, headerRow, firstColumn, rowCount: rows.length, columnOf };
}
