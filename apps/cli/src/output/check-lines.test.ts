import type { GoalProgress } from "@planbook/core";
import pc from "picocolors";
import { describe, expect, it } from "vitest";
import { checkLines } from "./check-lines";

const plain = pc.createColors(false);
const goal = (id: string, fix: GoalProgress["fix"]) => ({ id, fix }) as GoalProgress;

describe("checkLines", () => {
  it("names each check goal's cells once, the rule where there is no cell, and caps the list", () => {
    const cellOf = (f: { field: string | null }) =>
      f.field === "target"
        ? { sheet: "目标", cell: "K5" }
        : f.field === "months.0"
          ? { sheet: "月度数据", cell: "A3" }
          : null;
    const target = { rule: "goal.target.invalid", collection: "goals", index: 0, field: "target" };
    const jan = { rule: "sheet.column.missing", collection: "actuals", index: null, field: "months.0" };
    const odd = { rule: "phasing.invalid", collection: "goals", index: 1, field: "phasing" };
    expect(
      checkLines(
        [goal("G1", [target, target, jan]), goal("G2", null), goal("G3", [odd])],
        cellOf,
        "zh-CN",
        plain,
      ),
    ).toEqual(["G1 待修正：请修正 目标!K5, 月度数据!A3", "G3 待修正：请修正 phasing.invalid"]);
    const many = Array.from({ length: 12 }, (_, i) => goal(`G${i}`, [jan]));
    const lines = checkLines(many, cellOf, "en", plain);
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe("G0 Check inputs — fix 月度数据!A3");
    expect(lines[10]).toMatch(/^… and 2 more goal\(s\)/);
  });
});
