import type { Language } from "@planbook/core";
import {
  CAPTION_COLOUR,
  cssHex,
  GUIDE_COLUMN_WIDTHS,
  guideLines,
  rangeA1,
  STATUS_COLOURS,
} from "@planbook/workbook";
import { POINTS_PER_CHARACTER } from "./sheet-style";
import type { WriteBudget } from "./write-budget";

/**
 * The generator's Guide (the layout's guideLines): label and text columns, the text wrapped,
 * headings bold in the caption colour, each status label in its colour.
 */
export async function writeGuide(ws: Excel.Worksheet, lang: Language, budget: WriteBudget): Promise<void> {
  const lines = guideLines(lang);
  const values = lines.map((line) => {
    if (line.kind === "item") return [line.label, line.text];
    if (line.kind === "gap") return ["", ""];
    return [line.text, ""];
  });
  await budget.add(values, () => {
    ws.getRange(rangeA1(1, 1, values.length, 2)).values = values;
    ws.getRange("A:A").format.columnWidth = GUIDE_COLUMN_WIDTHS.label * POINTS_PER_CHARACTER;
    ws.getRange("B:B").format.columnWidth = GUIDE_COLUMN_WIDTHS.text * POINTS_PER_CHARACTER;
    ws.getRange(rangeA1(1, 2, values.length, 2)).format.wrapText = true;
    lines.forEach((line, i) => {
      const label = ws.getRange(`A${i + 1}`);
      if (line.kind === "title" || line.kind === "heading") {
        label.format.font.bold = true;
        label.format.font.color = cssHex(CAPTION_COLOUR);
      } else if (line.kind === "item" && line.label !== "") {
        label.format.font.bold = true;
        if (line.status) label.format.fill.color = cssHex(STATUS_COLOURS[line.status]);
      }
    });
    ws.getRange(rangeA1(1, 1, values.length, 2)).format.autofitRows();
  });
}
