import { describe, expect, it } from "vitest";
import { dimensionLabel, formatPercent, statusLabel } from "./format";

describe("formatPercent", () => {
  it("shows fractions as percentages with at most one decimal", () => {
    expect(formatPercent(0.8567, "en")).toBe("85.7%");
    expect(formatPercent(1, "en")).toBe("100%");
    expect(formatPercent(1.234, "zh-CN")).toBe("123.4%");
    expect(formatPercent(0, "en")).toBe("0%");
  });

  it("shows a dash for no value, never 0 %", () => {
    expect(formatPercent(null, "en")).toBe("—");
    expect(formatPercent(Number.NaN, "en")).toBe("—");
  });
});

describe("labels", () => {
  it("uses the workbook's enum labels", () => {
    expect(statusLabel("at_risk", "en")).toBe("At risk");
    expect(statusLabel("at_risk", "zh-CN")).toBe("有风险");
    expect(dimensionLabel("conversion", "zh-CN")).toBe("转化与营收");
    expect(dimensionLabel(null, "en")).toBe("—");
  });
});
