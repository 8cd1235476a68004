import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledConfigPath } from "../bundled-config";
import { parseConfig } from "./load";
import { configToPlans } from "./to-plan";

describe("bundled example config", () => {
  const text = readFileSync(bundledConfigPath(), "utf8");

  it("parses into three plans with dates in the plan year", () => {
    const parsed = parseConfig(text, "brands.yaml", "en");
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const plans = configToPlans(parsed.config, { defaultYear: 2027 });
    expect(plans.map((p) => [p.brand.id, p.year, p.language])).toEqual([
      ["qimu-coffee", 2027, "zh-CN"],
      ["stride-athletics", 2027, "en"],
      ["chengji-beauty", 2027, "zh-CN"],
    ]);
    for (const p of plans) {
      expect(p.goals.length).toBeGreaterThanOrEqual(8);
      expect(p.goals.length).toBeLessThanOrEqual(12);
      expect(new Set(p.goals.map((g) => g.dimension))).toEqual(
        new Set(["growth", "content", "conversion", "brand"]),
      );
      expect(new Set(p.goals.map((g) => g.aggregation))).toEqual(
        new Set(["sum", "last", "average", "ratio"]),
      );
      expect(p.goals.some((g) => g.direction === "decrease")).toBe(true);
      expect(p.goals.some((g) => g.numeratorGoalId && g.denominatorGoalId)).toBe(true);
      expect(p.goals.some((g) => g.phasing && g.phasing !== "linear")).toBe(true);
    }
    expect(plans[0]?.goals.find((g) => g.id === "G12")?.start).toBe("2027-03-01");
    expect(plans[0]?.campaigns[0]?.start).toBe("2027-03-10");
  });

  it("lets --year and --lang win over the config", () => {
    const parsed = parseConfig(text, "brands.yaml", "en");
    if (!parsed.ok) throw new Error("example config invalid");
    const plans = configToPlans(parsed.config, { year: 2031, language: "en", defaultYear: 2027 });
    expect(plans.every((p) => p.year === 2031 && p.language === "en")).toBe(true);
    expect(plans[2]?.campaigns[0]?.end).toBe("2031-03-08");
  });
});

describe("config errors name file, line and field path", () => {
  const base = `year: 2027
brands:
  - id: a
    name: A
    channels: []
    review: []
    lessons: []
    trends: []
    competitors: []
    personas: []
    objectives: []
    strategies: []
    goals:
      - id: G1
        target: lots
`;

  it("reports a wrong type at its line", () => {
    const r = parseConfig(base, "config.yaml", "en");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(['config.yaml:15 brands[0].goals[0].target: expected a number, got "lots"']);
  });

  it("in zh-CN too", () => {
    const r = parseConfig(base, "config.yaml", "zh-CN");
    if (r.ok) throw new Error("expected errors");
    expect(r.errors).toEqual(['config.yaml:15 brands[0].goals[0].target：应为数字，实际为"lots"']);
  });

  it("reports misspelt fields, wrong lists and bad enums", () => {
    const text = `brands:
  - id: a
    name: A
    channels: []
    review: []
    lessons: []
    trends: []
    competitors: []
    personas: []
    objectives: []
    strategies: []
    goals:
      - { id: G1, targett: 5, aggregation: total }
  - id: a
    name: B
    channels: none
`;
    const r = parseConfig(text, "c.yaml", "en");
    if (r.ok) throw new Error("expected errors");
    expect(r.errors).toContain("c.yaml:13 brands[0].goals[0]: unknown field(s) targett — check the spelling");
    expect(r.errors).toContain(
      "c.yaml:13 brands[0].goals[0].aggregation: expected one of sum, last, average, ratio",
    );
    expect(r.errors).toContain('c.yaml:16 brands[1].channels: expected a list, got "none"');
  });

  it("takes a brand with only an id and a name (every section may be left out)", () => {
    const r = parseConfig("brands:\n  - id: solo\n    name: Solo\n", "c.yaml", "en");
    if (!r.ok) throw new Error(r.errors.join("\n"));
    expect(r.config.brands[0]?.goals).toEqual([]);
    expect(r.config.brands[0]?.channels).toEqual([]);
  });

  it("reports YAML syntax errors with the line", () => {
    const r = parseConfig("brands:\n  - id: a\n    name: [unclosed\n", "c.yaml", "en");
    if (r.ok) throw new Error("expected errors");
    expect(r.errors[0]).toMatch(/^c\.yaml:\d+: YAML syntax error: /);
  });

  it("reports duplicate brand ids", () => {
    const one = base.replace("        target: lots\n", "");
    const twice = one + one.split("brands:\n")[1];
    const r = parseConfig(twice, "c.yaml", "en");
    if (r.ok) throw new Error("expected errors");
    expect(r.errors).toEqual([
      'c.yaml:15 brands[1].id: brand id "a" is used twice; each brand writes its own file, so ids must be unique',
    ]);
  });
});
