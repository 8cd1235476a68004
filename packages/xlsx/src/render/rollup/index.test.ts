import type { RollupWorkbookSpec } from "@planbook/workbook";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { statusRules } from "../status-format";
import { renderRollupWorkbook } from "./index";

/** One table whose summary row has a formula status cell in column B (header on row 4). */
const spec: RollupWorkbookSpec = {
  lang: "zh-CN",
  sheets: [
    {
      key: "overview",
      name: "总览",
      title: "品牌组合进度",
      lines: [],
      tables: [
        {
          name: "tblOverview",
          caption: "各品牌",
          headerRow: 4,
          columns: [
            { header: "品牌", width: 12 },
            { header: "状态", width: 10 },
          ],
          rows: [
            [
              { t: "text", v: "A" },
              { t: "status", v: "on_track" },
            ],
          ],
          summary: [
            { t: "text", v: "组合" },
            { t: "formula", f: `IF(1>0,"正常","落后")`, result: "正常", status: true },
          ],
        },
      ],
    },
  ],
};

interface ConditionalFormat {
  ref: string;
  rules: ExcelJS.ConditionalFormattingRule[];
}
const formulaOf = (rule: ExcelJS.ConditionalFormattingRule) =>
  (rule as { formulae?: string[] }).formulae?.[0];

describe("renderRollupWorkbook", () => {
  it("colours formula status cells with the plan workbooks' status rules, not rules of its own", async () => {
    const buffer = await renderRollupWorkbook(spec, {
      generator: { name: "planbook", version: "0.0.0" },
      at: new Date(Date.UTC(2027, 0, 1)),
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    // exceljs reads conditional formats back but leaves them out of its typings
    const sheet = wb.getWorksheet("总览") as unknown as { conditionalFormattings: ConditionalFormat[] };
    const status = sheet.conditionalFormattings.find((f) => f.ref.startsWith("B5"));
    expect(status?.ref).toBe("B5:B6");
    const want = statusRules("B5", 10).map(formulaOf);
    expect(status?.rules.map(formulaOf)).toEqual(want);
    // both languages' labels match, as on the plan workbooks
    expect(want.find((f) => f?.includes("正常"))).toContain("On track");
  });
});
