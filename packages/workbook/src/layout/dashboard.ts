import { Dimension, enumLabel, idKey, type Language, type Plan } from "@planbook/core";
import {
  channelMask,
  dimensionMask,
  type GroupMask,
  nthOfColumn,
  objectiveMask,
  rollupAttainment,
  rollupCheckCount,
  rollupGoalCount,
  rollupStatus,
} from "../formulas/dashboard";
import { asOfMonthExpr } from "../formulas/goal";
import type { FormulaRefs } from "../formulas/refs";
import type { RgbHex } from "./colours";

/** Title on row 1, as-of month on row 2, note on row 3, roll-up headers on row 5, groups below. */
export const DASHBOARD_HEADER_ROW = 5;
/** Objective rows beyond the plan's own, for objectives added later … */
const SPARE_OBJECTIVE_ROWS = 10;
/** … and never fewer objective rows than this. */
const MIN_OBJECTIVE_ROWS = 15;
/** Widths (characters) of the roll-up columns A–G. */
export const DASHBOARD_COLUMN_WIDTHS = [12, 22, 30, 14, 14, 12, 16] as const;
/** Number of roll-up columns: Group, Name, Description, Goals with data, Attainment, Status, Check. */
export const DASHBOARD_COLUMNS = DASHBOARD_COLUMN_WIDTHS.length;
/** 1-based column of the count of `check` goals (filled with the check status colour when above 0). */
export const DASHBOARD_CHECK_COLUMN = 7;
/** A data bar on the roll-up rows' Attainment (column E), full at 100 % (a plain bar: no negative colours, ej#2547). */
export const DASHBOARD_ATTAINMENT_BAR: { column: number; min: number; max: number; colour: RgbHex } = {
  column: 5,
  min: 0,
  max: 1,
  colour: "5B9BD5",
};

interface DashboardText {
  title: string;
  asOf: string;
  note: string;
  headers: [string, string, string, string, string, string, string];
  brand: string;
  dimension: string;
  objective: string;
  channel: string;
  allChannels: string;
}

export const DASHBOARD_TEXT: Record<Language, DashboardText> = {
  "zh-CN": {
    title: "进度看板",
    asOf: "统计截至月份",
    note: "达成率为各目标达成率（截断到 0–100%）按权重的加权平均，仅计入已有数据的目标；状态为“待修正”的目标有输入无法读取，不计入达成率，单独计数，请按目标表“校验”列修正。",
    headers: ["分组", "名称", "说明", "有数据的目标", "达成率", "状态", "待修正（未计入）"],
    brand: "品牌整体",
    dimension: "维度",
    objective: "战略目标",
    channel: "渠道",
    allChannels: "（全渠道）",
  },
  en: {
    title: "Dashboard",
    asOf: "As of month",
    note: "Attainment is the weighted mean of the goals' attainment (capped to 0–100%), over goals that have data. Goals with status Check inputs have an input that cannot be read: they are left out and counted separately — fix them as the Goals sheet's Check column says.",
    headers: [
      "Group",
      "Name",
      "Description",
      "Goals with data",
      "Attainment",
      "Status",
      "Check inputs (left out)",
    ],
    brand: "Whole brand",
    dimension: "Dimension",
    objective: "Objective",
    channel: "Channel",
    allChannels: "(all channels)",
  },
};

/** Distinct goal channels in first-appearance order; blank channel = the `null` group, listed last. */
export function goalChannels(plan: Plan): (string | null)[] {
  const seen = new Map<string, string | null>();
  for (const goal of plan.goals) {
    const name = goal.channel === null || goal.channel.trim() === "" ? null : goal.channel.trim();
    const key = name === null ? "" : idKey(name);
    if (!seen.has(key)) seen.set(key, name);
  }
  const channels = [...seen.values()];
  return seen.has("") ? [...channels.filter((c) => c !== null), null] : channels;
}

/** The as-of month cell (B2): blank while no month has data. Formula without `=`. */
export function dashboardAsOfFormula(refs: Pick<FormulaRefs, "months">): string {
  const month = asOfMonthExpr(refs);
  return `IF(${month}<1,"",${month})`;
}

/** A Dashboard cell: text, a formula (without `=`), or nothing. */
export type DashboardCell = string | { formula: string } | null;
/** Group, Name, Description, Goals with data, Attainment, Status, Check inputs (left out). */
export type DashboardRow = [
  DashboardCell,
  DashboardCell,
  DashboardCell,
  DashboardCell,
  DashboardCell,
  DashboardCell,
  DashboardCell,
];

/**
 * The roll-up rows (columns A–G from the row below DASHBOARD_HEADER_ROW): the brand, each
 * dimension, `channels` (null = goals without a channel), then objectives by position in
 * tblObjectives (plus spare rows at the end, blank until an objective fills them). The charts
 * (charts.ts) read the dimension and channel rows at the positions dashboardChartLayout gives.
 */
export function dashboardRows(
  plan: Plan,
  channels: readonly (string | null)[],
  refs: Pick<FormulaRefs, "column">,
  lang: Language,
): DashboardRow[] {
  const text = DASHBOARD_TEXT[lang];
  const rows: DashboardRow[] = [];
  const nextRow = () => DASHBOARD_HEADER_ROW + 1 + rows.length;
  /** `onlyWith`: a cell that must be non-blank for the row to show anything (spare objective rows). */
  const put = (
    group: string,
    name: DashboardCell,
    description: DashboardCell,
    mask: GroupMask,
    onlyWith?: string,
  ) => {
    const row = nextRow();
    const when = (f: string) => ({ formula: onlyWith ? `IF(TRIM(${onlyWith})="","",${f})` : f });
    rows.push([
      // Spare objective rows stay fully blank (group label too) until an objective fills them.
      onlyWith ? when(`"${group.replace(/"/g, '""')}"`) : group,
      name,
      description,
      when(rollupGoalCount(refs, mask)),
      when(rollupAttainment(refs, mask)),
      when(rollupStatus(`E${row}`, lang)),
      when(rollupCheckCount(refs, mask)),
    ]);
  };

  put(text.brand, { formula: "Brand" }, null, null);
  for (const d of Dimension.options) {
    put(text.dimension, enumLabel("dimension", d, lang), null, dimensionMask(refs, d));
  }
  // Channels before objectives: the objectives' spare rows then sit at the end, not in a gap.
  for (const channel of channels) {
    put(text.channel, channel ?? text.allChannels, null, channelMask(refs, channel));
  }
  const objectiveRows = Math.max(plan.objectives.length + SPARE_OBJECTIVE_ROWS, MIN_OBJECTIVE_ROWS);
  for (let i = 1; i <= objectiveRows; i++) {
    const name = `B${nextRow()}`;
    put(
      text.objective,
      { formula: nthOfColumn(refs, "tblObjectives", "id", i) },
      { formula: nthOfColumn(refs, "tblObjectives", "objective", i) },
      objectiveMask(refs, name),
      name,
    );
  }
  return rows;
}
