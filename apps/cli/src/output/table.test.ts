import pc from "picocolors";
import { describe, expect, it } from "vitest";
import { renderTable } from "./table";
import { displayWidth, elide, wrap } from "./width";

const plain = pc.createColors(false);
const widths = (s: string) => s.split("\n").map(displayWidth);

describe("display width", () => {
  it("counts CJK and fullwidth as two columns, colour codes and combining marks as none", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("粉丝数")).toBe(6);
    expect(displayWidth("（全渠道）")).toBe(10);
    expect(displayWidth("\x1b[31m落后\x1b[39m")).toBe(4);
    expect(displayWidth("é")).toBe(1);
    expect(displayWidth("—")).toBe(1);
  });

  it("elides and wraps by columns, never splitting past the width", () => {
    expect(elide("小红书新增粉丝数", 7)).toBe("小红书…");
    expect(elide("Followers", 20)).toBe("Followers");
    expect(wrap("the goal has no target yet", 10)).toEqual(["the goal", "has no", "target yet"]);
    for (const line of wrap("目标值缺失，请在目标表中填写目标值后重新校验", 10)) {
      expect(displayWidth(line)).toBeLessThanOrEqual(10);
    }
  });
});

describe("renderTable", () => {
  const head = ["Goal", "Metric", "Target", "Message"];
  const rows = [
    [
      "G01",
      "小红书新增粉丝数（含矩阵号）",
      "12.3万",
      "Target is missing: fill in the Target column of the goal, then validate again",
    ],
    ["G02", "Followers", "1,200", "ok"],
  ];

  it("as wide as the text without a width; every line the same width", () => {
    const out = renderTable(head, rows, plain);
    const w = widths(out);
    expect(new Set(w).size).toBe(1);
    expect(out).toContain("│ 小红书新增粉丝数（含矩阵号） │");
    expect(out).toContain("Target is missing: fill in the Target column of the goal, then validate again");
  });

  it("fits a terminal width: elides the names, wraps the messages, keeps ids and numbers whole", () => {
    const out = renderTable(head, rows, plain, {
      width: 60,
      align: ["left", "left", "right", "left"],
      shrink: { 1: "elide", 3: "wrap" },
    });
    for (const w of widths(out)) expect(w).toBeLessThanOrEqual(60);
    expect(out).toContain("│ G01  │");
    expect(out).toContain("12.3万 │");
    expect(out).toMatch(/小红书.*…/);
    // the message is wrapped, not cut: all its words are still there
    const text = out.replace(/[│\s]+/g, " ");
    for (const word of ["missing:", "column", "validate", "again"]) expect(text).toContain(word);
  });

  it("aligns right where asked and pads CJK by display width", () => {
    const out = renderTable(
      ["A", "B"],
      [
        ["目标", "1"],
        ["x", "1,000"],
      ],
      plain,
      { align: ["left", "right"] },
    );
    expect(out.split("\n")).toEqual([
      "┌──────┬───────┐",
      "│ A    │     B │",
      "├──────┼───────┤",
      "│ 目标 │     1 │",
      "│ x    │ 1,000 │",
      "└──────┴───────┘",
    ]);
  });
});
