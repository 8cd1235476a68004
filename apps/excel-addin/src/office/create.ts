import { idKey, type Language, Plan } from "@planbook/core";
import {
  brandSlug,
  type ColumnCheck,
  dashboardRows,
  emptyColumnFormat,
  type FormulaRefs,
  frozenColumns,
  goalChannels,
  goalRowFormulas,
  listNameFormulas,
  metaRows,
  PHASING_LIST_COLUMN,
  phasingListCells,
  planAsRendered,
  planToTableRows,
  type RawCell,
  SEASONALITY_HEADER_ROW,
  SETTINGS,
  SETTINGS_FIRST_ROW,
  SETTINGS_TEXT,
  SHEETS,
  type SheetSpec,
  SPARE_ROWS,
  settingBounds,
  settingFormat,
  settingValue,
  structuredTableRefs,
  TABLE_HEADER_ROW,
  TABLE_STYLE,
  TABLES,
  type TableSpec,
  type ToolFormulaId,
  tableColumnCheck,
} from "@planbook/workbook";
import { a1, columnLetters, rangeA1 } from "./address";
import { writeDashboardCharts } from "./dashboard-charts";
import { writeDashboardFrame, writeDashboardRows } from "./dashboard-sheet";
import { BindingFailure, sheetsExist, tablesExist } from "./errors";
import { guardedSync } from "./guarded-sync";
import { writeGuide } from "./guide-sheet";
import { POINTS_PER_CHARACTER, styleHeader, TOOL_FILL } from "./sheet-style";
import { queueStatusFormats } from "./status-format";
import { writeWeekView } from "./week-view";
import { setEveryCell, WriteBudget } from "./write-budget";

export interface CreatePlanSheetsOptions {
  lang: Language;
  year: number;
  brand: string;
  /** The brand's industry, kept in the meta sheet (plan.brand.industry). */
  industry?: string | null;
  timeoutMs?: number;
  /** Bytes per write request before the write is split into another sync (default ~4 MB). */
  requestBudgetBytes?: number;
}

export interface CreatePlanSheetsResult {
  sheets: string[];
  tables: string[];
}

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

/** Office.js rule of a Settings value cell. */
function settingRule(kind: (typeof SETTINGS)[number]["kind"]): Excel.DataValidationRule | null {
  const bounds = settingBounds(kind);
  if (!bounds) return null;
  const body = { formula1: bounds.min, formula2: bounds.max, operator: "Between" as const };
  return bounds.type === "whole" ? { wholeNumber: body } : { decimal: body };
}

/**
 * The starter plan of a new workbook, prepared as the generator prepares any plan (planAsRendered):
 * default seasonality profiles, the year's key dates as ideas, an Actuals row per goal.
 */
export function starterPlan(lang: Language, year: number, brand: string, industry?: string | null): Plan {
  const plan = Plan.parse({
    brand: { id: brandSlug(brand) ?? "brand", name: brand.trim(), industry: industry?.trim() || null },
    year,
    language: lang,
  });
  return planAsRendered(plan, lang);
}

/** Refs of the tables as this renderer places them (same-row goal cells in R1C1). */
function layoutRefs(lang: Language, goalsFirstColumn: number, goals: TableSpec): FormulaRefs {
  return {
    ...structuredTableRefs(lang),
    goalCell: (key) => `RC${goalsFirstColumn + goals.columns.findIndex((c) => c.key === key)}`,
  };
}

const cellText = (v: RawCell): string | number | boolean =>
  v === null ? "" : typeof v === "object" ? v.error : v;

/**
 * Create plan sheets: adds every sheet and table of the layout spec, in the workbook's language,
 * to the open workbook — the same sheet names, table names, headers, dropdown lists (workbook
 * names over the plan's tables, warning-only, with the same input prompts), frozen ID columns, number
 * formats, Guide, Settings, Dashboard (with its data bars), week view of campaigns and status
 * colours as the exceljs generator, all taken from the layout in @planbook/workbook. One sync to
 * check, one (split only past the payload budget) to write. Rejects with BindingFailure and changes nothing when plan tables or sheets exist.
 */
export async function createPlanSheets(
  context: Excel.RequestContext,
  opts: CreatePlanSheetsOptions,
): Promise<CreatePlanSheetsResult> {
  const { lang } = opts;
  const wb = context.workbook;
  const tables = wb.tables.load("items/name");
  const sheets = wb.worksheets.load("items/name");
  await guardedSync(context, { lang, timeoutMs: opts.timeoutMs, what: "read.structure" });

  const specNames = new Set(TABLES.map((t) => t.name.toLowerCase()));
  const existing = tables.items.map((t) => t.name).filter((n) => specNames.has(n.toLowerCase()));
  if (existing.length > 0) throw new BindingFailure(tablesExist(existing, lang));
  const wanted = new Set(SHEETS.map((s) => s.name[lang].toLowerCase()));
  const clashes = sheets.items.map((s) => s.name).filter((n) => wanted.has(n.toLowerCase()));
  if (clashes.length > 0) throw new BindingFailure(sheetsExist(clashes, lang));

  const plan = starterPlan(lang, opts.year, opts.brand, opts.industry);
  const rows = planToTableRows(plan, lang);
  const budget = new WriteBudget(
    context,
    { lang, timeoutMs: opts.timeoutMs, what: "write.sheets" },
    opts.requestBudgetBytes,
  );
  const created: string[] = [];
  // Lists over workbook names are validated once the names exist, and the names once every table
  // they point at exists: Excel rejects a name or list source that refers to nothing.
  const afterNames: (() => Promise<void>)[] = [];

  for (const sheet of SHEETS) {
    const ws = wb.worksheets.add(sheet.name[lang]);
    created.push(sheet.name[lang]);
    switch (sheet.kind) {
      case "guide":
        await writeGuide(ws, lang, budget);
        break;
      case "dashboard":
        await writeDashboard(ws, sheet.name[lang], plan, lang, budget);
        break;
      case "meta":
        await writeMeta(ws, plan, lang, budget);
        break;
      case "settings":
        await writeSettings(wb, ws, plan, lang, budget);
        await placeTables(ws, sheet, plan, rows, lang, SEASONALITY_HEADER_ROW, budget, afterNames);
        await writePhasingList(ws, lang, budget);
        break;
      case "tables": {
        await placeTables(ws, sheet, plan, rows, lang, TABLE_HEADER_ROW, budget, afterNames);
        // The generator's frozen panes: header rows, plus the ID columns of wide sheets.
        const columns = frozenColumns(sheet);
        if (columns > 0) ws.freezePanes.freezeAt(ws.getRange(rangeA1(1, 1, TABLE_HEADER_ROW, columns)));
        else ws.freezePanes.freezeRows(TABLE_HEADER_ROW);
        break;
      }
    }
  }
  const settingsName = SHEETS.find((s) => s.kind === "settings")?.name[lang] ?? "";
  const names = listNameFormulas(lang, settingsName);
  await budget.add(names, () => {
    for (const n of names) wb.names.add(n.name, `=${n.formula}`);
  });
  for (const write of afterNames) await write();
  await budget.flush();
  return { sheets: created, tables: TABLES.map((t) => t.name) };
}

async function placeTables(
  ws: Excel.Worksheet,
  sheet: SheetSpec,
  plan: Plan,
  rows: Record<string, RawCell[][]>,
  lang: Language,
  headerRow: number,
  budget: WriteBudget,
  afterNames: (() => Promise<void>)[],
): Promise<void> {
  let firstColumn = 1;
  for (const spec of sheet.tables) {
    const body = (rows[spec.name] ?? []).map((r) => spec.columns.map((_, i) => cellText(r[i] ?? null)));
    if (body.length === 0) body.push(spec.columns.map(() => ""));
    const lastColumn = firstColumn + spec.columns.length - 1;
    const lastRow = headerRow + body.length;
    const headers = spec.columns.map((c) => c.header[lang]);
    const address = rangeA1(headerRow, firstColumn, lastRow, lastColumn);
    const at = firstColumn;
    await budget.add([spec.caption[lang], spec.help[lang], headers, body], () => {
      ws.getRange(a1(headerRow - 2, at)).values = [[spec.caption[lang]]];
      ws.getRange(a1(headerRow - 2, at)).format.font.bold = true;
      ws.getRange(a1(headerRow - 1, at)).values = [[spec.help[lang]]];
      ws.getRange(rangeA1(headerRow, at, headerRow, lastColumn)).values = [headers];
      ws.getRange(rangeA1(headerRow + 1, at, lastRow, lastColumn)).values = body;
      const table = ws.tables.add(ws.getRange(address), true);
      table.name = spec.name;
      table.style = TABLE_STYLE;
    });
    const formulas =
      spec.name === "tblGoals"
        ? goalRowFormulas(layoutRefs(lang, at, spec), lang)
        : ({} as Record<string, string>);
    for (const [i, column] of spec.columns.entries()) {
      const col = at + i;
      const bodyRange = rangeA1(headerRow + 1, col, lastRow, col);
      const format = emptyColumnFormat(column, lang, plan.settings.currency);
      const formula =
        column.kind.type === "formula" ? formulas[column.kind.formula as ToolFormulaId] : undefined;
      const check = tableColumnCheck(spec.name, column, plan, lang);
      const spare = rangeA1(headerRow + 1, col, lastRow + SPARE_ROWS, col);
      if (check?.type === "list" && check.reference)
        afterNames.push(() => budget.add([spare, check], () => setCheck(ws.getRange(spare), check)));
      const inline = check?.type === "list" && check.reference ? null : check;
      await budget.add([format, formula, inline, column.width], () => {
        if (format) setEveryCell(ws.getRange(bodyRange), "numberFormat", format);
        if (formula) setEveryCell(ws.getRange(bodyRange), "formulasR1C1", `=${formula}`);
        if (column.toolOwned) ws.getRange(bodyRange).format.fill.color = TOOL_FILL;
        if (column.hidden) ws.getRange(`${columnLetters(col)}:${columnLetters(col)}`).columnHidden = true;
        if (inline) setCheck(ws.getRange(spare), inline);
        if (column.width)
          ws.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth =
            column.width * POINTS_PER_CHARACTER;
      });
    }
    if (spec.name === "tblCampaigns")
      await writeWeekView(
        ws,
        { headerRow, firstColumn: at, rowCount: body.length, gridColumn: lastColumn + 2 },
        lang,
        plan.year,
        budget,
      );
    if (spec.name === "tblGoals") {
      const status = at + spec.columns.findIndex((c) => c.key === "status");
      const range = rangeA1(headerRow + 1, status, lastRow + SPARE_ROWS, status);
      await budget.add(range, () => queueStatusFormats(ws.getRange(range)));
    }
    // Tables sharing a sheet sit side by side, so each can grow downwards.
    firstColumn += spec.columns.length + 1;
  }
}

async function writeSettings(
  wb: Excel.Workbook,
  ws: Excel.Worksheet,
  plan: Plan,
  lang: Language,
  budget: WriteBudget,
): Promise<void> {
  const text = SETTINGS_TEXT[lang];
  const lines = SETTINGS.map((s) => [s.label[lang], cellText(settingValue(s.name, plan)), s.help[lang]]);
  await budget.add([text, lines], () => {
    ws.getRange("A1:A2").values = [[text.title], [text.help]];
    ws.getRange("A1").format.font.bold = true;
    const headers = ws.getRange(rangeA1(SETTINGS_FIRST_ROW - 1, 1, SETTINGS_FIRST_ROW - 1, 3));
    headers.values = [text.headers];
    styleHeader(headers);
    ws.getRange(rangeA1(SETTINGS_FIRST_ROW, 1, SETTINGS_FIRST_ROW + lines.length - 1, 3)).values = lines;
  });
  for (const [i, setting] of SETTINGS.entries()) {
    const cell = `B${SETTINGS_FIRST_ROW + i}`;
    const rule = settingRule(setting.kind);
    const format = settingFormat(setting.kind);
    await budget.add([setting.name, cell, rule, format], () => {
      wb.names.add(setting.name, ws.getRange(cell));
      if (rule) ws.getRange(cell).dataValidation.rule = rule;
      if (format) ws.getRange(cell).numberFormat = [[format]];
    });
  }
}

/** The Phasing dropdown's helper column on Settings (lstPhasing spans it), as the generator writes it. */
async function writePhasingList(ws: Excel.Worksheet, lang: Language, budget: WriteBudget): Promise<void> {
  const cells = phasingListCells(lang);
  const column = rangeA1(
    SEASONALITY_HEADER_ROW,
    PHASING_LIST_COLUMN,
    SEASONALITY_HEADER_ROW + cells.length - 1,
    PHASING_LIST_COLUMN,
  );
  await budget.add(cells, () => {
    ws.getRange(column).formulas = cells.map((c) => [typeof c === "string" ? c : `=${c.formula}`]);
    ws.getRange(
      `${columnLetters(PHASING_LIST_COLUMN)}:${columnLetters(PHASING_LIST_COLUMN)}`,
    ).format.columnWidth = 18 * POINTS_PER_CHARACTER;
  });
}

/** Who writes a workbook through Create plan sheets, as recorded in the meta sheet. */
const ADDIN_GENERATOR = { name: "planbook-excel-addin", version: "0.1.0" };

async function writeMeta(
  ws: Excel.Worksheet,
  plan: Plan,
  lang: Language,
  budget: WriteBudget,
): Promise<void> {
  const pairs = metaRows(plan, lang, ADDIN_GENERATOR);
  await budget.add(pairs, () => {
    const range = ws.getRange(rangeA1(1, 1, pairs.length, 2));
    // Text format first, so "1" and "2027" stay the strings the reader expects.
    range.numberFormat = pairs.map(() => ["@", "@"]);
    range.values = pairs;
    ws.visibility = "Hidden";
  });
}

async function writeDashboard(
  ws: Excel.Worksheet,
  sheetName: string,
  plan: Plan,
  lang: Language,
  budget: WriteBudget,
): Promise<void> {
  const refs = structuredTableRefs(lang);
  const channels = goalChannels(plan);
  await writeDashboardFrame(ws, lang, budget);
  await writeDashboardRows(ws, dashboardRows(plan, channels, refs, lang), refs, lang, budget);
  const first =
    plan.goals.find((g) => plan.actuals.some((a) => idKey(a.goalId) === idKey(g.id))) ?? plan.goals[0];
  await writeDashboardCharts(
    ws,
    { channelCount: channels.length, refs, lang, pick: first?.id ?? "", existing: [], sheetName },
    budget,
  );
}
