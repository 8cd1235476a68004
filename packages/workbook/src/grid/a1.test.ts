import { describe, expect, it } from "vitest";
import { a1, columnLetters, columnNumber, parseA1, parseCell } from "./a1";

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
    expect(parseCell(" c3 ")).toEqual({ row: 3, column: 3 });
    expect(parseCell("B3:B4")).toBeNull();
    expect(parseCell("Settings!B3")).toBeNull();
    expect(parseCell("ABCD1")).toBeNull();
    expect(parseCell("B12345678")).toBeNull();
  });
});
