import { type ColumnCheck, type ColumnSpec, columnLetters, TABLE_STYLE } from "@planbook/workbook";
import type { PlacementColumn, PlacementTable } from "@planbook/workbook/write-plan";
import type ExcelJS from "exceljs";
import { excelFill, excelFont } from "./style";

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
 * Applies a placed table (placeWorkbook): caption and how-to in the two rows above the header
 * row, then the Excel table with its rows, styles, widths, validations over the body and spare
 * rows, and the tool-owned formulas in every row.
 */
export function writeTable(ws: ExcelJS.Worksheet, table: PlacementTable): void {
  const { headerRow, firstColumn } = table;
  for (const text of [table.caption, table.help]) {
    const cell = ws.getCell(text.row, text.column);
    cell.value = text.text;
    cell.font = excelFont(text.font);
  }

  const rows = table.rows.map((cells, r) =>
    table.columns.map((column, i) => {
      if (column.formula) return { formula: column.formula.a1(table.firstRow + r) };
      return cells[i] ?? null;
    }),
  );
  ws.addTable({
    name: table.name,
    ref: `${columnLetters(firstColumn)}${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });

  // One style object per distinct look, shared by reference: exceljs dedupes styles by object
  // identity first, so per-cell objects cost a serialisation each when the file is written.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const bodyStyle = (format: string | undefined, column: PlacementColumn) => {
    const key = `${format ?? ""}|${column.fill}|${column.unlocked}|${column.wrap}|${column.spec.key}`;
    let style = styles.get(key);
    if (!style) {
      // Locked said outright on tool-owned cells too, as Excel's own default is not every reader's.
      style = {
        ...(column.fill ? { fill: excelFill(column.fill) } : {}),
        protection: { locked: !column.unlocked },
      };
      if (format) style.numFmt = format;
      style.alignment = {
        vertical: "top",
        ...bodyAlignment(column.spec),
        ...(column.wrap ? { wrapText: true } : {}),
      };
      styles.set(key, style);
    }
    return style;
  };
  const headerFont = excelFont(table.headerFont);
  const headers = new Map<string, Partial<ExcelJS.Style>>();
  const headerStyle = (column: PlacementColumn) => {
    let style = headers.get(column.headerFill);
    if (!style) {
      style = { font: headerFont, fill: excelFill(column.headerFill), alignment: { vertical: "middle" } };
      headers.set(column.headerFill, style);
    }
    return style;
  };
  for (const column of table.columns) {
    const sheetColumn = ws.getColumn(column.column);
    sheetColumn.width = column.width;
    if (column.hidden) sheetColumn.hidden = true;
    ws.getCell(headerRow, column.column).style = headerStyle(column);
    for (let r = 0; r < rows.length; r++)
      ws.getCell(table.firstRow + r, column.column).style = bodyStyle(column.numberFormat(r), column);
    if (column.check) {
      const range = `${column.letter}${table.firstRow}:${column.letter}${table.checkedLastRow}`;
      // `dataValidations.add` exists in exceljs 4.4 but is missing from its typings.
      (ws as unknown as { dataValidations: { add(range: string, rule: unknown): void } }).dataValidations.add(
        range,
        validationOf(column.check),
      );
    }
  }
}
