import { describe, expect, expectTypeOf, it } from "vitest";
import { defineMessages } from "./define-messages";

describe("defineMessages", () => {
  const TEXT = defineMessages({
    en: {
      title: "Plan",
      wrote: (file: string, n: number) => `wrote ${n} sheets to ${file}`,
      severity: { error: "Errors", warning: "Warnings" },
    },
    "zh-CN": {
      title: "计划",
      wrote: (file, n) => `已写入 ${file}（${n} 个工作表）`,
      severity: { error: "错误", warning: "警告" },
    },
  });

  it("gives each language its own catalog", () => {
    expect(TEXT.en.title).toBe("Plan");
    expect(TEXT["zh-CN"].wrote("a.xlsx", 3)).toBe("已写入 a.xlsx（3 个工作表）");
    expect(TEXT.en.severity.warning).toBe("Warnings");
  });

  it("types the zh-CN functions from the en ones", () => {
    expectTypeOf(TEXT["zh-CN"].wrote).parameters.toEqualTypeOf<[string, number]>();
  });

  it("rejects catalogs that differ in keys or parameters (checked by tsc)", () => {
    const missing = () =>
      // @ts-expect-error zh-CN lacks `wrote`
      defineMessages({ en: { title: "Plan", wrote: "wrote" }, "zh-CN": { title: "计划" } });
    const extra = () =>
      // @ts-expect-error zh-CN has a key en lacks
      defineMessages({ en: { title: "Plan" }, "zh-CN": { title: "计划", subtitle: "副标题" } });
    const nested = () =>
      // @ts-expect-error a nested group lacks a key
      defineMessages({ en: { sev: { error: "E", info: "I" } }, "zh-CN": { sev: { error: "错误" } } });
    const params = () =>
      defineMessages({
        en: { n: (n: number) => `${n}` },
        // @ts-expect-error zh-CN takes another parameter type
        "zh-CN": { n: (n: string) => n },
      });
    expect([missing, extra, nested, params].every((f) => typeof f === "function")).toBe(true);
  });
});
