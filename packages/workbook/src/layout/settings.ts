import type { Language, Plan } from "@planbook/core";
import { SETTINGS } from "./spec";
import type { SettingSpec } from "./types";

/** Row of the first named setting; title, help and the column headers sit above it. */
export const SETTINGS_FIRST_ROW = 4;
/** Header row of tblSeasonality, below the named settings. */
export const SEASONALITY_HEADER_ROW = SETTINGS_FIRST_ROW + SETTINGS.length + 4;

export const SETTINGS_TEXT: Record<
  Language,
  { title: string; help: string; headers: [string, string, string]; invalidTitle: string }
> = {
  "zh-CN": {
    title: "设置",
    help: "以下取值被公式和加载项按名称引用（如 PlanYear），可以修改取值，请勿移动或删除这些单元格。",
    headers: ["设置项", "取值", "说明"],
    invalidTitle: "取值无效",
  },
  en: {
    title: "Settings",
    help: "Formulas and the add-in refer to these values by name (PlanYear …): change the values, do not move or delete the cells.",
    headers: ["Setting", "Value", "Help"],
    invalidTitle: "Invalid value",
  },
};

/** The value a setting's cell starts with. */
export function settingValue(name: SettingSpec["name"], plan: Plan): string | number | null {
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

/** Number check of a setting's cell: whole or decimal between min and max, with its message. */
export interface SettingBounds {
  type: "whole" | "decimal";
  min: number;
  max: number;
  error: Record<Language, string>;
}

export function settingBounds(kind: SettingSpec["kind"]): SettingBounds | null {
  switch (kind) {
    case "year":
      return {
        type: "whole",
        min: 2000,
        max: 2100,
        error: { en: "A year between 2000 and 2100.", "zh-CN": "请输入 2000–2100 之间的年份。" },
      };
    case "month":
      return {
        type: "whole",
        min: 1,
        max: 12,
        error: { en: "A month 1–12, or blank.", "zh-CN": "请输入 1–12 的月份，或留空。" },
      };
    case "ratio":
      return {
        type: "decimal",
        min: 0,
        max: 10,
        error: { en: "A fraction, e.g. 95%.", "zh-CN": "请输入比例，如 95%。" },
      };
    case "decimal":
      return {
        type: "decimal",
        min: 0,
        max: 1000,
        error: { en: "A positive number.", "zh-CN": "请输入正数。" },
      };
    default:
      return null;
  }
}
