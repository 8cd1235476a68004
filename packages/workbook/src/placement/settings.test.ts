import { Plan } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { CAPTION_CELL_FONT, HELP_CELL_FONT } from "../layout/fonts";
import { PERCENT_FORMAT } from "../layout/formats";
import { SEASONALITY_HEADER_ROW, SETTINGS_FIRST_ROW } from "../layout/settings";
import { SETTINGS } from "../layout/spec";
import { placeWorkbook } from "./placement";

const plan = Plan.parse({ brand: { id: "demo", name: "Demo" }, year: 2027, settings: { asOfMonth: 6 } });

describe("the Settings placement", () => {
  const placed = placeWorkbook(plan, "en");
  const settingsSheet = placed.sheets.find((s) => s.spec.kind === "settings")!;
  const settings = settingsSheet.settings!;

  it("is on the Settings sheet only", () => {
    expect(placed.sheets.filter((s) => s.settings)).toEqual([settingsSheet]);
  });

  it("puts title and help above the Setting | Value | Help headers", () => {
    expect(settings.title).toEqual({ row: 1, column: 1, text: "Settings", font: CAPTION_CELL_FONT });
    expect(settings.help).toMatchObject({ row: 2, column: 1, font: HELP_CELL_FONT });
    expect(settings.headers).toMatchObject({
      row: SETTINGS_FIRST_ROW - 1,
      texts: ["Setting", "Value", "Help"],
    });
  });

  it("gives every setting a row: label, the named value from the plan with its format and bounds, help", () => {
    expect(settings.rows.map((r) => [r.name, r.row])).toEqual(
      SETTINGS.map((s, i) => [s.name, SETTINGS_FIRST_ROW + i]),
    );
    const row = (name: string) => settings.rows.find((r) => r.name === name)!;
    expect(row("PlanYear").value).toMatchObject({ column: 2, value: 2027, format: undefined });
    expect(row("PlanYear").value.check).toMatchObject({
      type: "whole",
      min: 2000,
      max: 2100,
      title: "Invalid value",
    });
    expect(row("AsOfMonth").value.value).toBe(6);
    expect(row("OnTrackThreshold").value).toMatchObject({
      format: PERCENT_FORMAT,
      check: { type: "decimal" },
    });
    expect(row("Brand").value).toMatchObject({ value: "Demo", check: null });
    for (const r of settings.rows) {
      expect([r.label.row, r.help.row]).toEqual([r.row, r.row]);
      // The operator's to change, even on a protected sheet.
      expect(r.value.unlocked).toBe(true);
      expect(r.help.font).toBe(HELP_CELL_FONT);
    }
  });

  it("starts the Phasing list helper at tblSeasonality's header row, right of the table", () => {
    const list = settings.phasingList;
    expect(list.firstRow).toBe(SEASONALITY_HEADER_ROW);
    expect(list.column).toBeGreaterThan(placed.table("tblSeasonality").lastColumn);
    expect(list.cells.slice(1, 3)).toEqual(["Linear", "Custom"]);
    expect(list.cells[0]).toEqual(expect.any(String));
    expect(list.captionFont).toBe(HELP_CELL_FONT);
  });
});
