import { describe, expect, it } from "vitest";
import type { RawCell } from "../grid/raw";
import { parseEnum, parsePhasing } from "./enum";
import { parseList } from "./list";

describe("parseList", () => {
  const cases: [RawCell, string[]][] = [
    [null, []],
    ["", []],
    ["S1", ["S1"]],
    ["S1,S2", ["S1", "S2"]],
    ["S1，S2", ["S1", "S2"]],
    ["S1、S2、S3", ["S1", "S2", "S3"]],
    ["S1;S2；S3", ["S1", "S2", "S3"]],
    ["S1\nS2\r\nS3", ["S1", "S2", "S3"]],
    [" S1 , , S2 ,", ["S1", "S2"]],
    ["S1, s1, S2, S1", ["S1", "S2"]],
    ["微信公众号、小红书", ["微信公众号", "小红书"]],
    [12, ["12"]],
    [{ error: "#REF!" }, []],
  ];
  it.each(cases)("%j → %j", (raw, list) => {
    expect(parseList(raw)).toEqual(list);
  });
});

describe("parseEnum takes keys and labels in both languages", () => {
  const cases: [Parameters<typeof parseEnum>[0], RawCell, string | null][] = [
    ["dimension", "growth", "growth"],
    ["dimension", "User growth", "growth"],
    ["dimension", "user  GROWTH", "growth"],
    ["dimension", "用户增长", "growth"],
    ["dimension", " 品牌声量 ", "brand"],
    ["aggregation", "Latest", "last"],
    ["aggregation", "期末值", "last"],
    ["unit", "%", "percent"],
    ["unit", "％", "percent"],
    ["unit", "百分比", "percent"],
    ["direction", "降低", "decrease"],
    ["campaignStatus", "已取消", "cancelled"],
    ["contentStage", "Published", "published"],
    ["channelRole", "探索", "explore"],
    ["strategyArea", "私域", "private"],
    ["dimension", null, null],
    ["dimension", "  ", null],
  ];
  it.each(cases)("%s %j → %s", (list, raw, key) => {
    expect(parseEnum(list, raw)).toEqual({ ok: true, value: key });
  });
  it("rejects labels of other lists and error values", () => {
    expect(parseEnum("dimension", "增长")).toEqual({ ok: false, reason: "not-in-list", text: "增长" });
    expect(parseEnum("direction", "up")).toEqual({ ok: false, reason: "not-in-list", text: "up" });
    expect(parseEnum("unit", 3)).toEqual({ ok: false, reason: "not-in-list", text: "3" });
    expect(parseEnum("unit", { error: "#N/A" })).toEqual({ ok: false, reason: "error-value", text: "#N/A" });
  });
});

describe("parsePhasing", () => {
  const cases: [RawCell, string | null][] = [
    [null, null],
    ["linear", "linear"],
    ["Linear", "linear"],
    ["平均分解", "linear"],
    ["custom", "custom"],
    ["自定义", "custom"],
    [" CUSTOM ", "custom"],
    ["电商大促", "电商大促"],
    ["  Retail peak ", "Retail peak"],
  ];
  it.each(cases)("%j → %j", (raw, value) => {
    expect(parsePhasing(raw)).toEqual({ ok: true, value });
  });
  it("rejects error values", () => {
    expect(parsePhasing({ error: "#NAME?" })).toEqual({ ok: false, reason: "error-value", text: "#NAME?" });
  });
});
