import { describe, expect, it } from "vitest";
import { idKey } from "../phasing/keys";
import { latestActualMonth } from "./as-of";

const blank = () => Array.from({ length: 12 }, () => null as number | null);

describe("latestActualMonth", () => {
  it("is the latest month with a number in any row, null with none", () => {
    const a = blank();
    a[2] = 5;
    const b = blank();
    b[6] = 0; // an explicit zero is data
    expect(latestActualMonth([{ months: a }, { months: b }])).toBe(7);
    expect(latestActualMonth([{ months: blank() }])).toBeNull();
  });

  it("counts an unreadable (text) cell as filled in, like the workbook's non-blank test", () => {
    const a = blank();
    a[2] = 5;
    expect(latestActualMonth([{ months: a, unreadable: ["months.8"] }])).toBe(9);
    expect(latestActualMonth([{ months: a, unreadable: ["goalId"] }])).toBe(3);
  });
});

describe("idKey", () => {
  it("compares as MATCH(TRIM(x)) does: outer spaces dropped, inner runs folded, any case", () => {
    expect(idKey("  G1 ")).toBe("g1");
    expect(idKey("Brand  Voice")).toBe(idKey("brand voice"));
    expect(idKey("G 1")).not.toBe(idKey("G1"));
  });
});
