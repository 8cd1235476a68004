import {
  Dimension,
  type GoalStatus,
  idKey,
  type Language,
  monthlyTargets,
  type Plan,
  PUNCTUATION,
} from "@planbook/core";
import { phaseShareAt, thresholds } from "../formulas/goal";
import type { FormulaRefs } from "../formulas/refs";
import { enumWords, isOneOf, label, str } from "../formulas/words";
import { a1 } from "../grid/a1";
import type { RgbHex } from "./colours";
import { DASHBOARD_HEADER_ROW, type DashboardCell } from "./dashboard";
import { type CellFont, HELP_CELL_FONT } from "./fonts";
import { PERCENT_FORMAT } from "./formats";
import { tableSpec } from "./spec";
import type { TableName } from "./types";

/**
 * The Dashboard's native charts, described once and drawn by two renderers: the generator writes
 * DrawingML parts into the package (packages/xlsx), the add-in calls Office.js `charts.add`.
 * Every series reads cells of the Dashboard that are formulas over the tables, so the charts
 * follow the plan in Excel, WPS and LibreOffice with no add-in.
 *
 * The chart data sits in a block right of the charts (columns S–V): one block per chart, each a
 * header row over label + series columns, so Office.js `charts.add(type, block, "Columns")`
 * builds the same series the DrawingML names cell by cell.
 */

/** Column of the chart data blocks (S) and the cells beside the as-of month picking the monthly chart's goal. */
export const CHART_DATA_COLUMN = 19;
export const CHART_PICK_LABEL = "D2";
export const CHART_PICK_CELL = "E2";
/** Width (characters) of the chart data blocks' first column, which holds their labels. */
export const CHART_DATA_COLUMN_WIDTH = 14;
/** Charts sit between the roll-up table (A–G) and the data blocks: columns I–Q. */
const CHART_LEFT_COLUMN = 9;
const CHART_RIGHT_COLUMN = 17;
const CHART_HEIGHT_ROWS = 16;

/** Roll-ups are never `achieved`: a bar is in one of these three bands (or absent without data). */
export const CHART_BANDS = ["on_track", "at_risk", "off_track"] as const satisfies readonly GoalStatus[];

/** Solid colours of the bands in charts (the Status cell fills are too pale for a bar). */
export const CHART_STATUS_COLOURS: Record<(typeof CHART_BANDS)[number], RgbHex> = {
  on_track: "4E9A45",
  at_risk: "E0A100",
  off_track: "C0504D",
};
export const CHART_ACTUAL_COLOUR: RgbHex = "4472C4";
export const CHART_TARGET_COLOUR: RgbHex = "404040";

export const CHART_NAMES = {
  byDimension: "Planbook.ByDimension",
  byChannel: "Planbook.ByChannel",
  monthly: "Planbook.Monthly",
} as const;
type ChartKey = keyof typeof CHART_NAMES;

interface ChartText {
  byDimension: string;
  byChannel: string;
  monthly: string;
  pick: string;
  dimension: string;
  channel: string;
  month: string;
  actual: string;
  phasedTarget: string;
  share: string;
  goal: string;
}

export const CHART_TEXT: Record<Language, ChartText> = {
  "zh-CN": {
    byDimension: "各维度达成率",
    byChannel: "各渠道达成率",
    monthly: "月度实际 vs 分解目标",
    pick: "月度图表目标",
    dimension: "维度",
    channel: "渠道",
    month: "月份",
    actual: "实际",
    phasedTarget: "分解目标",
    share: "累计分解比例",
    goal: "图表目标",
  },
  en: {
    byDimension: "Attainment by dimension",
    byChannel: "Attainment by channel",
    monthly: "Monthly actual vs phased target",
    pick: "Goal in chart",
    dimension: "Dimension",
    channel: "Channel",
    month: "Month",
    actual: "Actual",
    phasedTarget: "Phased target",
    share: "Cumulative share",
    goal: "Chart goal",
  },
};

export interface ChartSeries {
  /** Cell (A1, on the Dashboard) holding the series name. */
  name: string;
  /** Range (A1, on the Dashboard) of the values. */
  values: string;
  colour: RgbHex;
  /** How this series is drawn: bars across, columns up, or a line. */
  kind: "bar" | "column" | "line";
}

export interface ChartSpec {
  key: ChartKey;
  /** Name of the chart object (Office.js) / drawing frame (OOXML): how a renderer finds its own. */
  name: string;
  /** The title as drawn for the goal in the picker when the charts are written (a host that shows a title cell's cached text, as LibreOffice does, shows this). */
  title: string;
  /**
   * Cell (A1, on the Dashboard) whose value is the title: the monthly chart's names the goal picked
   * in the Dashboard dropdown, so the title follows the pick in Excel (OOXML c:tx/c:strRef, Office.js
   * title.setFormula).
   */
  titleCell?: string;
  /** Range (A1) of the category labels. */
  categories: string;
  series: ChartSeries[];
  /** Bars of one category stacked: each category has one non-blank band, so it shows in its status colour. */
  stacked: boolean;
  valueFormat: string;
  /** The block (header row + label column + series columns) Office.js builds the chart from. */
  source: string;
  /** Office.js chart type of the block; series whose kind differs are switched afterwards. */
  officeType: "BarStacked" | "ColumnClustered";
  /** Top-left and bottom-right cells the chart covers. */
  from: { row: number; column: number };
  to: { row: number; column: number };
}

/** A block of Dashboard cells: `rows[i][j]` goes to (row + i, column + j). */
export interface ChartDataBlock {
  row: number;
  column: number;
  rows: DashboardCell[][];
  /** Number format per column of the block (undefined: General), applied below the header row. */
  formats: (string | undefined)[];
  /** Font of the header row: help text, as it is the charts' working and not for reading. */
  headerFont: CellFont;
}

/** A block's cells and formats, before chartDataBlocks gives every block the same header font. */
type BlockCells = Omit<ChartDataBlock, "headerFont">;

/** Where the charts' data and pictures go, given how many channel rows the Dashboard has. */
export interface DashboardChartLayout {
  dimensionBlockRow: number;
  channelBlockRow: number;
  monthlyBlockRow: number;
  goalBlockRow: number;
  /** Dashboard rows (1-based) of the dimension and channel roll-ups, whose Attainment is column E. */
  dimensionRows: number[];
  channelRows: number[];
}

/** Rows of the roll-ups: brand, the four dimensions, then the channels (see dashboardRows). */
export function dashboardChartLayout(channelCount: number): DashboardChartLayout {
  const firstDimension = DASHBOARD_HEADER_ROW + 2;
  const dimensionRows = Dimension.options.map((_, i) => firstDimension + i);
  const firstChannel = firstDimension + Dimension.options.length;
  const channelRows = Array.from({ length: channelCount }, (_, i) => firstChannel + i);
  const dimensionBlockRow = DASHBOARD_HEADER_ROW;
  const channelBlockRow = dimensionBlockRow + dimensionRows.length + 2;
  const monthlyBlockRow = channelBlockRow + Math.max(channelCount, 1) + 2;
  return {
    dimensionBlockRow,
    channelBlockRow,
    monthlyBlockRow,
    goalBlockRow: monthlyBlockRow + 14,
    dimensionRows,
    channelRows,
  };
}

const abs = (row: number, column: number) => a1(row, column).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
const range = (r1: number, c1: number, r2: number, c2: number) => `${abs(r1, c1)}:${abs(r2, c2)}`;

/** One band's value of a roll-up row: its attainment when it falls in the band, else blank. */
function bandValue(attainmentCell: string, band: (typeof CHART_BANDS)[number]): string {
  const { onTrack, atRisk } = thresholds();
  const a = attainmentCell;
  const inBand =
    band === "on_track"
      ? `${a}>=${onTrack}`
      : band === "at_risk"
        ? `AND(${a}<${onTrack},${a}>=${atRisk})`
        : `${a}<${atRisk}`;
  return `IF(ISNUMBER(${a}),IF(${inBand},${a},""),"")`;
}

function bandBlock(row: number, rollupRows: readonly number[], header: string, lang: Language): BlockCells {
  return {
    row,
    column: CHART_DATA_COLUMN,
    rows: [
      [header, ...CHART_BANDS.map((b) => label("goalStatus", b, lang))],
      ...rollupRows.map((r) => [
        { formula: `IF(B${r}="","",B${r})` },
        ...CHART_BANDS.map((b) => ({ formula: bandValue(`E${r}`, b) })),
      ]),
    ],
    formats: [undefined, PERCENT_FORMAT, PERCENT_FORMAT, PERCENT_FORMAT],
  };
}

/** The picked goal's inputs the monthly formulas read, in this order, below the monthly block. */
const GOAL_ECHO_KEYS = [
  "id",
  "metric",
  "target",
  "baseline",
  "phasing",
  "start",
  "deadline",
  "aggregation",
] as const;

/**
 * The picked goal: its row in tblGoals and in tblActuals, and its inputs echoed from tblGoals,
 * so the monthly formulas stay short and read like a goal row's.
 */
function goalBlock(
  layout: DashboardChartLayout,
  refs: Pick<FormulaRefs, "column">,
  lang: Language,
): BlockCells {
  const pick = `$${CHART_PICK_CELL.replace(/(\d+)/, "$$$1")}`;
  const withHeader = (table: TableName, key: string) => {
    const structured = /^([^[\]]+)\[(.+)\]$/.exec(refs.column(table, key));
    return structured ? `${structured[1]}[[#All],[${structured[2]}]]` : refs.column(table, key);
  };
  const matchIn = (table: TableName) =>
    `IF(TRIM(${pick})="","",IFERROR(MATCH(TRIM(${pick}),INDEX(TRIM(${withHeader(table, table === "tblGoals" ? "id" : "goalId")}),0),0)-1,""))`;
  const base = layout.goalBlockRow;
  const goalRow = abs(base + 1, CHART_DATA_COLUMN + 1);
  const goals = tableSpec("tblGoals");
  const header = (key: string) => goals.columns.find((c) => c.key === key)?.header[lang] ?? key;
  const text = CHART_TEXT[lang];
  return {
    row: base,
    column: CHART_DATA_COLUMN,
    rows: [
      [
        text.goal,
        { formula: `IF(TRIM(${pick})="","",TRIM(${pick}))` },
        { formula: monthlyTitleFormula(lang) },
      ],
      ["tblGoals", { formula: matchIn("tblGoals") }, null],
      ["tblActuals", { formula: matchIn("tblActuals") }, null],
      ...GOAL_ECHO_KEYS.map((key): DashboardCell[] => {
        const cell = `INDEX(${refs.column("tblGoals", key)},${goalRow})`;
        return [header(key), { formula: `IF(ISNUMBER(${goalRow}),IF(${cell}="","",${cell}),"")` }, null];
      }),
    ],
    formats: [undefined, undefined, undefined],
  };
}

function echoCell(layout: DashboardChartLayout, key: string): string {
  const i = (GOAL_ECHO_KEYS as readonly string[]).indexOf(key);
  if (i < 0) throw new Error(`the monthly chart does not echo ${key}`);
  return abs(layout.goalBlockRow + 3 + i, CHART_DATA_COLUMN + 1);
}

/**
 * Month | Actual | Phased target | cumulative share, for the picked goal. The target of month m is
 * the engine's (core's monthlyTargets): sum → T·(s_m − s_{m−1}); last → b + (T − b)·s_m;
 * average and ratio → T. s_m is the Phase Share formula of a goal row, at month m.
 */
function monthlyBlock(
  layout: DashboardChartLayout,
  refs: Pick<FormulaRefs, "column" | "months">,
  lang: Language,
): BlockCells {
  const text = CHART_TEXT[lang];
  const base = layout.monthlyBlockRow;
  // The goal-row context names every input; Phase Share reads only the echoed ones. Any other
  // (#N/A) would turn the share blank through IFERROR rather than into a wrong number.
  const echoed: readonly string[] = GOAL_ECHO_KEYS;
  const goalRefs: FormulaRefs = {
    ...refs,
    goalCell: (key) => (echoed.includes(key) ? echoCell(layout, key) : "NA()"),
  };
  const actualsRow = abs(layout.goalBlockRow + 2, CHART_DATA_COLUMN + 1);
  const months = tableSpec("tblActuals").columns.filter((c) => c.key.startsWith("months."));
  const T = echoCell(layout, "target");
  const baseline = echoCell(layout, "baseline");
  const b = `IF(${baseline}="",0,${baseline})`;
  const agg = echoCell(layout, "aggregation");
  const isSum = isOneOf(agg, enumWords("aggregation", "sum"));
  const isLast = isOneOf(agg, enumWords("aggregation", "last"));
  const known = `OR(${isSum},${isLast},${isOneOf(agg, enumWords("aggregation", "average"))},${isOneOf(agg, enumWords("aggregation", "ratio"))})`;
  const rows: DashboardCell[][] = [[text.month, text.actual, text.phasedTarget, text.share]];
  const yearShare = abs(base + 12, CHART_DATA_COLUMN + 3);
  months.forEach((month, i) => {
    const m = i + 1;
    const row = base + 1 + i;
    const share = abs(row, CHART_DATA_COLUMN + 3);
    const before = m === 1 ? "0" : abs(row - 1, CHART_DATA_COLUMN + 3);
    const value = `INDEX(${refs.months("tblActuals")},${actualsRow},${m})`;
    rows.push([
      month.header[lang],
      { formula: `IF(ISNUMBER(${actualsRow}),IF(ISNUMBER(${value}),${value},""),"")` },
      {
        formula:
          `IF(OR(NOT(ISNUMBER(${T})),NOT(ISNUMBER(${share})),NOT(ISNUMBER(${yearShare})),NOT(${known})),"",` +
          // No active month in the year (s_12 = 0): no phased target, as the engine.
          `IF(${yearShare}=0,"",IF(${isSum},${T}*(${share}-IF(ISNUMBER(${before}),${before},0)),` +
          `IF(${isLast},${b}+(${T}-${b})*${share},${T}))))`,
      },
      { formula: `IFERROR(${phaseShareAt(goalRefs, String(m))},"")` },
    ]);
  });
  return {
    row: base,
    column: CHART_DATA_COLUMN,
    rows,
    formats: [undefined, undefined, undefined, PERCENT_FORMAT],
  };
}

/** Every data block of the charts (written by both renderers as formulas). */
export function chartDataBlocks(
  layout: DashboardChartLayout,
  refs: Pick<FormulaRefs, "column" | "months">,
  lang: Language,
): ChartDataBlock[] {
  const text = CHART_TEXT[lang];
  const blocks = [bandBlock(layout.dimensionBlockRow, layout.dimensionRows, text.dimension, lang)];
  if (layout.channelRows.length > 0)
    blocks.push(bandBlock(layout.channelBlockRow, layout.channelRows, text.channel, lang));
  blocks.push(monthlyBlock(layout, refs, lang), goalBlock(layout, refs, lang));
  return blocks.map((block) => ({ ...block, headerFont: HELP_CELL_FONT }));
}

const titleSeparator = (lang: Language) => PUNCTUATION.labelSeparator[lang];

/** The title cell of the monthly chart: "<goal>: monthly actual vs phased target" (monthlyTitle as a formula). */
export function monthlyTitleFormula(lang: Language): string {
  const text = CHART_TEXT[lang];
  const pick = CHART_PICK_CELL;
  return `IF(TRIM(${pick})="",${str(text.monthly)},TRIM(${pick})&${str(titleSeparator(lang) + text.monthly)})`;
}

/** What monthlyTitleFormula shows while the picker holds `goal` (null or blank: the plain title). */
export function monthlyTitle(goal: string | null, lang: Language): string {
  const text = CHART_TEXT[lang];
  const picked = goal?.trim() ?? "";
  return picked === "" ? text.monthly : `${picked}${titleSeparator(lang)}${text.monthly}`;
}

function bandChart(
  key: "byDimension" | "byChannel",
  blockRow: number,
  count: number,
  top: number,
  title: string,
): ChartSpec {
  const c = CHART_DATA_COLUMN;
  const first = blockRow + 1;
  const last = blockRow + count;
  return {
    key,
    name: CHART_NAMES[key],
    title,
    categories: range(first, c, last, c),
    series: CHART_BANDS.map((band, i) => ({
      name: abs(blockRow, c + 1 + i),
      values: range(first, c + 1 + i, last, c + 1 + i),
      colour: CHART_STATUS_COLOURS[band],
      kind: "bar",
    })),
    stacked: true,
    valueFormat: "0%",
    source: range(blockRow, c, last, c + CHART_BANDS.length),
    officeType: "BarStacked",
    from: { row: top, column: CHART_LEFT_COLUMN },
    to: { row: top + CHART_HEIGHT_ROWS, column: CHART_RIGHT_COLUMN },
  };
}

/**
 * The Dashboard's charts, in drawing order. `pick`: the goal in the picker cell as the charts are
 * written (the monthly chart's title text until its title cell is read; see ChartSpec.title).
 */
export function dashboardCharts(
  layout: DashboardChartLayout,
  lang: Language,
  pick: string | null = null,
): ChartSpec[] {
  const text = CHART_TEXT[lang];
  const c = CHART_DATA_COLUMN;
  const charts = [
    bandChart("byDimension", layout.dimensionBlockRow, layout.dimensionRows.length, 4, text.byDimension),
  ];
  let top = 4 + CHART_HEIGHT_ROWS + 1;
  if (layout.channelRows.length > 0) {
    charts.push(
      bandChart("byChannel", layout.channelBlockRow, layout.channelRows.length, top, text.byChannel),
    );
    top += CHART_HEIGHT_ROWS + 1;
  }
  const m = layout.monthlyBlockRow;
  charts.push({
    key: "monthly",
    name: CHART_NAMES.monthly,
    title: monthlyTitle(pick, lang),
    titleCell: abs(layout.goalBlockRow, c + 2),
    categories: range(m + 1, c, m + 12, c),
    series: [
      {
        name: abs(m, c + 1),
        values: range(m + 1, c + 1, m + 12, c + 1),
        colour: CHART_ACTUAL_COLOUR,
        kind: "column",
      },
      {
        name: abs(m, c + 2),
        values: range(m + 1, c + 2, m + 12, c + 2),
        colour: CHART_TARGET_COLOUR,
        kind: "line",
      },
    ],
    stacked: false,
    valueFormat: "General",
    source: range(m, c, m + 12, c + 2),
    officeType: "ColumnClustered",
    from: { row: top, column: CHART_LEFT_COLUMN },
    to: { row: top + CHART_HEIGHT_ROWS, column: CHART_RIGHT_COLUMN },
  });
  return charts;
}

/**
 * The engine's numbers behind the monthly chart: each month's actual (blank = no data) and phased
 * target (core's monthlyTargets; blank where it phases nothing) of one goal, which the
 * Dashboard's monthly block computes with formulas.
 */
export function monthlySeries(plan: Plan, goalId: string): Array<[number | "", number | ""]> {
  const key = idKey(goalId);
  const goal = plan.goals.find((g) => idKey(g.id) === key);
  const actuals =
    plan.actuals.find((a) => idKey(a.goalId) === key)?.months ?? Array<number | null>(12).fill(null);
  const targets = goal ? monthlyTargets(goal, plan) : null;
  return actuals.map((a, m) => [a ?? "", targets?.monthly[m] ?? ""]);
}
