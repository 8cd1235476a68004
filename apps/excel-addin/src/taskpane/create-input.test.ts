import { describe, expect, it } from "vitest";
import { checkCreateInput, defaultPlanYear } from "./create-input";

describe("checkCreateInput", () => {
  it("accepts a brand and a four-digit year, trimming and reading full-width digits", () => {
    expect(checkCreateInput("  Lumen Coffee ", "2027")).toEqual({
      ok: true,
      value: { brand: "Lumen Coffee", year: 2027, industry: null },
      problem: null,
    });
    expect(checkCreateInput("光年咖啡", "２０２７")).toMatchObject({ ok: true, value: { year: 2027 } });
  });

  it("names the field that is wrong", () => {
    expect(checkCreateInput("   ", "2027")).toEqual({ ok: false, problem: "brand" });
    expect(checkCreateInput("Lumen", "27")).toEqual({ ok: false, problem: "year" });
    expect(checkCreateInput("Lumen", "2027.5")).toEqual({ ok: false, problem: "year" });
    expect(checkCreateInput("Lumen", "1999")).toEqual({ ok: false, problem: "year" });
    expect(checkCreateInput("Lumen", "2101")).toEqual({ ok: false, problem: "year" });
    expect(checkCreateInput("Lumen", "")).toEqual({ ok: false, problem: "year" });
  });
});

describe("defaultPlanYear", () => {
  it("is this year until September and next year from October", () => {
    expect(defaultPlanYear(new Date(2026, 8, 30))).toBe(2026);
    expect(defaultPlanYear(new Date(2026, 9, 1))).toBe(2027);
    expect(defaultPlanYear(new Date(2026, 11, 31))).toBe(2027);
    expect(defaultPlanYear(new Date(2027, 0, 1))).toBe(2027);
  });
});
