import { describe, expect, it } from "vitest";
import { EXCEL_NUMBER_FORMATS, formatMetricValue, formatShare } from "./number-style";

describe("number style shared by CLI, workbook and pane", () => {
  it("percentages with one decimal, in both languages", () => {
    expect(formatMetricValue(0.125, "percent", "en")).toBe("12.5%");
    expect(formatMetricValue(0.5, "percent", "zh-CN")).toBe("50.0%");
    expect(formatShare(0.9684, "en")).toBe("96.8%");
    expect(formatShare(0.00049, "en")).toBe("0.0%");
    expect(formatShare(12.3456, "en")).toBe("1,234.6%");
  });

  it("counts and money: grouped whole numbers in en; 万 and 亿 in zh-CN", () => {
    expect(formatMetricValue(1234567.4, "count", "en")).toBe("1,234,567");
    expect(formatMetricValue(9999, "count", "zh-CN")).toBe("9,999");
    expect(formatMetricValue(10000, "count", "zh-CN")).toBe("1.0万");
    expect(formatMetricValue(123456, "currency", "zh-CN")).toBe("12.3万");
    expect(formatMetricValue(18000000, "currency", "zh-CN")).toBe("1800.0万");
    expect(formatMetricValue(123456789, "count", "zh-CN")).toBe("1.23亿");
    expect(formatMetricValue(99999, "count", "zh-CN")).toBe("10.0万");
  });

  it("rounds half away from zero like Excel, negatives in full", () => {
    expect(formatMetricValue(0.00125, "percent", "en")).toBe("0.1%");
    expect(formatMetricValue(2.5, "count", "en")).toBe("3");
    expect(formatMetricValue(-2.5, "count", "en")).toBe("-3");
    expect(formatMetricValue(-123456, "count", "zh-CN")).toBe("-123,456");
    expect(formatMetricValue(1.05, "index", "en")).toBe("1.1");
  });

  it("no value is a dash; a goal without unit reads as a count", () => {
    expect(formatMetricValue(null, "count", "en")).toBe("—");
    expect(formatMetricValue(42000, null, "zh-CN")).toBe("4.2万");
  });

  it("has an Excel format per language and unit, one decimal for percentages", () => {
    for (const lang of ["en", "zh-CN"] as const) expect(EXCEL_NUMBER_FORMATS[lang].percent).toBe("0.0%");
    expect(EXCEL_NUMBER_FORMATS["zh-CN"].count).toContain('"万"');
  });
});
