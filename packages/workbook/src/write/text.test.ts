import { describe, expect, it } from "vitest";
import { sanitizeRows, sanitizeText } from "./text";

describe("sanitizeText", () => {
  it("prefixes text that spreadsheet software would take for a formula", () => {
    expect(sanitizeText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(sanitizeText("+86 138")).toBe("'+86 138");
    expect(sanitizeText("-20% cost")).toBe("'-20% cost");
    expect(sanitizeText("@team")).toBe("'@team");
  });

  it("leaves other text alone", () => {
    expect(sanitizeText("新增粉丝 +20%")).toBe("新增粉丝 +20%");
    expect(sanitizeText("")).toBe("");
  });

  it("applies to the strings of a block of rows only", () => {
    expect(sanitizeRows([["=1+1", 5, null, "ok"]])).toEqual([["'=1+1", 5, null, "ok"]]);
  });
});
