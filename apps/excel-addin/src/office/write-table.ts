import {
  a1,
  type ColumnCheck,
  columnLetters,
  cssHex,
  type RawCell,
  rangeA1,
  TABLE_STYLE,
} from "@planbook/workbook";
import type { BudgetSummaryPlacement, PlacementColumn, PlacementTable } from "@planbook/workbook/write-plan";
import { applyFont, POINTS_PER_CHARACTER, writeStyledTexts } from "./sheet-style";
import { queueStatusFormats } from "./status-format";
import { writeWeekView } from "./week-view";
import { setEveryCell, type WriteBudget } from "./write-budget";

/** Office.js data validation rule of a column's check (a workbook name as `=name`). */
function ruleOf(check: ColumnCheck): Excel.DataValidationRule {
  switch (check.type) {
    case "list":
      return {
        list: { inCellDropDown: true, source: check.reference ? `=${check.source}` : check.source },
      };
    case "decimal":
      return { decimal: { formula1: check.min, formula2: check.max, operator: "Between" } };
    case "date": {
      const iso = (d: typeof check.min) =>
        `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
      return { date: { formula1: iso(check.min), formula2: iso(check.max), operator: "Between" } };
    }
  }
}

/** Every column check only warns (see ColumnCheck), with the prompt where the layout gives one. */
function setCheck(range: Excel.Range, check: ColumnCheck): void {
  range.dataValidation.rule = ruleOf(check);
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Warning",
    title: check.message.title,
    message: check.message.text,
  };
  if (check.prompt)
    range.dataValidation.prompt = { showPrompt: true, title: check.prompt.title, message: check.prompt.text };
}

const cellText = (v: RawCell): string | number | boolean =>
  v === null ? "" : typeof v === "object" ? v.error : v;

/** One format for the whole column when every row has the same, else one per row ("General" for none). */
function columnFormats(column: PlacementColumn, rows: number): string | string[][] | undefined {
  const formats = Array.from({ length: rows }, (_, i) => column.numberFormat(i));
  if (formats.every((f) => f === formats[0])) return formats[0];
  return formats.map((f) => [f ?? "General"]);
}

/**
 * Applies a placed table (placeWorkbook), as the generator does: caption and help above, the
 * table with its rows, and per column the header fill, number formats, tool-owned formulas (one
 * R1C1 text per column), body fill, unlocked input cells, hidden helpers, wrapping, width and input
 * check over the body and spare rows;
 * then what the placement draws with it (status fills, week view, budget summary). Lists over
 * workbook names are queued on `afterNames` (Excel rejects a list source that refers to nothing).
 */
export async function writeTable(
  ws: Excel.Worksheet,
  table: PlacementTable,
  budget: WriteBudget,
  afterNames: (() => Promise<void>)[],
): Promise<void> {
  const body = table.rows.map((r) => table.columns.map((_, i) => cellText(r[i] ?? null)));
  const headers = table.columns.map((c) => c.header);
  const address = rangeA1(table.headerRow, table.firstColumn, table.lastRow, table.lastColumn);
  const { caption, help } = table;
  await budget.add([caption, help, headers, body], () => {
    writeStyledTexts(ws, [caption, help]);
    const headerRange = ws.getRange(
      rangeA1(table.headerRow, table.firstColumn, table.headerRow, table.lastColumn),
    );
    headerRange.values = [headers];
    applyFont(headerRange, table.headerFont);
    ws.getRange(rangeA1(table.firstRow, table.firstColumn, table.lastRow, table.lastColumn)).values = body;
    const added = ws.tables.add(ws.getRange(address), true);
    added.name = table.name;
    added.style = TABLE_STYLE;
  });
  for (const column of table.columns) {
    const col = column.column;
    const bodyRange = rangeA1(table.firstRow, col, table.lastRow, col);
    const whole = `${column.letter}:${column.letter}`;
    const format = columnFormats(column, table.rows.length);
    const formula = column.formula ? `=${column.formula.r1c1}` : undefined;
    const check = column.check;
    const checked = rangeA1(table.firstRow, col, table.checkedLastRow, col);
    if (check?.type === "list" && check.reference)
      afterNames.push(() => budget.add([checked, check], () => setCheck(ws.getRange(checked), check)));
    const inline = check?.type === "list" && check.reference ? null : check;
    const looks = [column.headerFill, column.fill, column.unlocked];
    await budget.add([format, formula, inline, column.width, looks], () => {
      // Over the table style's header colour, as the generator's cell style is.
      ws.getRange(a1(table.headerRow, col)).format.fill.color = cssHex(column.headerFill);
      if (typeof format === "string") setEveryCell(ws.getRange(bodyRange), "numberFormat", format);
      else if (format) ws.getRange(bodyRange).numberFormat = format;
      if (formula) setEveryCell(ws.getRange(bodyRange), "formulasR1C1", formula);
      if (column.fill) ws.getRange(bodyRange).format.fill.color = cssHex(column.fill);
      if (column.unlocked) ws.getRange(bodyRange).format.protection.locked = false;
      if (column.wrap) ws.getRange(bodyRange).format.wrapText = true;
      if (column.hidden) ws.getRange(whole).columnHidden = true;
      if (inline) setCheck(ws.getRange(checked), inline);
      ws.getRange(whole).format.columnWidth = column.width * POINTS_PER_CHARACTER;
    });
  }
  const fills = table.statusFills;
  if (fills) {
    const range = rangeA1(fills.firstRow, fills.column, fills.lastRow, fills.column);
    await budget.add(range, () => queueStatusFormats(ws.getRange(range)));
  }
  if (table.weekView) await writeWeekView(ws, table.weekView, budget);
  if (table.budgetSummary) await writeBudgetSummary(ws, table.budgetSummary, budget);
}

/** Planned total, spent, remaining and execution rate beside tblBudget, as formulas over its columns. */
async function writeBudgetSummary(
  ws: Excel.Worksheet,
  summary: BudgetSummaryPlacement,
  budget: WriteBudget,
): Promise<void> {
  const { title, rows } = summary;
  await budget.add([title, rows], () => {
    const head = ws.getRange(rangeA1(title.row, summary.labelColumn, title.row, summary.valueColumn));
    head.values = [[title.text, ""]];
    head.format.fill.color = cssHex(summary.headerFill);
    applyFont(head, summary.headerFont);
    const first = rows[0]?.row ?? title.row + 1;
    const last = first + rows.length - 1;
    ws.getRange(rangeA1(first, summary.labelColumn, last, summary.labelColumn)).values = rows.map((r) => [
      r.label,
    ]);
    const values = ws.getRange(rangeA1(first, summary.valueColumn, last, summary.valueColumn));
    values.formulas = rows.map((r) => [`=${r.formula}`]);
    values.numberFormat = rows.map((r) => [r.format]);
    values.format.fill.color = cssHex(summary.valueFill);
    const letters = `${columnLetters(summary.labelColumn)}:${columnLetters(summary.valueColumn)}`;
    ws.getRange(letters).format.columnWidth = summary.width * POINTS_PER_CHARACTER;
  });
}
