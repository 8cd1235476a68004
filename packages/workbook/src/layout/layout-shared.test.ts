import { Plan } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { plan } from "../test-support/messy-plan";
import { columnCheck } from "./checks";
import { argb, cssHex, STATUS_COLOURS, statusTexts } from "./colours";
import { DASHBOARD_HEADER_ROW, dashboardAsOfFormula, dashboardRows, goalChannels } from "./dashboard";
import { CAPTION_CELL_FONT, TITLE_CELL_FONT } from "./fonts";
import { columnKindFormat, currencyFormat, emptyColumnFormat, settingFormat, unitFormat } from "./formats";
import { guideLines } from "./guide";
import { columnListItems, inlineListSource } from "./lists";
import { SEASONALITY_HEADER_ROW, settingBounds, settingValue } from "./settings";
import { goalsTable, SETTINGS, SHEETS, seasonalityTable } from "./spec";
import { structuredTableRefs } from "./table-refs";

const column = (key: string) => {
  const c = goalsTable.columns.find((x) => x.key === key);
  if (!c) throw new Error(key);
  return c;
};

describe("formats", () => {
  it("puts a known currency's symbol in front and any other code after the number", () => {
    expect(currencyFormat(" usd ")).toBe('"$"#,##0');
    expect(currencyFormat("CNY")).toBe('"¥"#,##0');
    expect(currencyFormat('HK"D')).toBe('#,##0 "HKD"');
    // zh-CN money in 万 / 亿 like counts, with the symbol (shown by LibreOffice in formats.system.test.ts)
    expect(currencyFormat("CNY", "zh-CN")).toBe(
      '[>=100000000]"¥"0"."00,,"亿";[>=10000]"¥"0"."0,"万";"¥"#,##0',
    );
  });
  it("formats goal values by unit, counts in 万 for zh-CN", () => {
    expect(unitFormat("percent", "en", "CNY")).toBe("0.0%");
    expect(unitFormat("index", "en", "CNY")).toBe("#,##0.0");
    expect(unitFormat("currency", "en", "EUR")).toBe('"€"#,##0');
    expect(unitFormat(null, "en", "CNY")).toBe("#,##0");
    expect(unitFormat("count", "zh-CN", "CNY")).toBe('[>=100000000]0"."00,,"亿";[>=10000]0"."0,"万";#,##0');
  });
  it("leaves goal values to the goal's unit; ratio tool columns are percentages", () => {
    expect(columnKindFormat(column("target"), "en", "CNY")).toBeUndefined();
    expect(columnKindFormat(column("start"), "en", "CNY")).toBe("yyyy-mm-dd");
    expect(emptyColumnFormat(column("attainment"), "en", "CNY")).toBe("0.0%");
    expect(emptyColumnFormat(column("id"), "en", "CNY")).toBeUndefined();
    expect(settingFormat("ratio")).toBe("0.0%");
    expect(settingFormat("decimal")).toBe("#,##0.####");
    expect(settingFormat("year")).toBeUndefined();
  });
});

describe("lists and checks", () => {
  it("drops items with commas or quotes and stops before 254 characters", () => {
    expect(inlineListSource(["a", "b,c", 'd"', "", "e"])).toBe("a,e");
    expect(inlineListSource([])).toBeNull();
    // 23 items of 10 characters joined take 23·10 + 22 = 252; the 24th would make 263.
    const items = Array.from({ length: 30 }, (_, i) => `item-${String(i).padStart(5, "0")}`);
    const source = inlineListSource(items);
    expect(source?.split(",")).toHaveLength(23);
    expect(source).toHaveLength(252);
  });
  it("lists enum labels in the workbook language and the plan's profiles after Linear and Custom", () => {
    expect(columnListItems(column("dimension"), plan, "en")).toEqual([
      "User growth",
      "Content influence",
      "Conversion & revenue",
      "Brand voice",
    ]);
    expect(columnListItems(column("phasing"), plan, "zh-CN")).toEqual(["平均分解", "自定义", "Peaks"]);
    expect(columnListItems(column("owner"), plan, "en")).toBeUndefined();
  });
  it("checks input columns only: lists, numbers, dates", () => {
    expect(columnCheck(column("status"), plan, "en")).toBeNull();
    expect(columnCheck(column("owner"), plan, "en")).toBeNull();
    expect(columnCheck(column("direction"), plan, "en")).toMatchObject({
      type: "list",
      source: "Increase,Decrease",
    });
    expect(columnCheck(column("target"), plan, "zh-CN")).toMatchObject({
      type: "decimal",
      min: -1e15,
      max: 1e15,
      message: { title: "需要数字" },
    });
    expect(columnCheck(column("deadline"), plan, "en")).toEqual({
      type: "date",
      min: { year: 2000, month: 1, day: 1 },
      max: { year: 2100, month: 12, day: 31 },
      message: { title: "A date is expected", text: "Type a date, e.g. 2027-03-01." },
    });
  });
});

describe("colours", () => {
  it("spells one colour for both renderers and names a status in both languages", () => {
    expect(argb("C6EFCE")).toBe("FFC6EFCE");
    expect(cssHex("C6EFCE")).toBe("#C6EFCE");
    expect(statusTexts("at_risk")).toEqual(["At risk", "有风险"]);
  });
});

describe("dashboard", () => {
  it("groups goal channels trimmed and case-insensitively in first-appearance order, blank (null) last", () => {
    expect(goalChannels(plan)).toEqual(["抖音", "WeChat", null]);
  });
  it("has the brand, four dimensions, the channels and then at least 15 objective rows", () => {
    const rows = dashboardRows(plan, ["抖音", null], structuredTableRefs("en"), "en");
    // 1 + 4 + max(2 + 10, 15) + 2
    expect(rows).toHaveLength(22);
    expect(rows[0]?.slice(0, 3)).toEqual(["Whole brand", { formula: "Brand" }, null]);
    expect(rows[0]?.[5]).toMatchObject({
      formula: expect.stringContaining(`ISNUMBER(E${DASHBOARD_HEADER_ROW + 1})`),
    });
    expect(rows[1]?.[1]).toBe("User growth");
    expect(rows[5]?.[1]).toBe("抖音");
    expect(rows[6]?.[1]).toBe("(all channels)");
    // The first objective row is sheet row 13, after the channels: blank until tblObjectives has a first row.
    expect(rows[7]?.[0]).toEqual({ formula: 'IF(TRIM(B13)="","","Objective")' });
    expect(rows[7]?.[1]).toMatchObject({
      formula: expect.stringContaining("INDEX(tblObjectives[Objective ID],1)"),
    });
    const many = Plan.parse({ ...plan, objectives: Array.from({ length: 20 }, (_, i) => ({ id: `O${i}` })) });
    expect(dashboardRows(many, [], structuredTableRefs("zh-CN"), "zh-CN")).toHaveLength(1 + 4 + 30);
  });
  it("leaves the as-of month blank before any data", () => {
    expect(dashboardAsOfFormula(structuredTableRefs("en"))).toMatch(
      /^IF\(IF\(ISNUMBER\(AsOfMonth\),AsOfMonth,.*\)<1,"",IF\(/,
    );
  });
});

describe("guide", () => {
  it("has a title, a line per sheet with a purpose, the how-to blocks and a coloured line per status", () => {
    const lines = guideLines("en");
    expect(lines[0]).toEqual({ kind: "title", text: "Annual new-media plan · Guide", font: TITLE_CELL_FONT });
    expect(lines[2]).toEqual({ kind: "gap" });
    expect(lines[3]).toEqual({ kind: "heading", text: "What each sheet is for", font: CAPTION_CELL_FONT });
    const sheetLabels = lines
      .slice(4, 4 + SHEETS.length - 1)
      .map((l) => (l.kind === "item" ? l.label : l.kind));
    expect(sheetLabels).toEqual(SHEETS.filter((s) => s.kind !== "meta").map((s) => s.name.en));
    expect(lines.filter((l) => l.kind === "gap")).toHaveLength(5);
    expect(lines.slice(-6).map((l) => (l.kind === "item" ? [l.label, l.status, l.fill] : null))).toEqual([
      ["Achieved", "achieved", STATUS_COLOURS.achieved],
      ["On track", "on_track", STATUS_COLOURS.on_track],
      ["At risk", "at_risk", STATUS_COLOURS.at_risk],
      ["Off track", "off_track", STATUS_COLOURS.off_track],
      ["Not started", "not_started", STATUS_COLOURS.not_started],
      ["Check inputs", "check", STATUS_COLOURS.check],
    ]);
    // Every label bold; only status labels filled.
    const items = lines.flatMap((l) => (l.kind === "item" ? [l] : []));
    expect(items.every((l) => l.labelFont.bold)).toBe(true);
    expect(items.filter((l) => l.fill)).toHaveLength(6);
    // Both languages have the same shape, so both renderers place lines alike.
    expect(guideLines("zh-CN").map((l) => l.kind)).toEqual(lines.map((l) => l.kind));
  });
});

describe("settings", () => {
  it("starts each named cell with the plan's value and bounds the numeric ones", () => {
    expect(SETTINGS.map((s) => settingValue(s.name, plan))).toEqual([2027, "Lumen", "EUR", 4, 0.95, 0.8, 3]);
    expect(SEASONALITY_HEADER_ROW).toBe(4 + SETTINGS.length + 4);
    expect(seasonalityTable.name).toBe("tblSeasonality");
    expect(settingBounds("month")).toMatchObject({ type: "whole", min: 1, max: 12 });
    expect(settingBounds("ratio")).toMatchObject({ type: "decimal", min: 0, max: 10 });
    expect(settingBounds("text")).toBeNull();
  });
});
