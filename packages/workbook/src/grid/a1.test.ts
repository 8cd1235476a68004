import { describe, expect, it } from "vitest";
import {
  a1,
  columnLetters,
  columnNumber,
  parseA1,
  parseCell,
  parseRange,
  parseSheetRange,
  rangeA1,
  rangeContains,
  rangesOverlap,
} from "./a1";
import { rawTableRange } from "./raw";

describe("A1 addresses", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %d is %s", (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
    expect(columnNumber(letters.toLowerCase())).toBe(n);
    expect(parseA1(`${letters}7`)).toEqual({ row: 7, column: n });
  });

  it("reads absolute, range and sheet-prefixed addresses", () => {
    expect(parseA1("$B$3")).toEqual({ row: 3, column: 2 });
    expect(parseA1("B3:B9")).toEqual({ row: 3, column: 2 });
    expect(parseA1("'设置'!$C$12")).toEqual({ row: 12, column: 3 });
    expect(parseA1("Settings!aa10")).toEqual({ row: 10, column: 27 });
    expect(parseA1("")).toBeNull();
    expect(parseA1("B")).toBeNull();
    expect(parseA1("3B")).toBeNull();
    expect(a1(5, 28)).toBe("AB5");
  });
  it("parses one cell, nothing more", () => {
    expect(parseCell("$AB$12")).toEqual({ row: 12, column: 28 });
    expect(parseCell("c3")).toEqual({ row: 3, column: 3 });
    expect(parseCell(" c3")).toBeNull();
    expect(parseCell("B3:B4")).toBeNull();
    expect(parseCell("Settings!B3")).toBeNull();
    expect(parseCell("ABCD1")).toBeNull();
    expect(parseCell("B12345678")).toBeNull();
  });

  it("keeps to Excel's grid: columns A…XFD, rows 1…1,048,576", () => {
    expect(parseCell("XFD1048576")).toEqual({ row: 1_048_576, column: 16_384 });
    expect(parseCell("XFE1")).toBeNull();
    expect(parseCell("A1048577")).toBeNull();
    expect(parseCell("A0")).toBeNull();
    expect(parseCell("$")).toBeNull();
    expect(parseCell("")).toBeNull();
    expect(parseCell("B$")).toBeNull();
  });

  it("reads ranges in all of Excel's local forms, corners in either order", () => {
    expect(parseRange("B4:H40")).toEqual({ row: 4, column: 2, lastRow: 40, lastColumn: 8 });
    expect(parseRange("$H$40:$B$4")).toEqual({ row: 4, column: 2, lastRow: 40, lastColumn: 8 });
    expect(parseRange(" c7 ")).toEqual({ row: 7, column: 3, lastRow: 7, lastColumn: 3 });
    expect(parseRange("5:9")).toEqual({ row: 5, column: 1, lastRow: 9, lastColumn: 16_384 });
    expect(parseRange("$D:$b")).toEqual({ row: 1, column: 2, lastRow: 1_048_576, lastColumn: 4 });
    expect(parseRange("Goals!B5:H9")).toEqual({ row: 5, column: 2, lastRow: 9, lastColumn: 8 });
    expect(parseRange("B4:H40:J2")).toBeNull();
    expect(parseRange("B")).toBeNull();
    expect(parseRange("5")).toBeNull();
    expect(parseRange("B4:7")).toBeNull();
    expect(parseRange("0:3")).toBeNull();
    expect(parseRange("A:XFE")).toBeNull();
  });

  it("keeps the sheet of an address as Office.js gives it, quotes undone", () => {
    expect(parseSheetRange("Goals!A5:C9")).toEqual({
      sheet: "Goals",
      row: 5,
      column: 1,
      lastRow: 9,
      lastColumn: 3,
    });
    expect(parseSheetRange("'My plan''s goals'!$B$2")).toEqual({
      sheet: "My plan's goals",
      row: 2,
      column: 2,
      lastRow: 2,
      lastColumn: 2,
    });
    expect(parseSheetRange("'目标'!B:B")?.lastRow).toBe(1_048_576);
    expect(parseSheetRange("B2")).toBeNull();
    expect(parseSheetRange("Goals!nonsense")).toBeNull();
  });

  it("writes a range back as A1, one cell without a colon", () => {
    expect(rangeA1(3, 2, 3, 2)).toBe("B3");
    expect(rangeA1(3, 2, 40, 28)).toBe("B3:AB40");
    const r = parseRange(rangeA1(4, 27, 9, 30));
    expect(r && rangeA1(r.row, r.column, r.lastRow, r.lastColumn)).toBe("AA4:AD9");
  });

  it("gives a raw table's cells: header row to last body row, first to last header column", () => {
    const t = {
      name: "tblGoals",
      sheet: "Goals",
      headerRow: 4,
      firstColumn: 2,
      headers: ["a", "b", "c"],
      rows: [[], []],
    };
    expect(rawTableRange(t)).toEqual({ row: 4, column: 2, lastRow: 6, lastColumn: 4 });
    expect(rawTableRange({ ...t, rows: [], below: [[]] })).toEqual({
      row: 4,
      column: 2,
      lastRow: 4,
      lastColumn: 4,
    });
  });

  it("tells whether ranges share a cell and whether one holds another", () => {
    const table = { row: 4, column: 2, lastRow: 40, lastColumn: 8 };
    const at = (address: string) => parseRange(address) ?? table;
    expect(rangesOverlap(table, at("H40:J41"))).toBe(true);
    expect(rangesOverlap(at("H40:J41"), table)).toBe(true);
    expect(rangesOverlap(table, at("I4:J40"))).toBe(false);
    expect(rangesOverlap(table, at("B41:H41"))).toBe(false);
    expect(rangesOverlap(table, at("3:3"))).toBe(false);
    expect(rangesOverlap(table, at("C:C"))).toBe(true);
    expect(rangeContains(table, at("B4:H4"))).toBe(true);
    expect(rangeContains(table, table)).toBe(true);
    expect(rangeContains(table, at("B4:I4"))).toBe(false);
    expect(rangeContains(at("B4:I4"), table)).toBe(false);
  });
});
