import { describe, expect, it } from "vitest";
import type { RawCell } from "../grid/raw";
import { type NumberNote, parseNumber } from "./number";

type Case = [RawCell, number | null, NumberNote[]];

describe("parseNumber accepts numbers as operators type them", () => {
  const plain: Case[] = [
    [1234, 1234, []],
    [0, 0, []],
    [-3.5, -3.5, []],
    [null, null, []],
    ["", null, []],
    ["   ", null, []],
    ["1234", 1234, ["text-number"]],
    ["1,234", 1234, ["text-number"]],
    ["1,234,567.5", 1234567.5, ["text-number"]],
    ["1.2万", 12000, ["text-number"]],
    ["1.15万", 11500, ["text-number"]],
    ["12万", 120000, ["text-number"]],
    ["3亿", 300000000, ["text-number"]],
    ["2.5亿", 250000000, ["text-number"]],
    ["10w", 100000, ["text-number"]],
    ["10W", 100000, ["text-number"]],
    ["1.5k", 1500, ["text-number"]],
    ["1.5K", 1500, ["text-number"]],
    ["2M", 2000000, ["text-number"]],
    ["3千", 3000, ["text-number"]],
    ["10万+", 100000, ["text-number"]],
    ["500+", 500, ["text-number"]],
    ["１２３", 123, ["text-number"]],
    ["１，２３４．５", 1234.5, ["text-number"]],
    ["¥1,200", 1200, ["text-number"]],
    ["￥1200", 1200, ["text-number"]],
    ["$99.9", 99.9, ["text-number"]],
    ["1200元", 1200, ["text-number"]],
    ["12万元", 120000, ["text-number"]],
    ["CNY 5000", 5000, ["text-number"]],
    ["RMB5,000", 5000, ["text-number"]],
    ["usd 20", 20, ["text-number"]],
    ["-¥300", -300, ["text-number"]],
    ["¥-300", -300, ["text-number"]],
    ["−12", -12, ["text-number"]],
    ["5%", 0.05, ["text-number"]],
    ["14.3%", 0.143, ["text-number"]],
    ["５％", 0.05, ["text-number"]],
    ["150%", 1.5, ["text-number"]],
    ["  42  ", 42, ["text-number"]],
    [".5", 0.5, ["text-number"]],
    ["1e3", 1000, ["text-number"]],
  ];
  it.each(plain)("%j → %j %j", (raw, value, notes) => {
    expect(parseNumber(raw)).toEqual({ ok: true, value, notes });
  });
});

describe("parseNumber in a percent column", () => {
  const cases: Case[] = [
    [0.05, 0.05, []],
    [1, 1, []],
    [5, 0.05, ["percent-scale"]],
    [14.3, 0.143, ["percent-scale"]],
    [120, 1.2, ["percent-scale"]],
    ["5%", 0.05, ["text-number"]],
    ["120%", 1.2, ["text-number"]],
    ["5", 0.05, ["text-number", "percent-scale"]],
    ["0.3", 0.3, ["text-number"]],
    [null, null, []],
  ];
  it.each(cases)("%j → %j %j", (raw, value, notes) => {
    expect(parseNumber(raw, { percent: true })).toEqual({ ok: true, value, notes });
  });
});

describe("parseNumber in an attainment column (numbers are fractions as Excel stores them)", () => {
  const cases: Case[] = [
    [1.2, 1.2, []],
    [0.85, 0.85, []],
    ["120%", 1.2, ["text-number"]],
    ["1.5", 1.5, ["text-number"]],
    [95, 0.95, ["percent-scale"]],
    ["85", 0.85, ["text-number", "percent-scale"]],
  ];
  it.each(cases)("%j → %j %j", (raw, value, notes) => {
    expect(parseNumber(raw, { percent: true, percentPointsAbove: 10 })).toEqual({ ok: true, value, notes });
  });
});

describe("parseNumber rejects what is not a number, with the text", () => {
  const rejects: [RawCell, string, string][] = [
    [{ error: "#N/A" }, "error-value", "#N/A"],
    [{ error: "#DIV/0!" }, "error-value", "#DIV/0!"],
    ["abc", "not-a-number", "abc"],
    ["约一万", "not-a-number", "约一万"],
    ["1,23", "not-a-number", "1,23"],
    ["1.2.3", "not-a-number", "1.2.3"],
    ["--5", "not-a-number", "--5"],
    ["-¥-5", "not-a-number", "-¥-5"],
    ["¥5%", "not-a-number", "¥5%"],
    ["5万%", "not-a-number", "5万%"],
    ["12 people", "not-a-number", "12 people"],
    ["N/A", "not-a-number", "N/A"],
    [true, "not-a-number", "TRUE"],
    [Number.NaN, "not-a-number", "NaN"],
  ];
  it.each(rejects)("%j → %s", (raw, reason, text) => {
    expect(parseNumber(raw)).toEqual({ ok: false, reason, text });
  });

  it("asks for whole numbers where only they make sense", () => {
    expect(parseNumber(2.5, { integer: true })).toEqual({ ok: false, reason: "not-an-integer", text: "2.5" });
    expect(parseNumber("1.5k", { integer: true })).toEqual({ ok: true, value: 1500, notes: ["text-number"] });
    expect(parseNumber("1.23456万", { integer: true })).toEqual({
      ok: false,
      reason: "not-an-integer",
      text: "1.23456万",
    });
  });
});
