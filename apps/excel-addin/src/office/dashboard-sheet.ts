import type { Language } from "@planbook/core";
import {
  AS_OF_FORMAT,
  CAPTION_COLOUR,
  columnLetters,
  cssHex,
  DASHBOARD_ATTAINMENT_BAR,
  DASHBOARD_CHECK_COLUMN,
  DASHBOARD_COLUMN_WIDTHS,
  DASHBOARD_COLUMNS,
  DASHBOARD_HEADER_ROW,
  DASHBOARD_TEXT,
  type DashboardRow,
  dashboardAsOfFormula,
  type FormulaRefs,
  PERCENT_FORMAT,
  rangeA1,
} from "@planbook/workbook";
import { POINTS_PER_CHARACTER, styleHeader, TOOL_FILL } from "./sheet-style";
import { queueCheckCountFormat, queueStatusFormats } from "./status-format";
import { setEveryCell, type WriteBudget } from "./write-budget";

/** Office.js formulas of Dashboard rows: text as is, formulas with `=`, nothing as "". */
function dashboardFormulas(rows: readonly DashboardRow[]): string[][] {
  return rows.map((row) =>
    row.map((cell) => (cell === null ? "" : typeof cell === "string" ? cell : `=${cell.formula}`)),
  );
}

/** Title, as-of label, note, roll-up headers and column widths of a new Dashboard, as the generator's. */
export async function writeDashboardFrame(
  dash: Excel.Worksheet,
  lang: Language,
  budget: WriteBudget,
): Promise<void> {
  const text = DASHBOARD_TEXT[lang];
  const head = [[text.title], [text.asOf], [text.note]];
  await budget.add([head, text.headers], () => {
    dash.getRange("A1:A3").values = head;
    dash.getRange("A1").format.font.bold = true;
    dash.getRange("A1").format.font.color = cssHex(CAPTION_COLOUR);
    const headers = dash.getRange(rangeA1(DASHBOARD_HEADER_ROW, 1, DASHBOARD_HEADER_ROW, DASHBOARD_COLUMNS));
    headers.values = [text.headers];
    styleHeader(headers);
    DASHBOARD_COLUMN_WIDTHS.forEach((width, i) => {
      const letter = columnLetters(i + 1);
      dash.getRange(`${letter}:${letter}`).format.columnWidth = width * POINTS_PER_CHARACTER;
    });
    dash.freezePanes.freezeRows(DASHBOARD_HEADER_ROW);
  });
}

/**
 * The as-of month (B2) and the roll-up rows with their percent format, Attainment data bar and
 * status colours.
 * `previousLastRow`: last used row of the sheet before, whose extra rows are cleared.
 */
export async function writeDashboardRows(
  dash: Excel.Worksheet,
  rows: readonly DashboardRow[],
  refs: Pick<FormulaRefs, "months">,
  lang: Language,
  budget: WriteBudget,
  previousLastRow = 0,
): Promise<void> {
  const formulas = dashboardFormulas(rows);
  const first = DASHBOARD_HEADER_ROW + 1;
  const last = DASHBOARD_HEADER_ROW + rows.length;
  const asOf = `=${dashboardAsOfFormula(refs)}`;
  await budget.add([asOf, formulas], () => {
    if (previousLastRow > last)
      dash.getRange(rangeA1(last + 1, 1, previousLastRow, DASHBOARD_COLUMNS)).clear("Contents");
    const asOfCell = dash.getRange("B2");
    asOfCell.formulas = [[asOf]];
    asOfCell.numberFormat = [[AS_OF_FORMAT[lang]]];
    asOfCell.format.fill.color = TOOL_FILL;
    dash.getRange(rangeA1(first, 1, last, DASHBOARD_COLUMNS)).formulas = formulas;
    setEveryCell(dash.getRange(rangeA1(first, 5, last, 5)), "numberFormat", PERCENT_FORMAT);
    // Earlier rows' colours go (the sheet may have had more roll-up rows; its used range also
    // spans the chart blocks); the new ones cover exactly first..last.
    const checkColumn = DASHBOARD_CHECK_COLUMN;
    if (previousLastRow > last)
      dash.getRange(rangeA1(last + 1, 6, previousLastRow, checkColumn)).conditionalFormats.clearAll();
    queueStatusFormats(dash.getRange(rangeA1(first, 6, last, 6)));
    queueCheckCountFormat(dash.getRange(rangeA1(first, checkColumn, last, checkColumn)));
    queueAttainmentBar(dash, first, last, Math.max(last, previousLastRow));
  });
}

/** The generator's Attainment data bar on rows first..last, replacing any earlier one down to `clearTo`. */
function queueAttainmentBar(dash: Excel.Worksheet, first: number, last: number, clearTo: number): void {
  const bar = DASHBOARD_ATTAINMENT_BAR;
  dash.getRange(rangeA1(first, bar.column, clearTo, bar.column)).conditionalFormats.clearAll();
  const format = dash
    .getRange(rangeA1(first, bar.column, last, bar.column))
    .conditionalFormats.add("DataBar");
  format.dataBar.lowerBoundRule = { type: "Number", formula: String(bar.min) };
  format.dataBar.upperBoundRule = { type: "Number", formula: String(bar.max) };
  format.dataBar.positiveFormat.fillColor = cssHex(bar.colour);
}
