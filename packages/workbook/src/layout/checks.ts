import type { Language, Plan } from "@planbook/core";
import { COLUMN_LISTS, columnListItems, inlineListSource } from "./lists";
import type { ColumnSpec } from "./types";

const NUMBER_KINDS: ReadonlySet<string> = new Set(["count", "decimal", "percent", "currency", "goalValue"]);

/**
 * The input check of a column's cells, renderer-neutral: a dropdown (inline source without
 * quotes), a number or a date range. Every check only warns: the readers accept the other
 * language's labels and keys, and numbers typed as text, and flag them instead.
 */
export type ColumnCheck = (
  | {
      type: "list";
      source: string;
      /** `source` is a workbook name (a list that follows a table), not an inline list. */
      reference?: boolean;
      message: CheckMessage;
    }
  | { type: "decimal"; min: number; max: number; message: CheckMessage }
  | {
      type: "date";
      min: { year: number; month: number; day: number };
      max: { year: number; month: number; day: number };
      message: CheckMessage;
    }
) & {
  /** Input prompt shown when the cell is selected (columns operators often get wrong). */
  prompt?: CheckMessage;
};

interface CheckMessage {
  title: string;
  text: string;
}

const MESSAGES: Record<ColumnCheck["type"] | "multiList", Record<Language, CheckMessage>> = {
  multiList: {
    "zh-CN": {
      title: "不在列表中",
      text: "请从下拉列表中选择；多个编号用顿号或逗号分隔（如 S1、S4），这样填写可以保留。",
    },
    en: {
      title: "Not in the list",
      text: "Pick from the dropdown; several IDs separated by commas (e.g. S1, S4) are fine and kept.",
    },
  },
  list: {
    "zh-CN": { title: "不在列表中", text: "请从下拉列表中选择。" },
    en: { title: "Not in the list", text: "Please pick a value from the dropdown." },
  },
  decimal: {
    "zh-CN": {
      title: "需要数字",
      text: "请输入数字（如 120000，百分比如 5%）；文本会被识别但会收到提示。",
    },
    en: {
      title: "A number is expected",
      text: "Type a number (e.g. 120000, or 5% for percentages); text is read but flagged.",
    },
  },
  date: {
    "zh-CN": { title: "需要日期", text: "请输入日期，如 2027-03-01。" },
    en: { title: "A date is expected", text: "Type a date, e.g. 2027-03-01." },
  },
};

/** Check of an input column; null for tool-owned columns and free text. */
export function columnCheck(column: ColumnSpec, plan: Plan, lang: Language): ColumnCheck | null {
  if (column.toolOwned) return null;
  const list = columnListItems(column, plan, lang);
  if (list) {
    const source = inlineListSource(list);
    return source === null ? null : { type: "list", source, message: MESSAGES.list[lang] };
  }
  if (NUMBER_KINDS.has(column.kind.type)) {
    return { type: "decimal", min: -1e15, max: 1e15, message: MESSAGES.decimal[lang] };
  }
  if (column.kind.type === "date") {
    return {
      type: "date",
      min: { year: 2000, month: 1, day: 1 },
      max: { year: 2100, month: 12, day: 31 },
      message: MESSAGES.date[lang],
    };
  }
  return null;
}

/** Input prompts, by `table.columnKey`. */
const PROMPTS: Record<string, Record<Language, CheckMessage>> = {
  "tblGoals.target": {
    "zh-CN": {
      title: "目标值",
      text: "全年目标，填数字：数量如 120000（显示为 12万），百分比如 5%，金额不带单位。",
    },
    en: {
      title: "Target",
      text: "The year's target as a number: 120000, 5% for percentages, money without a currency sign.",
    },
  },
  "tblGoals.baseline": {
    "zh-CN": { title: "基线值", text: "起点（通常为上年末或上年同期）。汇总方式为“期末值”的目标必须填写。" },
    en: {
      title: "Baseline",
      text: "Where the metric starts (usually last year's level). Required for Latest-value goals.",
    },
  },
  "tblGoals.phasing": {
    "zh-CN": {
      title: "分解方式",
      text: "平均分解、自定义（在“目标分解”表填各月权重）或“设置”表中的季节性方案名。",
    },
    en: {
      title: "Phasing",
      text: "Linear, Custom (monthly weights on the Phasing sheet) or a profile name from Settings.",
    },
  },
  "tblGoals.start": {
    "zh-CN": { title: "开始日期", text: "如 2027-03-01；留空为 1 月 1 日。" },
    en: { title: "Start", text: "E.g. 2027-03-01; blank means 1 January." },
  },
  "tblGoals.deadline": {
    "zh-CN": { title: "截止日期", text: "如 2027-12-31；留空为 12 月 31 日。" },
    en: { title: "Deadline", text: "E.g. 2027-12-31; blank means 31 December." },
  },
  "tblCampaigns.start": {
    "zh-CN": { title: "开始日期", text: "活动开始的日期，如 2027-11-01。" },
    en: { title: "Start", text: "The campaign's first day, e.g. 2027-11-01." },
  },
  "tblCampaigns.end": {
    "zh-CN": { title: "结束日期", text: "活动结束的日期，不早于开始日期。" },
    en: { title: "End", text: "The campaign's last day, not before its start." },
  },
};

/**
 * The generator's check of a table column: a list that follows the plan where COLUMN_LISTS has
 * one (a workbook name; multi-ID cells warn only), else columnCheck; plus the column's prompt.
 */
export function tableColumnCheck(
  table: string,
  column: ColumnSpec,
  plan: Plan,
  lang: Language,
): ColumnCheck | null {
  if (column.toolOwned) return null;
  const listed = COLUMN_LISTS[`${table}.${column.key}`];
  const check: ColumnCheck | null = listed
    ? {
        type: "list",
        source: listed.list,
        reference: true,
        message: MESSAGES[listed.multi ? "multiList" : "list"][lang],
      }
    : columnCheck(column, plan, lang);
  const prompt = PROMPTS[`${table}.${column.key}`]?.[lang];
  return check && prompt ? { ...check, prompt } : check;
}
