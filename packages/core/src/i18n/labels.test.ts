import { describe, expect, it } from "vitest";
import { RULES } from "../model/rules";
import {
  ENUM_LABELS,
  enumKeyOf,
  enumLabel,
  labelsIn,
  monthLabel,
  SEVERITY_GROUP_LABELS,
  SEVERITY_LABELS,
  SMART_LABELS,
} from "./labels";

describe("enum labels", () => {
  it("reads a key, the en label or the zh-CN label, ignoring case, width and spaces", () => {
    expect(enumKeyOf("dimension", "growth")).toBe("growth");
    expect(enumKeyOf("dimension", " User  Growth ")).toBe("growth");
    expect(enumKeyOf("dimension", "用户增长")).toBe("growth");
    expect(enumKeyOf("aggregation", "ＳＵＭ")).toBe("sum");
    expect(enumKeyOf("goalStatus", "On track")).toBe("on_track");
    expect(enumKeyOf("unit", "%")).toBe("percent");
  });

  it("gives null for blanks and for words of another list", () => {
    expect(enumKeyOf("dimension", "  ")).toBeNull();
    expect(enumKeyOf("dimension", "累计")).toBeNull();
  });

  it("labels every key in both languages, distinct within a list", () => {
    for (const [list, labels] of Object.entries(ENUM_LABELS)) {
      for (const lang of ["en", "zh-CN"] as const) {
        const seen = Object.keys(labels).map((k) => enumLabel(list as keyof typeof ENUM_LABELS, k, lang));
        expect(new Set(seen).size, `${list} ${lang}`).toBe(seen.length);
        for (const [k, label] of Object.keys(labels).map((k, i) => [k, seen[i]])) {
          expect(enumKeyOf(list as keyof typeof ENUM_LABELS, label as string), `${list}.${k}`).toBe(k);
        }
      }
    }
  });
});

describe("labels", () => {
  it("names the SMART letters and severities in both languages", () => {
    expect(SMART_LABELS).toEqual({
      S: { en: "Specific", "zh-CN": "具体" },
      M: { en: "Measurable", "zh-CN": "可衡量" },
      A: { en: "Achievable", "zh-CN": "可实现" },
      R: { en: "Relevant", "zh-CN": "相关" },
      T: { en: "Time-bound", "zh-CN": "有时限" },
    });
    const severities = new Set(Object.values(RULES).map((r) => r.severity));
    for (const severity of severities) {
      expect(SEVERITY_LABELS[severity].en).not.toBe(SEVERITY_LABELS[severity]["zh-CN"]);
    }
    expect(SEVERITY_LABELS.warning).toEqual({ en: "Warning", "zh-CN": "警告" });
    expect(labelsIn(SEVERITY_GROUP_LABELS, "en")).toEqual({
      error: "Errors",
      warning: "Warnings",
      info: "Notes",
    });
    expect(labelsIn(SMART_LABELS, "zh-CN").R).toBe("相关");
  });

  it("names months 1–12 and leaves other numbers as they are", () => {
    expect([1, 9, 12].map((m) => monthLabel(m, "en"))).toEqual(["Jan", "Sep", "Dec"]);
    expect([1, 12].map((m) => monthLabel(m, "zh-CN"))).toEqual(["1月", "12月"]);
    expect([0, 13, 2.5].map((m) => monthLabel(m, "en"))).toEqual(["0", "13", "2.5"]);
  });
});
