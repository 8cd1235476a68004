import { SHEETS, TABLE_HEADER_ROW } from "@planbook/workbook";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { renderPlanWorkbook } from "./render-plan";
import { progressFixture } from "./test-support/fixture";

it("freezes the header rows everywhere and the ID columns on wide sheets (Goals, Actuals, Campaigns)", async () => {
  const bytes = await renderPlanWorkbook(progressFixture("zh-CN", 6), {
    lang: "zh-CN",
    generator: { name: "t", version: "0" },
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const frozen = (key: string) => {
    const view = wb.getWorksheet(SHEETS.find((s) => s.key === key)!.name["zh-CN"])!.views[0] as {
      xSplit?: number;
      ySplit?: number;
    };
    return [view.xSplit ?? 0, view.ySplit];
  };
  expect(frozen("goals")).toEqual([1, TABLE_HEADER_ROW]);
  expect(frozen("actuals")).toEqual([1, TABLE_HEADER_ROW]);
  expect(frozen("campaigns")).toEqual([2, TABLE_HEADER_ROW]);
  expect(frozen("risks")).toEqual([0, TABLE_HEADER_ROW]);
});
