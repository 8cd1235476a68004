import type { Language } from "@planbook/core";
import { cssHex, GUIDE_COLUMN_WIDTHS, guideLines, rangeA1 } from "@planbook/workbook";
import { applyFont, POINTS_PER_CHARACTER } from "./sheet-style";
import type { WriteBudget } from "./write-budget";

/**
 * The generator's Guide (the layout's guideLines): label and text columns, the text wrapped, each
 * line in the font and fill it carries (title and headings as captions, status labels in their colour).
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
      if (line.kind === "title" || line.kind === "heading") applyFont(label, line.font);
      else if (line.kind === "item" && line.label !== "") {
        applyFont(label, line.labelFont);
        if (line.fill) label.format.fill.color = cssHex(line.fill);
      }
    });
    ws.getRange(rangeA1(1, 1, values.length, 2)).format.autofitRows();
  });
}
