import type { Language, Plan } from "@planbook/core";
import { SETTINGS, type SettingSpec } from "@planbook/workbook";
import type ExcelJS from "exceljs";
import { DECIMAL_FORMAT, PERCENT_FORMAT } from "./formats";
import { CAPTION_FONT, HEADER_FILL, HEADER_FONT, HELP_FONT } from "./style";
import { displayWidth } from "./widths";

export const SETTINGS_FIRST_ROW = 4;
/** Header row of tblSeasonality, below the named settings. */
export const SEASONALITY_HEADER_ROW = SETTINGS_FIRST_ROW + SETTINGS.length + 4;

function settingValue(name: SettingSpec["name"], plan: Plan): string | number | null {
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

function settingValidation(setting: SettingSpec, lang: Language): Record<string, unknown> | null {
  const zh = lang === "zh-CN";
  const rule = (type: string, min: number, max: number, en: string, cn: string) => ({
    type,
    operator: "between",
    allowBlank: true,
    formulae: [min, max],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: zh ? "取值无效" : "Invalid value",
    error: zh ? cn : en,
  });
  switch (setting.kind) {
    case "year":
      return rule("whole", 2000, 2100, "A year between 2000 and 2100.", "请输入 2000–2100 之间的年份。");
    case "month":
      return rule("whole", 1, 12, "A month 1–12, or blank.", "请输入 1–12 的月份，或留空。");
    case "ratio":
      return rule("decimal", 0, 10, "A fraction, e.g. 95%.", "请输入比例，如 95%。");
    case "decimal":
      return rule("decimal", 0, 1000, "A positive number.", "请输入正数。");
    default:
      return null;
  }
}

/** Label | value | help per setting; each value cell is the workbook-level defined name. */
export function writeSettings(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, plan: Plan, lang: Language): void {
  ws.getCell(1, 1).value = lang === "zh-CN" ? "设置" : "Settings";
  ws.getCell(1, 1).font = CAPTION_FONT;
  ws.getCell(2, 1).value =
    lang === "zh-CN"
      ? "以下取值被公式和加载项按名称引用（如 PlanYear），可以修改取值，请勿移动或删除这些单元格。"
      : "Formulas and the add-in refer to these values by name (PlanYear …): change the values, do not move or delete the cells.";
  ws.getCell(2, 1).font = HELP_FONT;
  const header = SETTINGS_FIRST_ROW - 1;
  const titles = lang === "zh-CN" ? ["设置项", "取值", "说明"] : ["Setting", "Value", "Help"];
  titles.forEach((t, i) => {
    const cell = ws.getCell(header, i + 1);
    cell.value = t;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
  });
  SETTINGS.forEach((setting, i) => {
    const row = SETTINGS_FIRST_ROW + i;
    ws.getCell(row, 1).value = setting.label[lang];
    const value = ws.getCell(row, 2);
    value.value = settingValue(setting.name, plan);
    value.protection = { locked: false };
    if (setting.kind === "ratio") value.numFmt = PERCENT_FORMAT;
    if (setting.kind === "decimal") value.numFmt = DECIMAL_FORMAT;
    const validation = settingValidation(setting, lang);
    if (validation) value.dataValidation = validation as unknown as ExcelJS.DataValidation;
    ws.getCell(row, 3).value = setting.help[lang];
    ws.getCell(row, 3).font = HELP_FONT;
    wb.definedNames.add(`'${ws.name}'!$B$${row}`, setting.name);
  });
  ws.getColumn(1).width = 22;
  // Wide enough for the brand name (the help text beside it would cut it off).
  ws.getColumn(2).width = Math.min(40, Math.max(16, displayWidth(plan.brand.name) + 2));
  ws.getColumn(3).width = 14;
}
