import { describe, expect, it } from "vitest";
import { goalRowFormulas } from "../formulas/goal";
import { type FormulaRefs, structuredColumnName } from "../formulas/refs";
import { defaultRefs, structuredTableRefs } from "./table-refs";

describe("goal row formulas", () => {
  const zh = goalRowFormulas(defaultRefs("zh-CN", 7), "zh-CN");
  const en = goalRowFormulas(defaultRefs("en", 7), "en");

  it("refer to the row's own cells and to other tables by structured references", () => {
    // spec order: Target is column J, Phase Share the first hidden helper after Check (AA)
    expect(zh.ytdTarget).toContain("J7*AA7");
    expect(zh.ytdActual).toContain("tblActuals[[1月]:[12月]]");
    expect(en.ytdActual).toContain("tblActuals[[Jan]:[Dec]]");
    // with the header cell, so a one-row table is still a range (see rowOf)
    expect(en.ytdActual).toContain("tblActuals[[#All],[Goal ID]]");
  });

  it("follow columns wherever the add-in finds them", () => {
    const moved: FormulaRefs = {
      ...structuredTableRefs("en"),
      goalCell: (key) => `${key === "target" ? "ZZ" : "Q"}12`,
    };
    const f = goalRowFormulas(moved, "en");
    expect(f.ytdTarget).toContain("ZZ12");
    expect(f.ytdTarget).not.toMatch(/\bJ\d/);
  });

  it("compare enum cells with the labels of both languages and answer in the workbook's", () => {
    expect(zh.ytdActual).toContain('TRIM(G7)="累计"');
    expect(zh.ytdActual).toContain('TRIM(G7)="sum"');
    expect(zh.status).toContain('"已达成"');
    expect(zh.status).not.toContain('"Achieved"');
    expect(en.status).toContain('"Achieved"');
  });

  it("use only functions LibreOffice 7.4 and pre-dynamic-array Excel evaluate, within Excel's length limit", () => {
    for (const f of [...Object.values(zh), ...Object.values(en)]) {
      expect(f.startsWith("=")).toBe(false);
      expect(f).not.toMatch(/XLOOKUP|\bLET\(|LAMBDA|FILTER\(|#This Row|@/);
      expect(f.length).toBeLessThan(8192);
    }
  });
});

describe("structured references", () => {
  it("escape the characters Excel reserves in column names", () => {
    expect(structuredColumnName("Q1 [plan]")).toBe("Q1 '[plan']");
    expect(structuredColumnName("#1 'best'")).toBe("'#1 ''best''");
  });
});
