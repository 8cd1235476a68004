import {
  columnLetters,
  type RollupCell,
  type RollupSheet,
  type RollupTable,
  type RollupWorkbookSpec,
  statusColour,
  statusLabel,
  TABLE_STYLE,
  WORKBOOK_FONT,
} from "@planbook/workbook";
import ExcelJS from "exceljs";
import { deterministicXlsx } from "../deterministic-xlsx";
import { setPrintLayout } from "../print";
import { statusRules } from "../status-format";
import { CAPTION_FONT, HEADER_STYLE, HELP_FONT, solidFill, TITLE_FONT } from "../style";

export interface RollupRenderOptions {
  generator: { name: string; version: string };
  /** Stamp of the package entries and document properties (a fixed date gives the same bytes). */
  at: Date;
}

/** A status cell's fill, shared by reference (exceljs dedupes styles by object identity). */
const statusFills = new Map<string, ExcelJS.Fill>();
function statusFill(rgb: string): ExcelJS.Fill {
  let fill = statusFills.get(rgb);
  if (!fill) {
    fill = solidFill(rgb);
    statusFills.set(rgb, fill);
  }
  return fill;
}

/**
 * Formula status cells (the portfolio row and column) take their colour from the plan
 * workbooks' status rules, as their value is only known after calculation; 10 keeps them after
 * the data bars.
 */
const ROLLUP_STATUS_PRIORITY = 10;

function cellValue(cell: RollupCell, lang: RollupWorkbookSpec["lang"]): ExcelJS.CellValue {
  switch (cell.t) {
    case "text":
      return cell.v;
    case "number":
      return cell.v;
    case "status":
      return cell.v === null ? null : statusLabel(cell.v, lang);
    case "formula":
      return { formula: cell.f, result: cell.result ?? undefined } as ExcelJS.CellFormulaValue;
  }
}

/** Number format and fill of a cell beyond its value. */
function styleCell(target: ExcelJS.Cell, cell: RollupCell): void {
  if (cell.t === "number" && cell.format) target.numFmt = cell.format;
  if (cell.t === "formula" && cell.format) target.numFmt = cell.format;
  if (cell.t === "status" && cell.v !== null) {
    target.fill = statusFill(statusColour(cell.v));
    target.alignment = { horizontal: "center" };
  }
}

function placeTable(ws: ExcelJS.Worksheet, table: RollupTable, lang: RollupWorkbookSpec["lang"]): void {
  const { headerRow } = table;
  ws.getCell(headerRow - 1, 1).value = table.caption;
  ws.getCell(headerRow - 1, 1).font = { ...CAPTION_FONT, size: 12 };
  ws.addTable({
    name: table.name,
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: table.rows.map((row) => row.map((cell) => cellValue(cell, lang))),
  });
  table.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = Math.max(ws.getColumn(i + 1).width ?? 0, c.width);
    const header = ws.getCell(headerRow, i + 1);
    header.style = HEADER_STYLE;
  });
  const last = headerRow + table.rows.length;
  table.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      styleCell(ws.getCell(headerRow + 1 + r, c + 1), cell);
    });
  });
  if (table.summary) {
    const row = last + 1;
    table.summary.forEach((cell, c) => {
      const target = ws.getCell(row, c + 1);
      target.value = cellValue(cell, lang);
      styleCell(target, cell);
      target.font = { bold: true };
      target.border = { top: { style: "medium" } };
    });
  }
  const lastRow = table.summary ? last + 1 : last;
  table.columns.forEach((c, i) => {
    const letters = columnLetters(i + 1);
    if (c.dataBar) {
      // Plain data bars over 0–100 % (no negative colours: those corrupt files written by exceljs).
      ws.addConditionalFormatting({
        ref: `${letters}${headerRow + 1}:${letters}${lastRow}`,
        rules: [
          {
            type: "dataBar",
            priority: 1,
            minLength: 0,
            maxLength: 100,
            cfvo: [
              { type: "num", value: 0 },
              { type: "num", value: 1 },
            ],
            color: { argb: "FF5B9BD5" },
            gradient: false,
          } as unknown as ExcelJS.ConditionalFormattingRule,
        ],
      });
    }
  });
  // Formula status cells get their colour from rules (their value is only known after calculation).
  const formulaStatus = new Set<number>();
  for (const row of [...table.rows, ...(table.summary ? [table.summary] : [])]) {
    row.forEach((cell, c) => {
      if (cell.t === "formula" && cell.status) formulaStatus.add(c);
    });
  }
  for (const c of formulaStatus) {
    const letters = columnLetters(c + 1);
    ws.addConditionalFormatting({
      ref: `${letters}${headerRow + 1}:${letters}${lastRow}`,
      rules: statusRules(`${letters}${headerRow + 1}`, ROLLUP_STATUS_PRIORITY),
    });
  }
}

function writeSheet(wb: ExcelJS.Workbook, sheet: RollupSheet, lang: RollupWorkbookSpec["lang"]): void {
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: sheet.tables[0]?.headerRow ?? 0, xSplit: 1 }],
  });
  ws.getCell(1, 1).value = sheet.title;
  ws.getCell(1, 1).font = TITLE_FONT;
  sheet.lines.forEach((line, i) => {
    ws.getCell(2 + i, 1).value = line;
    ws.getCell(2 + i, 1).font = HELP_FONT;
  });
  for (const table of sheet.tables) placeTable(ws, table, lang);
  setPrintLayout(ws, lang, { orientation: "landscape", titleRow: sheet.tables[0]?.headerRow });
}

/**
 * Draws the portfolio workbook (docs/design.md#rollup `--out`) from its description in @planbook/workbook,
 * through the same deterministic packaging as the plan workbooks, which also writes the overview's
 * native charts; attainment cells carry data bars as well.
 */
export async function renderRollupWorkbook(
  spec: RollupWorkbookSpec,
  opts: RollupRenderOptions,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.generator.name;
  wb.lastModifiedBy = opts.generator.name;
  wb.created = opts.at;
  wb.modified = opts.at;
  // Cached results are written, but a spreadsheet recalculates the portfolio formulas on open.
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of spec.sheets) writeSheet(wb, sheet, spec.lang);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  // The chart writer adds charts to one sheet: the overview's (the others are tables to filter).
  const charted = spec.sheets.find((s) => s.charts?.length);
  return deterministicXlsx(
    buffer,
    opts.at,
    charted?.charts
      ? { charts: { sheet: charted.name, charts: charted.charts, font: WORKBOOK_FONT[spec.lang] } }
      : {},
  );
}
