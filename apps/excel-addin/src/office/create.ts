import { computeProgress, ENUM_LABELS, type Language, PHASING_LABELS, Plan } from "@planbook/core";
import {
  asOfMonthExpr,
  brandSlug,
  type ColumnSpec,
  defaultSeasonality,
  type FormulaRefs,
  goalRowFormulas,
  keyDateIdeas,
  planToTableRows,
  type RawCell,
  SCHEMA_VERSION,
  SETTINGS,
  SHEETS,
  type SheetSpec,
  structuredTableRefs,
  TABLES,
  type TableSpec,
  type ToolFormulaId,
} from "@planbook/workbook";
import { a1, columnLetters, rangeA1 } from "./address";
import { BindingFailure, sheetsExist, tablesExist } from "./errors";
import { columnFormat, DECIMAL_FORMAT, PERCENT_FORMAT } from "./formats";
import { guardedSync } from "./guarded-sync";
import { AS_OF_FORMAT, DASHBOARD_HEADER_ROW, dashboardRows } from "./refresh";
import { setEveryCell, WriteBudget } from "./write-budget";

export interface CreatePlanSheetsOptions {
  lang: Language;
  year: number;
  brand: string;
  timeoutMs?: number;
  /** Bytes per write request before the write is split into another sync (default ~4 MB). */
  requestBudgetBytes?: number;
}

export interface CreatePlanSheetsResult {
  sheets: string[];
  tables: string[];
}

/** Layout constants shared with the exceljs generator (packages/xlsx render). */
const TABLE_HEADER_ROW = 4;
const SETTINGS_FIRST_ROW = 4;
const SEASONALITY_HEADER_ROW = SETTINGS_FIRST_ROW + SETTINGS.length + 4;
/** Rows below a table's data that still get dropdowns and number checks. */
const SPARE_ROWS = 500;
/** The generator's grey for tool-owned cells. */
const TOOL_FILL = "#E7E6E6";
const NUMBER_KINDS = new Set(["count", "decimal", "percent", "currency", "goalValue"]);

/** An inline list source: ≤ 255 characters, no commas or quotes inside items (as the generator cuts it). */
export function listSource(items: readonly string[]): string | null {
  const usable = items.filter((i) => i !== "" && !i.includes(",") && !i.includes('"'));
  let joined = "";
  for (const item of usable) {
    const next = joined === "" ? item : `${joined},${item}`;
    if (next.length > 253) break;
    joined = next;
  }
  return joined === "" ? null : joined;
}

function listOf(column: ColumnSpec, plan: Plan, lang: Language): string[] | undefined {
  if (column.kind.type === "enum") {
    return Object.values(ENUM_LABELS[column.kind.list] as Record<string, Record<Language, string>>).map(
      (l) => l[lang],
    );
  }
  if (column.kind.type === "phasing") {
    return [
      PHASING_LABELS.linear[lang],
      PHASING_LABELS.custom[lang],
      ...plan.settings.seasonality.map((p) => p.profile.trim()),
    ];
  }
  return undefined;
}

function ruleOf(column: ColumnSpec, plan: Plan, lang: Language): Excel.DataValidationRule | null {
  const list = listOf(column, plan, lang);
  if (list) {
    const source = listSource(list);
    return source === null ? null : { list: { inCellDropDown: true, source } };
  }
  if (NUMBER_KINDS.has(column.kind.type)) {
    return { decimal: { formula1: -1e15, formula2: 1e15, operator: "Between" } };
  }
  if (column.kind.type === "date") {
    return { date: { formula1: "2000-01-01", formula2: "2100-12-31", operator: "Between" } };
  }
  return null;
}

const GUIDE_TEXT: Record<Language, string[]> = {
  "zh-CN": [
    "Planbook 年度计划",
    "按 战略目标 → 目标 → 策略 → 渠道 → 活动 的顺序填写各工作表；每月在“月度数据”中填入各目标的实际值。",
    "功能区“开始”选项卡中的“校验目标”检查目标是否符合 SMART，“刷新进度”更新进度列、进度看板与图表。",
    "灰色列与“进度看板”由 Planbook 计算，请勿手动修改。",
  ],
  en: [
    "Planbook annual plan",
    "Fill the sheets in the order Objectives → Goals → Strategies → Channels → Campaigns; each month, enter every goal's actual in Actuals.",
    "On the Home tab, Validate goals checks the goals against SMART and Refresh progress updates the progress columns, the Dashboard and its charts.",
    "Grey columns and the Dashboard are computed by Planbook: do not edit them by hand.",
  ],
};

const SETTINGS_TEXT: Record<Language, { title: string; help: string; headers: [string, string, string] }> = {
  "zh-CN": {
    title: "设置",
    help: "以下取值被公式和加载项按名称引用（如 PlanYear），可以修改取值，请勿移动或删除这些单元格。",
    headers: ["设置项", "取值", "说明"],
  },
  en: {
    title: "Settings",
    help: "Formulas and the add-in refer to these values by name (PlanYear …): change the values, do not move or delete the cells.",
    headers: ["Setting", "Value", "Help"],
  },
};

function settingValue(name: (typeof SETTINGS)[number]["name"], plan: Plan): RawCell {
  switch (name) {
    case "PlanYear":
      return plan.year;
    case "Brand":
      return plan.brand.name;
    case "Currency":
      return plan.settings.currency;
    case "AsOfMonth":
      return plan.settings.asOfMonth;
    case "OnTrackThreshold":
      return plan.settings.onTrackThreshold;
    case "AtRiskThreshold":
      return plan.settings.atRiskThreshold;
    case "MaxGrowth":
      return plan.settings.maxGrowth;
  }
}

function settingRule(kind: (typeof SETTINGS)[number]["kind"]): Excel.DataValidationRule | null {
  switch (kind) {
    case "year":
      return { wholeNumber: { formula1: 2000, formula2: 2100, operator: "Between" } };
    case "month":
      return { wholeNumber: { formula1: 1, formula2: 12, operator: "Between" } };
    case "ratio":
      return { decimal: { formula1: 0, formula2: 10, operator: "Between" } };
    case "decimal":
      return { decimal: { formula1: 0, formula2: 1000, operator: "Between" } };
    default:
      return null;
  }
}

/** The starter plan of a new workbook: default seasonality profiles and the year's key dates as ideas. */
export function starterPlan(lang: Language, year: number, brand: string): Plan {
  return Plan.parse({
    brand: { id: brandSlug(brand) ?? "brand", name: brand.trim() },
    year,
    language: lang,
    settings: { seasonality: defaultSeasonality(lang) },
    campaigns: keyDateIdeas(year, lang),
  });
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
 * to the open workbook — the same sheet names, table names, headers, dropdown lists and number
 * formats as the exceljs generator. One sync to check, one (split only past the payload budget)
 * to write. Rejects with BindingFailure and changes nothing when plan tables or sheets exist.
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

  const plan = starterPlan(lang, opts.year, opts.brand);
  const rows = planToTableRows(plan, lang);
  const budget = new WriteBudget(
    context,
    { lang, timeoutMs: opts.timeoutMs, what: "write.sheets" },
    opts.requestBudgetBytes,
  );
  const created: string[] = [];

  for (const sheet of SHEETS) {
    const ws = wb.worksheets.add(sheet.name[lang]);
    created.push(sheet.name[lang]);
    switch (sheet.kind) {
      case "guide": {
        const lines = GUIDE_TEXT[lang].map((l) => [l]);
        await budget.add(lines, () => {
          ws.getRange(rangeA1(1, 1, lines.length, 1)).values = lines;
          ws.getRange("A1").format.font.bold = true;
        });
        break;
      }
      case "dashboard":
        await writeDashboard(ws, plan, lang, budget);
        break;
      case "meta":
        await writeMeta(ws, plan, lang, budget);
        break;
      case "settings":
        await writeSettings(wb, ws, plan, lang, budget);
        await placeTables(ws, sheet, plan, rows, lang, SEASONALITY_HEADER_ROW, budget);
        break;
      case "tables":
        await placeTables(ws, sheet, plan, rows, lang, TABLE_HEADER_ROW, budget);
        ws.freezePanes.freezeRows(TABLE_HEADER_ROW);
        break;
    }
  }
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
      table.style = "TableStyleLight9";
    });
    const formulas =
      spec.name === "tblGoals"
        ? goalRowFormulas(layoutRefs(lang, at, spec), lang)
        : ({} as Record<string, string>);
    for (const [i, column] of spec.columns.entries()) {
      const col = at + i;
      const bodyRange = rangeA1(headerRow + 1, col, lastRow, col);
      const format = columnFormat(column, lang, plan.settings.currency);
      const formula =
        column.kind.type === "formula" ? formulas[column.kind.formula as ToolFormulaId] : undefined;
      const rule = column.toolOwned ? null : ruleOf(column, plan, lang);
      const spare = rangeA1(headerRow + 1, col, lastRow + SPARE_ROWS, col);
      await budget.add([format, formula, rule, column.width], () => {
        if (format) setEveryCell(ws.getRange(bodyRange), "numberFormat", format);
        if (formula) setEveryCell(ws.getRange(bodyRange), "formulasR1C1", `=${formula}`);
        if (column.toolOwned) ws.getRange(bodyRange).format.fill.color = TOOL_FILL;
        if (column.hidden) ws.getRange(`${columnLetters(col)}:${columnLetters(col)}`).columnHidden = true;
        if (rule) ws.getRange(spare).dataValidation.rule = rule;
        if (column.width)
          ws.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = column.width * 7;
      });
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
    ws.getRange(rangeA1(SETTINGS_FIRST_ROW - 1, 1, SETTINGS_FIRST_ROW - 1, 3)).values = [text.headers];
    ws.getRange(rangeA1(SETTINGS_FIRST_ROW, 1, SETTINGS_FIRST_ROW + lines.length - 1, 3)).values = lines;
  });
  for (const [i, setting] of SETTINGS.entries()) {
    const cell = `B${SETTINGS_FIRST_ROW + i}`;
    const rule = settingRule(setting.kind);
    const format =
      setting.kind === "ratio" ? PERCENT_FORMAT : setting.kind === "decimal" ? DECIMAL_FORMAT : null;
    await budget.add([setting.name, cell, rule, format], () => {
      wb.names.add(setting.name, ws.getRange(cell));
      if (rule) ws.getRange(cell).dataValidation.rule = rule;
      if (format) ws.getRange(cell).numberFormat = [[format]];
    });
  }
}

async function writeMeta(
  ws: Excel.Worksheet,
  plan: Plan,
  lang: Language,
  budget: WriteBudget,
): Promise<void> {
  const pairs: [string, string][] = [
    ["key", "value"],
    ["schemaVersion", String(SCHEMA_VERSION)],
    ["generator", "planbook-excel-addin"],
    ["generatorVersion", "0.1.0"],
    ["brandId", plan.brand.id],
    ["year", String(plan.year)],
    ["language", lang],
  ];
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
  plan: Plan,
  lang: Language,
  budget: WriteBudget,
): Promise<void> {
  const refs = { ...structuredTableRefs(lang), goalCell: () => "RC1" };
  const rows = dashboardRows(plan, computeProgress(plan), refs, lang);
  const head =
    lang === "zh-CN"
      ? {
          title: "进度看板",
          asOf: "统计截至月份",
          headers: ["分组", "名称", "说明", "有数据的目标", "达成率", "状态"],
        }
      : {
          title: "Dashboard",
          asOf: "As of month",
          headers: ["Group", "Name", "Description", "Goals with data", "Attainment", "Status"],
        };
  const last = DASHBOARD_HEADER_ROW + rows.length;
  const asOf = `=IF(${asOfMonthExpr(refs)}<1,"",${asOfMonthExpr(refs)})`;
  await budget.add([head, rows], () => {
    ws.getRange("A1:A2").values = [[head.title], [head.asOf]];
    ws.getRange("A1").format.font.bold = true;
    ws.getRange("B2").formulas = [[asOf]];
    ws.getRange("B2").numberFormat = [[AS_OF_FORMAT[lang]]];
    ws.getRange(rangeA1(DASHBOARD_HEADER_ROW, 1, DASHBOARD_HEADER_ROW, 6)).values = [head.headers];
    ws.getRange(rangeA1(DASHBOARD_HEADER_ROW + 1, 1, last, 6)).formulas = rows;
    setEveryCell(ws.getRange(rangeA1(DASHBOARD_HEADER_ROW + 1, 5, last, 5)), "numberFormat", PERCENT_FORMAT);
  });
}
