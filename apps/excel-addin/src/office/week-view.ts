import { a1, cssHex, rangeA1 } from "@planbook/workbook";
import type { WeekView } from "@planbook/workbook/write-plan";
import { applyFont, POINTS_PER_CHARACTER, writeStyledTexts } from "./sheet-style";
import { setEveryCell, type WriteBudget } from "./write-budget";

/**
 * The placed week view right of tblCampaigns, as the generator draws it. The grid's
 * bar formula is one R1C1 text for every cell, so the whole grid travels as a single command
 * whatever the number of campaigns.
 */
export async function writeWeekView(ws: Excel.Worksheet, view: WeekView, budget: WriteBudget): Promise<void> {
  const { look } = view;
  const headers = [view.headerFormulas.map((f) => `=${f}`)];
  const bar = `=${view.barFormulaR1C1}`;
  const rules = view.rules.map((r) => ({ formula: `=${r.formula}`, fill: cssHex(r.fill) }));
  const names = view.keyDateMarks.map((m) => m.label);
  await budget.add([view.caption.text, view.help.text, names, headers, bar, rules], () => {
    writeStyledTexts(ws, [view.caption, view.help]);
    // Month band: the label in each month's first week cell, unmerged as the generator writes it.
    for (const month of view.months) {
      const label = ws.getRange(a1(view.monthRow, month.firstColumn));
      label.values = [[month.label]];
      applyFont(label, view.monthFont);
    }
    // Key dates: the week date filled, and the week's names above the month band, in the same fill.
    const nameRow = ws.getRange(rangeA1(view.keyDateRow, view.firstColumn, view.keyDateRow, view.lastColumn));
    nameRow.format.textOrientation = look.rotation;
    nameRow.format.wrapText = true;
    nameRow.format.font.size = look.fontSize;
    nameRow.format.rowHeight = look.keyDateRowHeight;
    for (const mark of view.keyDateMarks) {
      const fill = cssHex(mark.fill);
      ws.getRange(a1(view.headerRow, mark.column)).format.fill.color = fill;
      const name = ws.getRange(a1(view.keyDateRow, mark.column));
      name.values = [[mark.label]];
      name.format.fill.color = fill;
    }

    const head = ws.getRange(rangeA1(view.headerRow, view.firstColumn, view.headerRow, view.lastColumn));
    head.formulas = headers;
    setEveryCell(head, "numberFormat", look.headerFormat);
    head.format.textOrientation = look.rotation;
    head.format.font.size = look.fontSize;
    head.format.rowHeight = look.headerRowHeight;
    head.format.columnWidth = look.columnWidth * POINTS_PER_CHARACTER;

    const grid = ws.getRange(rangeA1(view.firstRow, view.firstColumn, view.lastRow, view.lastColumn));
    setEveryCell(grid, "formulasR1C1", bar);
    setEveryCell(grid, "numberFormat", look.cellFormat);
    // add() puts each new format at the top priority: add the lowest first.
    for (const rule of [...rules].reverse()) {
      const format = grid.conditionalFormats.add("Custom");
      format.custom.rule.formula = rule.formula;
      format.custom.format.fill.color = rule.fill;
    }
  });
}
