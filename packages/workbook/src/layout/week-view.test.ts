import { keyDates } from "@planbook/core/key-dates";
import { describe, expect, it } from "vitest";
import { CAPTION_CELL_FONT, HELP_CELL_FONT } from "./fonts";
import { KEY_DATE_MARK_FILL, WEEK_COUNT, WEEK_VIEW_SPARE_ROWS, WEEK_VIEW_TEXT, weekView } from "./week-view";

describe("weekView", () => {
  const view = weekView({ headerRow: 4, firstColumn: 1, rowCount: 3, gridColumn: 13 }, "en", { year: 2027 });

  it("starts at the grid column and covers the table's rows plus spare rows", () => {
    expect(view.firstColumn).toBe(13);
    expect(view.lastColumn - view.firstColumn + 1).toBe(WEEK_COUNT);
    expect([view.headerRow, view.firstRow, view.lastRow]).toEqual([4, 5, 4 + 3 + WEEK_VIEW_SPARE_ROWS]);
    expect(view.caption).toEqual({
      row: 1,
      column: view.firstColumn,
      text: "Week view",
      font: CAPTION_CELL_FONT,
    });
    expect(view.help.font).toEqual(HELP_CELL_FONT);
    // The help sits beside the caption; below them the key-date names, then the month band.
    expect([view.help.row, view.keyDateRow, view.monthRow]).toEqual([1, 2, 3]);
    expect(view.help.column).toBeGreaterThan(view.caption.column);
    expect(
      weekView({ headerRow: 4, firstColumn: 1, rowCount: 3, gridColumn: 13 }, "zh-CN", { year: 2027 }).caption
        .text,
    ).toBe(WEEK_VIEW_TEXT["zh-CN"].caption);
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
    const moved = weekView({ headerRow: 6, firstColumn: 3, rowCount: 0, gridColumn: 15 }, "en", {
      year: 2027,
    });
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

  it("bands the week columns by the month each week starts in, labelled in the workbook's language", () => {
    // 2027: Jan 1 + 7k; week 4 starts Jan 29, week 5 Feb 5; week 52 starts Dec 31.
    expect(view.months).toHaveLength(12);
    expect(view.months[0]).toEqual({
      label: "Jan",
      firstColumn: view.firstColumn,
      lastColumn: view.firstColumn + 4,
    });
    expect(view.months[1]?.firstColumn).toBe(view.firstColumn + 5);
    expect(view.months[11]?.lastColumn).toBe(view.lastColumn);
    const zh = weekView({ headerRow: 4, firstColumn: 1, rowCount: 3, gridColumn: 13 }, "zh-CN", {
      year: 2027,
    });
    expect(zh.months.map((m) => m.label)).toEqual(Array.from({ length: 12 }, (_, m) => `${m + 1}月`));
    // Contiguous and covering all 53 weeks.
    view.months.forEach((m, i) => {
      if (i > 0) expect(m.firstColumn).toBe((view.months[i - 1]?.lastColumn ?? 0) + 1);
    });
  });

  it("marks every key date of the year in its week's header, named in the note", () => {
    const dates = keyDates(2027);
    const noted = view.keyDateMarks.flatMap((m) => m.note.split("\n"));
    expect(noted).toHaveLength(dates.length);
    // 双11 2027-11-11 is day 314 of the year: week 44.
    const zh = weekView({ headerRow: 4, firstColumn: 1, rowCount: 3, gridColumn: 13 }, "zh-CN", {
      year: 2027,
    });
    const double11 = zh.keyDateMarks.find((m) => m.note.split("\n").includes("双11 11/11"));
    expect(double11?.column).toBe(zh.firstColumn + 44);
    expect(double11?.fill).toBe(KEY_DATE_MARK_FILL[1]);
    expect(view.keyDateMarks.every((m) => m.column >= view.firstColumn && m.column <= view.lastColumn)).toBe(
      true,
    );
  });

  it("names each marked week's key dates for the row above the month band, in the workbook's language", () => {
    const zh = weekView({ headerRow: 4, firstColumn: 1, rowCount: 3, gridColumn: 13 }, "zh-CN", {
      year: 2027,
    });
    const labelAt = (v: typeof view, week: number) =>
      v.keyDateMarks.find((m) => m.column === v.firstColumn + week)?.label;
    // Week 44 holds 双11; week 5 除夕 (tier 2) and 春节 (tier 1): the festival first, glosses dropped.
    expect(labelAt(zh, 44)).toBe("双11");
    expect(labelAt(zh, 5)).toBe("春节\n除夕");
    expect(labelAt(view, 5)).toBe("Spring Festival\nChinese New Year's Eve");
    expect(labelAt(zh, 9)).toBe("妇女节\n龙抬头");
    expect(labelAt(view, 36)).toBe("Mid-Autumn Festival\nTeachers' Day");
    // Every key date is named once, and a week without one has no label.
    expect(view.keyDateMarks.flatMap((m) => m.label.split("\n"))).toHaveLength(keyDates(2027).length);
    expect(labelAt(view, 1)).toBeUndefined();
  });

  it("needs three rows above its header row", () => {
    expect(() =>
      weekView({ headerRow: 3, firstColumn: 1, rowCount: 0, gridColumn: 13 }, "en", { year: 2027 }),
    ).toThrow();
  });
});
