import type { LocatedFinding } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { cellAddress, countBySeverity, groupFindings } from "./findings-groups";

const f = (
  rule: string,
  severity: LocatedFinding["severity"],
  smart: LocatedFinding["smart"],
  cell: string,
): LocatedFinding => ({
  rule,
  severity,
  smart,
  sheet: "Goals",
  table: "tblGoals",
  cell,
  ref: null,
  message: rule,
});

describe("groupFindings", () => {
  it("orders severities error, warning, info and letters S M A R T then none, keeping workbook order", () => {
    const findings = [
      f("goal.owner.missing", "warning", null, "N2"),
      f("goal.period.invalid", "error", "T", "K3"),
      f("goal.target.missing", "error", "M", "J2"),
      f("goal.metric.missing", "error", "S", "D4"),
      f("goal.target.invalid", "error", "M", "J5"),
      f("goal.ratio.average", "info", "M", "P6"),
      f("goal.target.not-ambitious", "warning", "A", "J7"),
    ];
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ["error", 4],
      ["warning", 2],
      ["info", 1],
    ]);
    expect(groups[0]?.letters.map((l) => [l.smart, l.findings.map((x) => x.cell)])).toEqual([
      ["S", ["D4"]],
      ["M", ["J2", "J5"]],
      ["T", ["K3"]],
    ]);
    expect(groups[1]?.letters.map((l) => l.smart)).toEqual(["A", null]);
  });

  it("leaves out empty severities", () => {
    expect(groupFindings([f("goal.owner.missing", "warning", null, "N2")]).map((g) => g.severity)).toEqual([
      "warning",
    ]);
    expect(groupFindings([])).toEqual([]);
  });
});

describe("countBySeverity", () => {
  it("counts each severity, zero for absent ones", () => {
    expect(
      countBySeverity([f("a", "error", null, "A1"), f("b", "error", "S", "A2"), f("c", "info", null, "A3")]),
    ).toEqual({ error: 2, warning: 0, info: 1 });
  });
});

describe("cellAddress", () => {
  it("writes sheet!cell, quoting names Excel would quote", () => {
    expect(cellAddress("Goals", "D5")).toBe("Goals!D5");
    expect(cellAddress("目标", "D5")).toBe("目标!D5");
    expect(cellAddress("Goals 2027", "D5")).toBe("'Goals 2027'!D5");
    expect(cellAddress("Bob's plan", "A1")).toBe("'Bob''s plan'!A1");
    expect(cellAddress("2027", "A1")).toBe("'2027'!A1");
  });

  it("is null without a sheet or a cell", () => {
    expect(cellAddress(null, "A1")).toBeNull();
    expect(cellAddress("Goals", null)).toBeNull();
  });
});
