import { describe, expect, it } from "vitest";
import type { RawCell } from "../grid/raw";
import { isoDate, isoDateToSerial, parseDate, serialToIsoDate } from "./date";

describe("Excel serials (1900 system)", () => {
  const cases: [number, string | null][] = [
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, null], // 1900-02-29 exists only in Excel
    [61, "1900-03-01"],
    [45658, "2025-01-01"],
    [46082, "2026-03-01"],
    [46447, "2027-03-01"],
    [46447.75, "2027-03-01"],
    [2958465, "9999-12-31"],
    [0, null],
    [-5, null],
    [2958466, null],
  ];
  it.each(cases)("%d → %s", (serial, iso) => {
    expect(serialToIsoDate(serial)).toBe(iso);
  });
  it("maps ISO dates to serials", () => {
    expect(isoDateToSerial("1900-03-01")).toBe(61);
    expect(isoDateToSerial("1900-02-28")).toBe(59);
    expect(isoDateToSerial("2027-01-01")).toBe(46388);
  });
  it("round-trips with isoDateToSerial", () => {
    for (const serial of [1, 59, 61, 100, 46447, 50000]) {
      expect(isoDateToSerial(serialToIsoDate(serial) ?? "")).toBe(serial);
    }
  });
});

describe("parseDate accepts the forms of docs/design.md#cell-values", () => {
  const cases: [RawCell, string | null][] = [
    [null, null],
    ["  ", null],
    [46447, "2027-03-01"],
    ["2027-03-01", "2027-03-01"],
    ["2027-3-1", "2027-03-01"],
    ["2027/3/1", "2027-03-01"],
    ["2027/03/01", "2027-03-01"],
    ["2027.3.1", "2027-03-01"],
    ["2027-03-01 00:00:00", "2027-03-01"],
    ["2027年3月1日", "2027-03-01"],
    ["2027年12月31号", "2027-12-31"],
    ["2027 年 3 月 1 日", "2027-03-01"],
    ["２０２７年３月１日", "2027-03-01"],
    ["3月1日", "2027-03-01"],
    ["11月11日", "2027-11-11"],
    ["3/1", "2027-03-01"],
    ["12/25", "2027-12-25"],
    ["Mar 1 2027", "2027-03-01"],
    ["March 1, 2027", "2027-03-01"],
    ["1 Mar 2027", "2027-03-01"],
    ["Sept 9", "2027-09-09"],
    ["2028-02-29", "2028-02-29"],
  ];
  it.each(cases)("%j → %s", (raw, value) => {
    expect(parseDate(raw, 2027)).toEqual({ ok: true, value });
  });
});

describe("parseDate rejects what is no calendar day", () => {
  const rejects: [RawCell, string, string][] = [
    ["2027-02-30", "not-a-date", "2027-02-30"],
    ["2027-02-29", "not-a-date", "2027-02-29"],
    ["2月29日", "not-a-date", "2月29日"],
    ["2027-13-01", "not-a-date", "2027-13-01"],
    ["2027/3-1", "not-a-date", "2027/3-1"],
    ["3/1/2027", "not-a-date", "3/1/2027"],
    ["13/1", "not-a-date", "13/1"],
    ["下周一", "not-a-date", "下周一"],
    ["Marble 3", "not-a-date", "Marble 3"],
    ["Q2", "not-a-date", "Q2"],
    [60, "not-a-date", "60"],
    [true, "not-a-date", "TRUE"],
    [{ error: "#VALUE!" }, "error-value", "#VALUE!"],
  ];
  it.each(rejects)("%j → %s", (raw, reason, text) => {
    expect(parseDate(raw, 2027)).toEqual({ ok: false, reason, text });
  });
  it("checks calendar days directly", () => {
    expect(isoDate(2027, 4, 31)).toBeNull();
    expect(isoDate(2027, 4, 30)).toBe("2027-04-30");
    expect(isoDate(2100, 2, 29)).toBeNull();
    expect(isoDate(2000, 2, 29)).toBe("2000-02-29");
  });
});
