import { columnLetters } from "@planbook/workbook";
import type { SettingCheck, SettingsPlacement } from "@planbook/workbook/write-plan";
import type ExcelJS from "exceljs";
import { excelFill, excelFont } from "./style";

/** The exceljs validation of a setting: out of bounds is refused ("stop"), formulas divide by it. */
function settingValidation(check: SettingCheck): ExcelJS.DataValidation {
  return {
    type: check.type,
    operator: "between",
    allowBlank: true,
    formulae: [check.min, check.max],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: check.title,
    error: check.message,
  };
}

/** Applies the placed settings (placeWorkbook): label | value | help per setting, each value cell a workbook-level defined name. */
export function writeSettings(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  settings: SettingsPlacement,
): void {
  for (const text of [settings.title, settings.help]) {
    const cell = ws.getCell(text.row, text.column);
    cell.value = text.text;
    cell.font = excelFont(text.font);
  }
  const { headers } = settings;
  const headerFill = excelFill(headers.fill);
  headers.texts.forEach((t, i) => {
    const cell = ws.getCell(headers.row, headers.firstColumn + i);
    cell.value = t;
    cell.font = excelFont(headers.font);
    cell.fill = headerFill;
  });
  for (const setting of settings.rows) {
    ws.getCell(setting.label.row, setting.label.column).value = setting.label.text;
    const value = ws.getCell(setting.row, setting.value.column);
    value.value = setting.value.value;
    if (setting.value.unlocked) value.protection = { locked: false };
    if (setting.value.format) value.numFmt = setting.value.format;
    if (setting.value.check) value.dataValidation = settingValidation(setting.value.check);
    const help = ws.getCell(setting.help.row, setting.help.column);
    help.value = setting.help.text;
    help.font = excelFont(setting.help.font);
    wb.definedNames.add(`'${ws.name}'!$${columnLetters(setting.value.column)}$${setting.row}`, setting.name);
  }
  const list = settings.phasingList;
  list.cells.forEach((value, i) => {
    const cell = ws.getCell(list.firstRow + i, list.column);
    cell.value = value;
    if (i === 0) cell.font = excelFont(list.captionFont);
  });
}
