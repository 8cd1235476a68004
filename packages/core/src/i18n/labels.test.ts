import { describe, expect, it } from "vitest";
import { ENUM_LABELS, enumKeyOf, enumLabel } from "./labels";

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
