import type { Language } from "@planbook/core";
import { ENUM_LABELS } from "@planbook/core";
import { columnLetters, isOneOf } from "@planbook/workbook";
import type ExcelJS from "exceljs";
import { CAPTION_FONT, HELP_FONT } from "./style";
import type { PlacedTable } from "./table";

const GANTT_TEXT: Record<Language, { caption: string; help: string }> = {
  "zh-CN": {
    caption: "周视图",
    help: "按周显示每个活动的起止（按左侧表格同一行的开始/结束日期自动绘制；浅色为创意，灰色为已取消）。",
  },
  en: {
    caption: "Week view",
    help: "Each campaign drawn by week from the Start and End in the same row of the table (light: idea, grey: cancelled).",
  },
};

/** Week columns: 53 starts cover every day of any year (Jan 1 + 7k, k = 0..52). */
const WEEKS = 53;
/** Rows below the table's campaigns that already carry the bar formulas. */
const SPARE_ROWS = 50;
/** Shared by every grid cell (one style object, see placeTable): the 1 behind a bar stays unseen. */
const HIDDEN_VALUE: Partial<ExcelJS.Style> = { numFmt: ";;;" };

function words(status: "idea" | "cancelled"): string[] {
  const l = ENUM_LABELS.campaignStatus[status];
  return [status, l.en, l["zh-CN"]];
}

/**
 * A week grid to the right of tblCampaigns: one bar per campaign row, drawn by formulas (1 where
 * the campaign's Start–End overlaps the week, number format hiding the 1) and coloured by
 * conditional formats — so it follows edits, and needs no add-in.
 */
export function writeGantt(ws: ExcelJS.Worksheet, campaigns: PlacedTable, lang: Language): void {
  const first = campaigns.firstColumn + campaigns.spec.columns.length + 1;
  const header = campaigns.headerRow;
  const start = columnLetters(campaigns.columnOf("start"));
  const end = columnLetters(campaigns.columnOf("end"));
  const status = columnLetters(campaigns.columnOf("status"));
  ws.getCell(header - 2, first).value = GANTT_TEXT[lang].caption;
  ws.getCell(header - 2, first).font = CAPTION_FONT;
  ws.getCell(header - 1, first).value = GANTT_TEXT[lang].help;
  ws.getCell(header - 1, first).font = HELP_FONT;
  const lastRow = header + campaigns.rowCount + SPARE_ROWS;
  // Rotated week dates need a taller header row than the table's headers; Excel does not grow it.
  ws.getRow(header).height = 32;
  for (let k = 0; k < WEEKS; k++) {
    const col = first + k;
    const letter = columnLetters(col);
    ws.getColumn(col).width = 4;
    const head = ws.getCell(header, col);
    head.value = { formula: `DATE(PlanYear,1,1)+${7 * k}` };
    head.numFmt = "m/d";
    head.alignment = { textRotation: 90 };
    head.font = { size: 8 };
    for (let row = header + 1; row <= lastRow; row++) {
      const cell = ws.getCell(row, col);
      cell.value = {
        formula: `IF(AND(ISNUMBER($${start}${row}),ISNUMBER($${end}${row})),IF(AND($${start}${row}<=${letter}$${header}+6,$${end}${row}>=${letter}$${header}),1,""),"")`,
      };
      cell.style = HIDDEN_VALUE;
    }
  }
  const topLeft = `${columnLetters(first)}${header + 1}`;
  const statusCell = `$${status}${header + 1}`;
  const bar = (argb: string) => ({ fill: { type: "pattern", pattern: "solid", bgColor: { argb } } }) as const;
  ws.addConditionalFormatting({
    ref: `${topLeft}:${columnLetters(first + WEEKS - 1)}${lastRow}`,
    rules: [
      {
        type: "expression",
        priority: 20,
        formulae: [`AND(${topLeft}=1,${isOneOf(statusCell, words("cancelled"))})`],
        style: bar("FFD9D9D9"),
      },
      {
        type: "expression",
        priority: 21,
        formulae: [`AND(${topLeft}=1,${isOneOf(statusCell, words("idea"))})`],
        style: bar("FFBDD7EE"),
      },
      { type: "expression", priority: 22, formulae: [`${topLeft}=1`], style: bar("FF2E75B6") },
    ] as ExcelJS.ConditionalFormattingRule[],
  });
}
