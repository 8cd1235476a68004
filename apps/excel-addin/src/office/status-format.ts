import { GoalStatus } from "@planbook/core";
import { cssHex, STATUS_COLOURS, statusTexts } from "@planbook/workbook";

/**
 * The generator's status colours on a Status range: for each status a cellValue rule per
 * language's label (a workbook may mix them; Excel compares text case-insensitively), filled with
 * that status's colour. Clears the range's earlier formats first, so a refresh does not stack them.
 */
export function queueStatusFormats(range: Excel.Range): void {
  range.conditionalFormats.clearAll();
  for (const status of GoalStatus.options) {
    for (const text of statusTexts(status)) {
      const format = range.conditionalFormats.add("CellValue");
      format.cellValue.format.fill.color = cssHex(STATUS_COLOURS[status]);
      format.cellValue.rule = { formula1: `="${text.replace(/"/g, '""')}"`, operator: "EqualTo" };
    }
  }
}
