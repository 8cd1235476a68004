import { idKey, type Language, Plan } from "@planbook/core";
import {
  a1,
  brandSlug,
  columnLetters,
  cssHex,
  type DashboardFrame,
  dashboardRows,
  goalChannels,
  listNameFormulas,
  metaRows,
  rangeA1,
  SHEETS,
  structuredTableRefs,
  TABLES,
} from "@planbook/workbook";
import {
  placeWorkbook,
  planAsRendered,
  type SettingCheck,
  type SettingsPlacement,
} from "@planbook/workbook/write-plan";
import { writeDashboardCharts } from "./dashboard-charts";
import { writeDashboardFrame, writeDashboardRows } from "./dashboard-sheet";
import { BindingFailure, sheetsExist, tablesExist } from "./errors";
import { guardedSync } from "./guarded-sync";
import { writeGuide } from "./guide-sheet";
import { applyFont, POINTS_PER_CHARACTER, writeStyledTexts } from "./sheet-style";
import { WriteBudget } from "./write-budget";
import { writeTable } from "./write-table";

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
  const placement = placeWorkbook(plan, lang);
  const budget = new WriteBudget(
    context,
    { lang, timeoutMs: opts.timeoutMs, what: "write.sheets" },
    opts.requestBudgetBytes,
  );
  const created: string[] = [];
  // Lists over workbook names are validated once the names exist, and the names once every table
  // they point at exists: Excel rejects a name or list source that refers to nothing.
  const afterNames: (() => Promise<void>)[] = [];

  for (const placed of placement.sheets) {
    const ws = wb.worksheets.add(placed.name);
    created.push(placed.name);
    switch (placed.spec.kind) {
      case "guide":
        await writeGuide(ws, lang, budget);
        break;
      case "dashboard": {
        const frame = placed.dashboard;
        if (!frame) break;
        await writeDashboard(ws, placed.name, frame, plan, lang, budget);
        afterNames.push(() => budget.add(frame.pick, () => setPickList(ws, frame.pick)));
        break;
      }
      case "meta":
        await writeMeta(ws, plan, lang, budget);
        break;
      case "settings":
        if (placed.settings) await writeSettings(wb, ws, placed.settings, budget);
        for (const table of placed.tables) await writeTable(ws, table, budget, afterNames);
        await budget.add(placed.columnWidths, () => {
          for (const { column, width } of placed.columnWidths)
            ws.getRange(`${columnLetters(column)}:${columnLetters(column)}`).format.columnWidth =
              width * POINTS_PER_CHARACTER;
        });
        if (placed.settings) await writePhasingList(ws, placed.settings.phasingList, budget);
        break;
      case "tables": {
        for (const table of placed.tables) await writeTable(ws, table, budget, afterNames);
        // The generator's frozen panes: header rows, plus the ID columns of wide sheets.
        const freeze = placed.freeze;
        if (freeze && freeze.columns > 0)
          ws.freezePanes.freezeAt(ws.getRange(rangeA1(1, 1, freeze.rows, freeze.columns)));
        else if (freeze) ws.freezePanes.freezeRows(freeze.rows);
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

/** The chart's goal picker lists the goal IDs (a workbook name); other text only warns, as the generator's. */
function setPickList(ws: Excel.Worksheet, pick: DashboardFrame["pick"]): void {
  const validation = ws.getRange(pick.cell).dataValidation;
  validation.rule = { list: { inCellDropDown: true, source: `=${pick.list}` } };
  validation.errorAlert = { showAlert: true, style: "Warning", title: "", message: "" };
}

/** Office.js rule of a setting's bounds. */
function settingRule(check: SettingCheck): Excel.DataValidationRule {
  const body = { formula1: check.min, formula2: check.max, operator: "Between" as const };
  return check.type === "whole" ? { wholeNumber: body } : { decimal: body };
}

/** Applies the placed settings (placeWorkbook), as the generator does: label | value | help, each value cell a defined name. */
async function writeSettings(
  wb: Excel.Workbook,
  ws: Excel.Worksheet,
  settings: SettingsPlacement,
  budget: WriteBudget,
): Promise<void> {
  const { title, help, headers, rows } = settings;
  const lines = rows.map((s) => [s.label.text, s.value.value ?? "", s.help.text]);
  const first = rows[0]?.row ?? headers.row + 1;
  await budget.add([title, help, headers, lines], () => {
    writeStyledTexts(ws, [title, help]);
    const head = ws.getRange(
      rangeA1(headers.row, headers.firstColumn, headers.row, headers.firstColumn + headers.texts.length - 1),
    );
    head.values = [[...headers.texts]];
    head.format.fill.color = cssHex(headers.fill);
    applyFont(head, headers.font);
    ws.getRange(rangeA1(first, 1, first + lines.length - 1, 3)).values = lines;
    for (const s of rows) applyFont(ws.getRange(a1(s.help.row, s.help.column)), s.help.font);
  });
  for (const setting of rows) {
    const cell = a1(setting.row, setting.value.column);
    const { check, format } = setting.value;
    await budget.add([setting.name, cell, check, format, setting.value.unlocked], () => {
      wb.names.add(setting.name, ws.getRange(cell));
      if (check) {
        ws.getRange(cell).dataValidation.rule = settingRule(check);
        // As the generator: a setting out of its bounds is refused (formulas divide by them).
        ws.getRange(cell).dataValidation.errorAlert = {
          showAlert: true,
          style: "Stop",
          title: check.title,
          message: check.message,
        };
      }
      if (format) ws.getRange(cell).numberFormat = [[format]];
      if (setting.value.unlocked) ws.getRange(cell).format.protection.locked = false;
    });
  }
}

/** The Phasing dropdown's helper column on Settings (lstPhasing spans it), as the generator writes it. */
async function writePhasingList(
  ws: Excel.Worksheet,
  list: SettingsPlacement["phasingList"],
  budget: WriteBudget,
): Promise<void> {
  const { cells } = list;
  const column = rangeA1(list.firstRow, list.column, list.firstRow + cells.length - 1, list.column);
  await budget.add(cells, () => {
    ws.getRange(column).formulas = cells.map((c) => [typeof c === "string" ? c : `=${c.formula}`]);
    applyFont(ws.getRange(a1(list.firstRow, list.column)), list.captionFont);
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
  frame: DashboardFrame,
  plan: Plan,
  lang: Language,
  budget: WriteBudget,
): Promise<void> {
  const refs = structuredTableRefs(lang);
  const channels = goalChannels(plan);
  await writeDashboardFrame(ws, frame, budget);
  await writeDashboardRows(ws, dashboardRows(plan, channels, refs, lang), refs, frame.asOf.value, budget);
  const first =
    plan.goals.find((g) => plan.actuals.some((a) => idKey(a.goalId) === idKey(g.id))) ?? plan.goals[0];
  await writeDashboardCharts(
    ws,
    { channelCount: channels.length, refs, lang, pick: first?.id ?? "", existing: [], sheetName },
    budget,
  );
}
