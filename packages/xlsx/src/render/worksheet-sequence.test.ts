import { describe, expect, it } from "vitest";
import { WORKSHEET_SEQUENCE, worksheetElementsBetween } from "./worksheet-sequence";

describe("worksheetElementsBetween", () => {
  it("gives the run of CT_Worksheet elements before one, in order", () => {
    const run = worksheetElementsBetween("sheetData", "drawing");
    expect(run[0]).toBe("sheetData");
    expect(run.at(-1)).toBe("smartTags");
    expect(run).toContain("conditionalFormatting");
    expect(run).not.toContain("drawing");
    expect(run.indexOf("dataValidations")).toBeGreaterThan(run.indexOf("conditionalFormatting"));
  });

  it("refuses names outside the sequence or in the wrong order", () => {
    expect(() => worksheetElementsBetween("sheetdata", "drawing")).toThrow(/sheetdata/);
    expect(() => worksheetElementsBetween("drawing", "sheetData")).toThrow();
    expect(new Set(WORKSHEET_SEQUENCE).size).toBe(WORKSHEET_SEQUENCE.length);
  });
});
