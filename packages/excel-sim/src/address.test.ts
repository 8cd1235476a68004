import { describe, expect, it } from "vitest";
import {
  a1ToR1C1,
  columnLetters,
  columnNumber,
  fullAddress,
  parseRect,
  quoteSheet,
  r1c1ToA1,
  splitSheet,
} from "./address";

describe("addresses", () => {
  it("converts column numbers and letters", () => {
    expect(columnLetters(1)).toBe("A");
    expect(columnLetters(26)).toBe("Z");
    expect(columnLetters(27)).toBe("AA");
    expect(columnLetters(16_384)).toBe("XFD");
    expect(columnNumber("AB")).toBe(28);
  });

  it("parses cells, ranges, whole columns and rows", () => {
    expect(parseRect("B5")).toEqual({ r0: 5, c0: 2, r1: 5, c1: 2 });
    expect(parseRect("$C$9:A1")).toEqual({ r0: 1, c0: 1, r1: 9, c1: 3 });
    expect(parseRect("B:C")).toEqual({ r0: 1, c0: 2, r1: 1_048_576, c1: 3 });
    expect(parseRect("3:4")).toEqual({ r0: 3, c0: 1, r1: 4, c1: 16_384 });
    expect(parseRect("tblGoals")).toBeNull();
    expect(parseRect("XFE1")).toBeNull();
  });

  it("reads a cell as Excel writes it, and nothing else (the loader reads 41,000 of them)", () => {
    expect(parseRect(" xfd1048576 ")).toEqual({ r0: 1_048_576, c0: 16_384, r1: 1_048_576, c1: 16_384 });
    expect(parseRect("$b5")).toEqual({ r0: 5, c0: 2, r1: 5, c1: 2 });
    expect(parseRect("B$5:$a$1")).toEqual({ r0: 1, c0: 1, r1: 5, c1: 2 });
    for (const bad of [
      "",
      "$",
      "B",
      "5",
      "B0",
      "ABCD1",
      "B12345678",
      "B5x",
      "5B",
      "B-5",
      "B5:",
      "A1:B2:C3",
      "B 5",
      "$$B5",
      "B5$",
    ])
      expect(parseRect(bad), bad).toBeNull();
  });

  it("quotes sheet names the way Excel does", () => {
    expect(quoteSheet("Goals")).toBe("Goals");
    expect(quoteSheet("目标")).toBe("目标");
    expect(quoteSheet("My plan")).toBe("'My plan'");
    expect(quoteSheet("O'Neil")).toBe("'O''Neil'");
    expect(quoteSheet("A1")).toBe("'A1'");
    // A name that reads as a cell address (1–3 letters, 1–7 digits) is quoted; one more letter is not.
    expect(quoteSheet("abc1234567")).toBe("'abc1234567'");
    expect(quoteSheet("ABCD1")).toBe("ABCD1");
    expect(fullAddress("Goals", { r0: 5, c0: 1, r1: 9, c1: 3 })).toBe("Goals!A5:C9");
    expect(splitSheet("'My plan'!B2")).toEqual({ sheet: "My plan", local: "B2" });
  });

  it("rewrites A1 and R1C1 references, leaving strings and structured references alone", () => {
    // In C5: B5 is one column left, $A$1 absolute, D7 two rows down one column right.
    expect(a1ToR1C1("=B5*2+$A$1-D7", 5, 3)).toBe("=RC[-1]*2+R1C1-R[2]C[1]");
    expect(r1c1ToA1("=RC[-1]*2+R1C1-R[2]C[1]", 5, 3)).toBe("=B5*2+$A$1-D7");
    expect(r1c1ToA1('=IF(RC[1]="RC","x",tblGoals[@[Goal ID]])', 10, 2)).toBe(
      '=IF(C10="RC","x",tblGoals[@[Goal ID]])',
    );
    expect(a1ToR1C1("=LOG10(A1)+SUM(Goals!B2:B3)", 2, 2)).toBe("=LOG10(R[-1]C[-1])+SUM(Goals!RC:R[1]C)");
    expect(r1c1ToA1("=R[-1]C", 1, 1)).toBe("=#REF!");
  });
});
