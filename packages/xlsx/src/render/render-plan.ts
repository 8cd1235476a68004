import { idKey, type Language, memoizedFindMetric, type Plan, resolveGoal, type Unit } from "@planbook/core";
import {
  BUDGET_SUMMARY_TEXT,
  budgetSummaryRows,
  type ColumnSpec,
  columnKindFormat,
  currencyFormat,
  DASHBOARD_HEADER_ROW,
  defaultRefs,
  frozenColumns,
  GOAL_VALUE_TOOL_COLUMNS,
  goalRowFormulas,
  listNameFormulas,
  metaRows,
  PERCENT_FORMAT,
  planAsRendered,
  planToTableRows,
  RATIO_TOOL_COLUMNS,
  SEASONALITY_HEADER_ROW,
  SHEETS,
  type SheetSpec,
  SPARE_ROWS,
  structuredTableRefs,
  TABLE_HEADER_ROW,
  type ToolFormulaId,
  tableColumnCheck,
  unitFormat,
  WORKBOOK_FONT,
} from "@planbook/workbook";
import ExcelJS from "exceljs";
import type { SheetCharts } from "./charts/package-charts";
import { writeDashboard } from "./dashboard-sheet";
import { deterministicXlsx } from "./deterministic-xlsx";
import { writeGantt } from "./gantt";
import { writeGuide } from "./guide-sheet";
import { setPrintLayout } from "./print";
import { writeSettings } from "./settings-sheet";
import { statusRules } from "./status-format";
import { HEADER_STYLE, TOOL_FILL } from "./style";
import { type PlacedTable, placeTable, type TableContent } from "./table";

export interface RenderOptions {
  lang: Language;
  generator: { name: string; version: string };
  /** Prefill Campaigns with the year's key dates as ideas (default true). */
  keyDateIdeas?: boolean;
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

/** What every table of the workbook draws on, worked out once per workbook rather than per sheet. */
interface TablesContext {
  plan: Plan;
  lang: Language;
  rowsByTable: Record<string, TableContent["rows"]>;
  units: Map<string, Unit>;
}

function tablesContext(plan: Plan, lang: Language): TablesContext {
  const rowsByTable = planToTableRows(plan, lang);
  rowsByTable.tblGoals = withSpareGoalRows(rowsByTable.tblGoals ?? [], plan);
  return {
    plan,
    lang,
    rowsByTable,
    units: goalUnits(plan),
  };
}

function contentOf(
  ctx: TablesContext,
  tableName: string,
  at: { headerRow: number; firstColumn: number },
): TableContent {
  const { plan, lang, units } = ctx;
  const rows = ctx.rowsByTable[tableName] ?? [];
  // Lists that follow the plan's tables, and input prompts, where the table column has them.
  const check = (column: ColumnSpec) => tableColumnCheck(tableName, column, plan, lang);
  const currency = plan.settings.currency;
  const byKind = (column: ColumnSpec): string | undefined => columnKindFormat(column, lang, currency);
  if (tableName === "tblGoals") {
    // One build per row serves all its tool columns.
    let built: { row: number; formulas: Record<ToolFormulaId, string> } | null = null;
    const formulasOf = (row: number) => {
      if (built?.row !== row)
        built = { row, formulas: goalRowFormulas(defaultRefs(lang, row, at.firstColumn), lang) };
      return built.formulas;
    };
    return {
      rows,
      check,
      formula: (key, row) => formulasOf(row)[key as ToolFormulaId],
      numberFormat: (column, i) => {
        if (RATIO_TOOL_COLUMNS.has(column.key)) return PERCENT_FORMAT;
        if (column.kind.type === "goalValue" || GOAL_VALUE_TOOL_COLUMNS.has(column.key)) {
          const goal = plan.goals[i];
          return goal ? unitFormat(units.get(idKey(goal.id)) ?? "count", lang, currency) : undefined;
        }
        return byKind(column);
      },
    };
  }
  if (tableName === "tblActuals") {
    return {
      rows,
      check,
      numberFormat: (column, i) => {
        const row = plan.actuals[i];
        if (column.kind.type !== "goalValue" || !row) return byKind(column);
        return unitFormat(units.get(idKey(row.goalId)) ?? "count", lang, currency);
      },
    };
  }
  return { rows, check, numberFormat: byKind };
}

/**
 * Blank goal rows that already carry the tool-owned formulas (they show nothing until a goal is
 * typed in): exceljs cannot write calculated-column formulas (ej#1417), so a row the operator adds
 * below the table would otherwise stay without formulas until the add-in refreshes. Readers skip
 * blank rows.
 */
const SPARE_GOAL_ROWS = 20;

function withSpareGoalRows(rows: TableContent["rows"], plan: Plan): TableContent["rows"] {
  const width = rows[0]?.length ?? 0;
  const wanted = plan.goals.length + SPARE_GOAL_ROWS;
  const filled = rows.slice(0, Math.max(plan.goals.length, 0));
  while (filled.length < wanted) filled.push(Array.from({ length: width }, () => null));
  return filled;
}

function placeTables(
  ws: ExcelJS.Worksheet,
  sheet: SheetSpec,
  ctx: TablesContext,
  headerRow: number,
): PlacedTable[] {
  let firstColumn = 1;
  return sheet.tables.map((table) => {
    const at = { headerRow, firstColumn };
    const placed = placeTable(ws, table, at, contentOf(ctx, table.name, at), ctx.lang);
    // Tables sharing a sheet sit side by side, so each can grow downwards.
    firstColumn += table.columns.length + 1;
    return placed;
  });
}

/** Planned total, spent, remaining and execution rate beside tblBudget (see budgetSummaryRows). */
function writeBudgetSummary(ws: ExcelJS.Worksheet, column: number, plan: Plan, lang: Language): void {
  const letter = ws.getColumn(column + 1).letter;
  const title = ws.getCell(TABLE_HEADER_ROW, column);
  title.value = BUDGET_SUMMARY_TEXT[lang].title;
  title.style = HEADER_STYLE;
  ws.getCell(TABLE_HEADER_ROW, column + 1).style = HEADER_STYLE;
  const rows = budgetSummaryRows(
    structuredTableRefs(lang),
    lang,
    (i) => `${letter}${TABLE_HEADER_ROW + 1 + i}`,
  );
  rows.forEach((r, i) => {
    ws.getCell(TABLE_HEADER_ROW + 1 + i, column).value = r.label;
    const value = ws.getCell(TABLE_HEADER_ROW + 1 + i, column + 1);
    value.value = { formula: r.formula } as ExcelJS.CellFormulaValue;
    value.numFmt = r.kind === "ratio" ? PERCENT_FORMAT : currencyFormat(plan.settings.currency, lang);
    value.fill = TOOL_FILL;
  });
  ws.getColumn(column).width = 16;
  ws.getColumn(column + 1).width = 16;
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
  wb.subject = opts.lang === "zh-CN" ? "新媒体运营年度计划" : "Annual new-media operations plan";
  wb.keywords = `planbook; ${plan.brand.id}; ${plan.year}; ${opts.lang}`;
  wb.company = plan.brand.name;
  wb.calcProperties.fullCalcOnLoad = true;
  return stamp;
}

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
  const tables = tablesContext(plan, lang);
  let charts: SheetCharts | undefined;

  for (const sheet of SHEETS) {
    const ws = wb.addWorksheet(sheet.name[lang]);
    switch (sheet.kind) {
      case "guide":
        writeGuide(ws, lang);
        setPrintLayout(ws, lang, { orientation: "portrait" });
        break;
      case "dashboard":
        charts = { sheet: ws.name, charts: writeDashboard(ws, plan, lang), font: WORKBOOK_FONT[lang] };
        // Landscape: the roll-up table and the charts beside it.
        setPrintLayout(ws, lang, { orientation: "landscape", titleRow: DASHBOARD_HEADER_ROW });
        break;
      case "meta":
        writeMeta(ws, plan, opts);
        break;
      case "settings":
        writeSettings(wb, ws, plan, lang);
        placeTables(ws, sheet, tables, SEASONALITY_HEADER_ROW);
        setPrintLayout(ws, lang, { orientation: "landscape" });
        break;
      case "tables": {
        const placed = placeTables(ws, sheet, tables, TABLE_HEADER_ROW);
        const xSplit = frozenColumns(sheet);
        ws.views = [{ state: "frozen", ySplit: TABLE_HEADER_ROW, ...(xSplit > 0 ? { xSplit } : {}) }];
        // One page wide, header row repeated: a plan cut into vertical strips (the week grid
        // apart from the campaigns it draws) is read by matching rows across sheets of paper.
        setPrintLayout(ws, lang, { orientation: "landscape", titleRow: TABLE_HEADER_ROW });
        for (const table of placed) {
          if (table.spec.name === "tblCampaigns") writeGantt(ws, table, lang, plan.year);
          if (table.spec.name === "tblBudget")
            writeBudgetSummary(ws, table.spec.columns.length + 2, plan, lang);
          if (table.spec.name === "tblGoals") {
            const status = table.columnOf("status");
            const letter = ws.getColumn(status).letter;
            ws.addConditionalFormatting({
              ref: `${letter}${TABLE_HEADER_ROW + 1}:${letter}${TABLE_HEADER_ROW + table.rowCount + SPARE_ROWS}`,
              rules: statusRules(`${letter}${TABLE_HEADER_ROW + 1}`, 1),
            });
          }
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
