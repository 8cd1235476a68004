import { describe, expect, it } from "vitest";
import { brandName } from "./brand-name";

describe("brandName", () => {
  it.each([
    [{ brand: "栖木咖啡", brandId: "qimu", file: "a.xlsx" }, "栖木咖啡"],
    [{ brand: null, brandId: "qimu", file: "a.xlsx" }, "qimu"],
    [{ brand: null, brandId: null, file: "a.xlsx" }, "a.xlsx"],
  ])("%o → %s", (b, name) => {
    expect(brandName(b)).toBe(name);
  });
});
