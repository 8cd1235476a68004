import { describe, expect, it } from "vitest";
import { displayWidth, FILTER_BUTTON_WIDTH, fitColumn, MAX_TEXT_WIDTH, wrappedLines } from "./widths";

describe("displayWidth", () => {
  // Each character's width is core's charWidth (its own table test); here: the longest line wins.
  it.each([
    ["", 0],
    ["Q1 预算", 7],
    ["ab\n目标目标", 8],
    ["目标目标\nab", 8],
    ["a\r\n目标", 4],
    ["目标 🎯\ncafe\u0301", 7],
  ])("%j is %i characters wide", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe("wrappedLines", () => {
  it("splits each line by the usable width (one character of padding)", () => {
    // 20 CJK characters = 40 units in a column of 21 (20 usable): 2 lines
    expect(wrappedLines("一".repeat(20), 21)).toBe(2);
    expect(wrappedLines("一".repeat(10), 21)).toBe(1);
    expect(wrappedLines("a\nb", 10)).toBe(2);
  });
});

describe("fitColumn", () => {
  it("keeps the spec width when header and values fit", () => {
    expect(fitColumn(12, "Owner", ["林晓", "周雯"])).toEqual({ width: 12, wrap: false });
  });

  it("widens to the header plus the filter button", () => {
    // "Max Concurrent Campaigns" is 24 wide
    expect(fitColumn(12, "Max Concurrent Campaigns", [])).toEqual({
      width: 24 + FILTER_BUTTON_WIDTH,
      wrap: false,
    });
  });

  it("widens to the longest value plus padding, up to the cap, then wraps", () => {
    // 15 CJK characters = 30, plus 2
    expect(fitColumn(20, "Notes", ["一".repeat(15)])).toEqual({ width: 32, wrap: false });
    expect(fitColumn(20, "Notes", ["一".repeat(40)])).toEqual({ width: MAX_TEXT_WIDTH, wrap: true });
  });
});
