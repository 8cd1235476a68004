import { describe, expect, expectTypeOf, it } from "vitest";
import type { RULE_IDS, RuleParamMap, RuleParams, RuleTexts } from "../model/rules";
import { makeFinding } from "./make-finding";

const at = { collection: "goals", index: 0, field: "channel" };

describe("RuleParams", () => {
  it("types each rule's params, so a misspelt, missing or mistyped param does not compile", () => {
    const ok = makeFinding("goal.channel.unknown", "G1", at, { id: "G1", channel: "Weibo" });
    expect(ok.params).toEqual({ id: "G1", channel: "Weibo" });
    // @ts-expect-error misspelt param
    makeFinding("goal.channel.unknown", "G1", at, { id: "G1", chanel: "Weibo" });
    // @ts-expect-error missing param
    makeFinding("goal.channel.unknown", "G1", at, { id: "G1" });
    // @ts-expect-error a count where the rule names a month
    makeFinding("actual.invalid", "G1", at, { goal: "G1", month: "March", text: "x" });
    // @ts-expect-error a problem the rule does not have
    makeFinding("phasing.invalid", "G1", at, { id: "G1", phasing: "x", method: "custom", problem: "typo" });
  });

  it("keeps literal unions where a message branches on them", () => {
    expectTypeOf<RuleParams<"goal.ratio.components">["problem"]>().toEqualTypeOf<
      "one-missing" | "self" | "unknown"
    >();
    expectTypeOf<RuleParams<"sheet.rows.outside-table">>().toEqualTypeOf<{
      table: string;
      sheet: string;
      first: number;
      last: number;
    }>();
  });

  it("types a rule's message by the same params, plus the row's ref as id", () => {
    const en: RuleTexts<"goal.channel.unknown"> = { "goal.channel.unknown": (p) => `${p.id}: ${p.channel}` };
    const zh: RuleTexts<"goal.channel.unknown"> = {
      // @ts-expect-error the rule has no param "chanel"
      "goal.channel.unknown": (p) => `${p.id}：${p.chanel}`,
    };
    expect(en["goal.channel.unknown"]({ id: "G1", channel: "Weibo" })).toBe("G1: Weibo");
    expect(zh).toBeDefined();
  });

  it("has params for exactly the rule ids", () => {
    expectTypeOf<keyof RuleParamMap>().toEqualTypeOf<(typeof RULE_IDS)[number]>();
  });
});
