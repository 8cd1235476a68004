import { describe, expect, it } from "vitest";
import { languageOf, STRINGS } from "./strings";

/** Every key of a strings table, nested objects flattened to `a.b`. */
function keys(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("strings", () => {
  it("has every text in both languages, and the Chinese ones are Chinese", () => {
    expect(keys(STRINGS["zh-CN"]).sort()).toEqual(keys(STRINGS.en).sort());
    const zh = STRINGS["zh-CN"];
    for (const [key, value] of Object.entries(zh)) {
      if (typeof value === "string" && key !== "appTitle") expect(value, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("fills in counts and months", () => {
    expect(STRINGS.en.validated(1, 0, 2)).toBe("Validation finished: 1 error, 0 warnings, 2 notes.");
    expect(STRINGS["zh-CN"].validated(1, 0, 2)).toBe("校验完成：1 个错误，0 个警告，2 条提示。");
    expect(STRINGS.en.refreshed(STRINGS.en.monthName(3))).toBe("Progress updated to March.");
    expect(STRINGS["zh-CN"].refreshed(STRINGS["zh-CN"].monthName(3))).toBe("进度已更新至3月。");
  });
});

describe("languageOf", () => {
  it("maps any Chinese display language to zh-CN and the rest to English", () => {
    expect(languageOf("zh-CN")).toBe("zh-CN");
    expect(languageOf("zh-Hans-CN")).toBe("zh-CN");
    expect(languageOf("ZH-cn")).toBe("zh-CN");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("de-DE")).toBe("en");
    expect(languageOf("")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });
});
