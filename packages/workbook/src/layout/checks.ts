import type { Language, Plan } from "@planbook/core";
import { columnListItems, inlineListSource } from "./lists";
import type { ColumnSpec } from "./types";

const NUMBER_KINDS: ReadonlySet<string> = new Set(["count", "decimal", "percent", "currency", "goalValue"]);

/**
 * The input check of a column's cells, renderer-neutral: a dropdown (inline source without
 * quotes), a number or a date range. Every check only warns: the readers accept the other
 * language's labels and keys, and numbers typed as text, and flag them instead.
 */
export type ColumnCheck =
  | { type: "list"; source: string; message: CheckMessage }
  | { type: "decimal"; min: number; max: number; message: CheckMessage }
  | {
      type: "date";
      min: { year: number; month: number; day: number };
      max: { year: number; month: number; day: number };
      message: CheckMessage;
    };

export interface CheckMessage {
  title: string;
  text: string;
}

const MESSAGES: Record<ColumnCheck["type"], Record<Language, CheckMessage>> = {
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
