import { describe, expect, it } from "vitest";
import { campaignsTable } from "./spec";
import { WEEK_COUNT, WEEK_VIEW_SPARE_ROWS, WEEK_VIEW_TEXT, weekView } from "./week-view";

describe("weekView", () => {
  const view = weekView({ headerRow: 4, firstColumn: 1, rowCount: 3 }, "en");

  it("starts one empty column right of tblCampaigns and covers its rows plus spare rows", () => {
    expect(view.firstColumn).toBe(campaignsTable.columns.length + 2);
    expect(view.lastColumn - view.firstColumn + 1).toBe(WEEK_COUNT);
    expect([view.headerRow, view.firstRow, view.lastRow]).toEqual([4, 5, 4 + 3 + WEEK_VIEW_SPARE_ROWS]);
    expect(view.caption).toEqual({ row: 2, column: view.firstColumn, text: "Week view" });
    expect(view.help.row).toBe(3);
    expect(weekView({ headerRow: 4, firstColumn: 1, rowCount: 3 }, "zh-CN").caption.text).toBe(
      WEEK_VIEW_TEXT["zh-CN"].caption,
    );
  });

  it("heads week k with Jan 1 + 7k of the plan year, 53 weeks covering any year", () => {
    expect(view.headerFormulas).toHaveLength(53);
    expect(view.headerFormulas[0]).toBe("DATE(PlanYear,1,1)+0");
    expect(view.headerFormulas[52]).toBe("DATE(PlanYear,1,1)+364");
  });

  it("draws a bar from the same row's Start and End, in A1 per cell and one R1C1 text for all", () => {
    // Start is column E, End F, the first week column M, its week start in row 4.
    expect(view.barFormula(5, 13)).toBe(
      'IF(AND(ISNUMBER($E5),ISNUMBER($F5)),IF(AND($E5<=M$4+6,$F5>=M$4),1,""),"")',
    );
    expect(view.barFormula(9, 14)).toBe(
      'IF(AND(ISNUMBER($E9),ISNUMBER($F9)),IF(AND($E9<=N$4+6,$F9>=N$4),1,""),"")',
    );
    expect(view.barFormulaR1C1).toBe(
      'IF(AND(ISNUMBER(RC5),ISNUMBER(RC6)),IF(AND(RC5<=R4C+6,RC6>=R4C),1,""),"")',
    );
  });

  it("follows the table when it sits elsewhere", () => {
    const moved = weekView({ headerRow: 6, firstColumn: 3, rowCount: 0 }, "en");
    expect(moved.firstColumn).toBe(view.firstColumn + 2);
    expect(moved.barFormulaR1C1).toBe(
      'IF(AND(ISNUMBER(RC7),ISNUMBER(RC8)),IF(AND(RC7<=R6C+6,RC8>=R6C),1,""),"")',
    );
    expect(moved.rules[2]?.formula).toBe("O7=1");
  });

  it("colours cancelled campaigns grey over ideas light over the plain bar, matching either language", () => {
    expect(view.rules.map((r) => r.formula)).toEqual([
      'AND(M5=1,OR(TRIM($K5)="cancelled",TRIM($K5)="Cancelled",TRIM($K5)="已取消"))',
      'AND(M5=1,OR(TRIM($K5)="idea",TRIM($K5)="Idea",TRIM($K5)="创意"))',
      "M5=1",
    ]);
    expect(new Set(view.rules.map((r) => r.fill)).size).toBe(3);
  });
});
