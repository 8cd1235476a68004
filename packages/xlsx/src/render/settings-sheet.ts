import type { Language, Plan } from "@planbook/core";
import {
  PHASING_LIST_COLUMN,
  phasingListCells,
  SEASONALITY_HEADER_ROW,
  SETTINGS,
  SETTINGS_FIRST_ROW,
  SETTINGS_TEXT,
  type SettingSpec,
  settingBounds,
  settingFormat,
  settingValue,
} from "@planbook/workbook";
import type ExcelJS from "exceljs";
import { CAPTION_FONT, HEADER_FILL, HEADER_FONT, HELP_FONT } from "./style";

function settingValidation(setting: SettingSpec, lang: Language): Record<string, unknown> | null {
  const bounds = settingBounds(setting.kind);
  if (!bounds) return null;
  return {
    type: bounds.type,
    operator: "between",
    allowBlank: true,
    formulae: [bounds.min, bounds.max],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: SETTINGS_TEXT[lang].invalidTitle,
    error: bounds.error[lang],
  };
}

/** Label | value | help per setting; each value cell is the workbook-level defined name. */
export function writeSettings(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, plan: Plan, lang: Language): void {
  const text = SETTINGS_TEXT[lang];
  ws.getCell(1, 1).value = text.title;
  ws.getCell(1, 1).font = CAPTION_FONT;
  ws.getCell(2, 1).value = text.help;
  ws.getCell(2, 1).font = HELP_FONT;
  const header = SETTINGS_FIRST_ROW - 1;
  text.headers.forEach((t, i) => {
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
    const format = settingFormat(setting.kind);
    if (format) value.numFmt = format;
    const validation = settingValidation(setting, lang);
    if (validation) value.dataValidation = validation as unknown as ExcelJS.DataValidation;
    ws.getCell(row, 3).value = setting.help[lang];
    ws.getCell(row, 3).font = HELP_FONT;
    wb.definedNames.add(`'${ws.name}'!$B$${row}`, setting.name);
  });
  // The Phasing dropdown's helper column (lstPhasing spans it): fixed labels, then the profiles.
  phasingListCells(lang).forEach((value, i) => {
    const cell = ws.getCell(SEASONALITY_HEADER_ROW + i, PHASING_LIST_COLUMN);
    cell.value = value;
    if (i === 0) cell.font = HELP_FONT;
  });
}
