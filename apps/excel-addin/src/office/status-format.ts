import { CHECK_COUNT_FORMAT, cssHex, statusFormats } from "@planbook/workbook";

/**
 * The status fills (`statusFormats`, shared with the generator) on a Status range: a cellValue
 * rule per status and language's label (a workbook may mix them; Excel compares text
 * case-insensitively). Clears the range's earlier formats first, so a refresh does not stack them.
 */
export function queueStatusFormats(range: Excel.Range): void {
  range.conditionalFormats.clearAll();
  for (const { texts, colour } of statusFormats()) {
    for (const text of texts) {
      const format = range.conditionalFormats.add("CellValue");
      format.cellValue.format.fill.color = cssHex(colour);
      format.cellValue.rule = { formula1: `="${text.replace(/"/g, '""')}"`, operator: "EqualTo" };
    }
  }
}

/** The Dashboard's count of `check` goals, filled with the check colour when above 0. */
export function queueCheckCountFormat(range: Excel.Range): void {
  range.conditionalFormats.clearAll();
  const format = range.conditionalFormats.add("CellValue");
  format.cellValue.format.fill.color = cssHex(CHECK_COUNT_FORMAT.colour);
  format.cellValue.rule = { formula1: String(CHECK_COUNT_FORMAT.above), operator: "GreaterThan" };
}
