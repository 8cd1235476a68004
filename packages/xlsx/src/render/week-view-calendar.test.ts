import { keyDates } from "@planbook/core/key-dates";
import { campaignsTable, SHEETS } from "@planbook/workbook";
import {
  KEY_DATE_ROW_HEIGHT,
  placeWorkbook,
  planAsRendered,
  WEEK_GRIDLINE,
} from "@planbook/workbook/write-plan";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { renderPlanWorkbook } from "./render-plan";
import { progressFixture } from "./test-support/fixture";

it("writes the week view's month band unmerged, key dates as filled week headers named above the band without notes, and grid lines", async () => {
  const plan = progressFixture("zh-CN", 6);
  const bytes = await renderPlanWorkbook(plan, { lang: "zh-CN", generator: { name: "t", version: "0" } });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(SHEETS.find((s) => s.key === "campaigns")!.name["zh-CN"])!;
  const table = ws.getTables().find((t) => (t as unknown as { name: string }).name === campaignsTable.name);
  expect(table).toBeDefined();
  const view = placeWorkbook(planAsRendered(plan, "zh-CN"), "zh-CN").table("tblCampaigns").weekView!;

  const merges = (ws.model as unknown as { merges: string[] }).merges;
  expect(merges).toEqual([]);
  for (const month of view.months) {
    expect(ws.getCell(view.monthRow, month.firstColumn).value).toBe(month.label);
  }
  expect(view.months.map((m) => m.label)[10]).toBe("11月");

  const notes = view.keyDateMarks.map((m) => ws.getCell(view.headerRow, m.column).note);
  expect(notes.every((n) => n === undefined)).toBe(true);
  expect(
    view.keyDateMarks
      .map((m) => m.note)
      .join("\n")
      .split("\n"),
  ).toHaveLength(keyDates(plan.year).length);
  const marked = ws.getCell(view.headerRow, view.keyDateMarks[0]!.column).fill as ExcelJS.FillPattern;
  expect(marked.fgColor?.argb).toBe(`FF${view.keyDateMarks[0]!.fill}`);
  // The key-date row: each marked week names its key dates (in zh-CN), every other week is blank.
  const names = new Map(view.keyDateMarks.map((m) => [m.column, m.label]));
  for (let column = view.firstColumn; column <= view.lastColumn; column++) {
    expect(ws.getCell(view.keyDateRow, column).value ?? null, `column ${column}`).toBe(
      names.get(column) ?? null,
    );
  }
  const double11 = view.keyDateMarks.find((m) => m.note.startsWith("双11"))!;
  expect(ws.getCell(view.keyDateRow, double11.column).value).toBe("双11");
  expect(ws.getCell(view.keyDateRow, double11.column).alignment).toMatchObject({ wrapText: true });
  expect(ws.getRow(view.keyDateRow).height).toBe(KEY_DATE_ROW_HEIGHT);

  const grid = ws.getCell(view.lastRow, view.lastColumn).border;
  expect(grid.right?.color?.argb).toBe(`FF${WEEK_GRIDLINE}`);
  expect(ws.getCell(view.help.row, view.help.column).value).toBe(view.help.text);
});
