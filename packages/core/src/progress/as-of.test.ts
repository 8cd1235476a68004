import fc from "fast-check";
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
    expect(idKey("  g1 ")).toBe("G1");
    expect(idKey("Brand  Voice")).toBe(idKey("brand voice"));
    expect(idKey("G 1")).not.toBe(idKey("G1"));
  });

  it("gives an id that is already its own key back as it is: no new string per row", () => {
    const id = ["G", "12"].join("");
    expect(idKey(id)).toBe(id);
    expect(idKey("UG-01 A")).toBe("UG-01 A");
    for (const changed of ["g12", " G12", "G12 ", "G  12", "\tG12", "微信G1"])
      expect(idKey(changed)).not.toBe(changed);
  });

  it("matches exactly the texts whose trimmed, space-folded lower case is the same (property)", () => {
    const piece = fc.constantFrom(
      "G",
      "g",
      "1",
      " ",
      "  ",
      "微信",
      "Ä",
      "ä",
      "K",
      "\u212a",
      "ß",
      "SS",
      "İ",
      "i",
      "-",
    );
    const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));
    const reference = (s: string) => s.trim().replace(/ {2,}/g, " ").toLowerCase();
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(idKey(a) === idKey(b)).toBe(reference(a) === reference(b));
        expect(idKey(idKey(a))).toBe(idKey(a));
      }),
    );
  });
});
