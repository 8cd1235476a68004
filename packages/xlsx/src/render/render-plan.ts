import type { Language, Plan } from "@planbook/core";
import {
  columnLetters,
  DASHBOARD_HEADER_ROW,
  listNameFormulas,
  metaRows,
  SHEETS,
  TABLE_HEADER_ROW,
  WORKBOOK_FONT,
} from "@planbook/workbook";
import {
  type BudgetSummaryPlacement,
  placeWorkbook,
  planAsRendered,
  type StatusFillsPlacement,
} from "@planbook/workbook/write-plan";
import ExcelJS from "exceljs";
import type { SheetCharts } from "./charts/package-charts";
import { writeDashboard } from "./dashboard-sheet";
import { deterministicXlsx } from "./deterministic-xlsx";
import { writeGuide } from "./guide-sheet";
import { setPrintLayout } from "./print";
import { writeSettings } from "./settings-sheet";
import { statusRules } from "./status-format";
import { excelFill, excelFont } from "./style";
import { writeTable } from "./table";
import { writeWeekView } from "./week-view";

export interface RenderOptions {
  lang: Language;
  generator: { name: string; version: string };
  /** Prefill Campaigns with the year's key dates as ideas (default true). */
  keyDateIdeas?: boolean;
}

/** Planned total, spent, remaining and execution rate beside tblBudget (see budgetSummaryRows). */
function writeBudgetSummary(ws: ExcelJS.Worksheet, summary: BudgetSummaryPlacement): void {
  const title = ws.getCell(summary.title.row, summary.title.column);
  title.value = summary.title.text;
  const header: Partial<ExcelJS.Style> = {
    font: excelFont(summary.headerFont),
    fill: excelFill(summary.headerFill),
    alignment: { vertical: "middle" },
  };
  title.style = header;
  ws.getCell(summary.title.row, summary.valueColumn).style = header;
  for (const r of summary.rows) {
    ws.getCell(r.row, summary.labelColumn).value = r.label;
    const value = ws.getCell(r.row, summary.valueColumn);
    value.value = { formula: r.formula } as ExcelJS.CellFormulaValue;
    value.numFmt = r.format;
    value.fill = excelFill(summary.valueFill);
  }
  ws.getColumn(summary.labelColumn).width = summary.width;
  ws.getColumn(summary.valueColumn).width = summary.width;
}

/** The status fills of a Status column (statusFormats), over its body and spare rows. */
function writeStatusFills(ws: ExcelJS.Worksheet, fills: StatusFillsPlacement): void {
  const letter = columnLetters(fills.column);
  ws.addConditionalFormatting({
    ref: `${letter}${fills.firstRow}:${letter}${fills.lastRow}`,
    rules: statusRules(`${letter}${fills.firstRow}`, 1),
  });
}

function writeMeta(ws: ExcelJS.Worksheet, plan: Plan, opts: RenderOptions): void {
  metaRows(plan, opts.lang, opts.generator).forEach(([k, v], i) => {
    ws.getCell(i + 1, 1).value = k;
    ws.getCell(i + 1, 2).value = v;
  });
  ws.state = "hidden";
}

function setProperties(wb: ExcelJS.Workbook, plan: Plan, opts: RenderOptions): Date {
  // Fixed and derived from the plan year, so the same plan gives the same bytes.
  const stamp = new Date(Date.UTC(plan.year - 1, 11, 1));
  wb.creator = opts.generator.name;
  wb.lastModifiedBy = opts.generator.name;
  wb.created = stamp;
  wb.modified = stamp;
  wb.title =
    opts.lang === "zh-CN"
      ? `${plan.brand.name} ${plan.year} 新媒体年度计划`
      : `${plan.brand.name} ${plan.year} new-media plan`;
  wb.subject = SUBJECT[opts.lang];
  wb.keywords = `planbook; ${plan.brand.id}; ${plan.year}; ${opts.lang}`;
  wb.company = plan.brand.name;
  wb.calcProperties.fullCalcOnLoad = true;
  return stamp;
}

const SUBJECT: Record<Language, string> = {
  en: "Annual new-media operations plan",
  "zh-CN": "新媒体运营年度计划",
};

/**
 * The plan workbook of one brand (docs/design.md#workbook-contract), in memory: every sheet and table of the layout
 * spec in order, tool-owned formulas in every goal row, dropdowns and number checks, Settings
 * with the defined names, Dashboard, week view of campaigns, Guide and the hidden meta sheet.
 * Deterministic: the same plan and options give the same bytes.
 */
export async function renderPlanWorkbook(input: Plan, opts: RenderOptions): Promise<Buffer> {
  const plan = planAsRendered(input, opts.lang, opts);
  const lang = opts.lang;
  const wb = new ExcelJS.Workbook();
  const stamp = setProperties(wb, plan, opts);
  const placement = placeWorkbook(plan, lang);
  let charts: SheetCharts | undefined;

  for (const placed of placement.sheets) {
    const ws = wb.addWorksheet(placed.name);
    switch (placed.spec.kind) {
      case "guide":
        writeGuide(ws, lang);
        setPrintLayout(ws, lang, { orientation: "portrait" });
        break;
      case "dashboard": {
        if (!placed.dashboard) throw new Error("the Dashboard sheet is placed without its frame");
        const dashboard = writeDashboard(ws, plan, lang, placed.dashboard);
        charts = { sheet: ws.name, charts: dashboard.charts, font: WORKBOOK_FONT[lang] };
        // Landscape: the roll-up table and the charts beside it, without the charts' data blocks.
        setPrintLayout(ws, lang, {
          orientation: "landscape",
          titleRow: DASHBOARD_HEADER_ROW,
          printArea: dashboard.printArea,
        });
        break;
      }
      case "meta":
        writeMeta(ws, plan, opts);
        break;
      case "settings":
        if (placed.settings) writeSettings(wb, ws, placed.settings);
        for (const { column, width } of placed.columnWidths) ws.getColumn(column).width = width;
        for (const table of placed.tables) writeTable(ws, table);
        setPrintLayout(ws, lang, { orientation: "landscape" });
        break;
      case "tables": {
        for (const table of placed.tables) writeTable(ws, table);
        if (placed.freeze) {
          const { rows: ySplit, columns: xSplit } = placed.freeze;
          ws.views = [{ state: "frozen", ySplit, ...(xSplit > 0 ? { xSplit } : {}) }];
        }
        // One page wide, header row repeated: a plan cut into vertical strips (the week grid
        // apart from the campaigns it draws) is read by matching rows across sheets of paper.
        setPrintLayout(ws, lang, { orientation: "landscape", titleRow: TABLE_HEADER_ROW });
        for (const table of placed.tables) {
          if (table.weekView) writeWeekView(ws, table.weekView);
          if (table.budgetSummary) writeBudgetSummary(ws, table.budgetSummary);
          if (table.statusFills) writeStatusFills(ws, table.statusFills);
        }
        break;
      }
    }
  }
  // Stored, not deflated: deterministicXlsx re-packs every entry anyway and compresses it once,
  // with node's native zlib instead of JSZip's JavaScript deflate.
  const buffer = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  const settingsName = SHEETS.find((s) => s.kind === "settings")?.name[lang] ?? "";
  return deterministicXlsx(buffer, stamp, {
    ...(charts ? { charts } : {}),
    names: listNameFormulas(lang, settingsName),
    font: WORKBOOK_FONT[lang],
  });
}
