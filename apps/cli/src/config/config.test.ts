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
      "c.yaml:13 brands[0].goals[0].aggregation: expected one of sum, last (Latest), average, ratio",
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

describe("config values read like workbook cells (docs/design.md#cli)", () => {
  const brand = (goal: string, extra = "") => `year: 2027
brands:
  - id: a
    name: A
${extra}    objectives: [{ id: O1, objective: Grow }]
    goals:
      - ${goal}
`;

  it("checks dates against the calendar, naming file:line:field, in both languages", () => {
    const text = brand(
      "{ id: G1, objectiveId: O1, metric: Followers, target: 5, start: 2027-02-30, deadline: --02-30 }",
    );
    const r = parseConfig(text, "c.yaml", "en");
    if (r.ok) throw new Error("2027-02-30 accepted");
    expect(r.errors).toEqual([
      "c.yaml:7 brands[0].goals[0].start: 2027-02-30 is not a day of the calendar — check the month and day",
      "c.yaml:7 brands[0].goals[0].deadline: --02-30 is not a day of the calendar — check the month and day",
    ]);
    const zh = parseConfig(text, "c.yaml", "zh-CN");
    if (zh.ok) throw new Error("2027-02-30 accepted");
    expect(zh.errors[0]).toBe(
      "c.yaml:7 brands[0].goals[0].start：2027-02-30 不是日历上存在的日期，请检查月份和日期",
    );
    const leap = parseConfig(
      brand("{ id: G1, objectiveId: O1, target: 5, start: --02-29, deadline: 2028-02-29 }"),
      "c.yaml",
      "en",
    );
    expect(leap.ok).toBe(true);
    const notLeap = parseConfig(
      brand("{ id: G1, objectiveId: O1, target: 5, start: --02-29 }"),
      "c.yaml",
      "en",
      { override: 2027, fallback: 2028 },
    );
    expect(notLeap.ok ? [] : notLeap.errors).toEqual([
      "c.yaml:7 brands[0].goals[0].start: --02-29 is not a day of 2027 (not a leap year) — use --02-28 or --03-01",
    ]);
    expect(
      parseConfig(brand("{ id: G1, target: 5, start: --02-29 }"), "c.yaml", "en", { fallback: 2027 }).ok,
    ).toBe(false);
    expect(
      parseConfig(
        brand("{ id: G1, target: 5, start: --02-29 }").replace("year: 2027", "year: 2028"),
        "c.yaml",
        "en",
        { fallback: 2027 },
      ).ok,
    ).toBe(true);
    const month13 = parseConfig(brand("{ id: G1, target: 5, start: 2027-13-01 }"), "c.yaml", "en");
    expect(month13.ok ? [] : month13.errors).toEqual([
      "c.yaml:7 brands[0].goals[0].start: 2027-13-01 is not a day of the calendar — check the month and day",
    ]);
  });

  it("reads 1.2万, 3.5%, ¥3,000 and 10w+ as the workbook reads number cells", () => {
    const r = parseConfig(
      brand(
        "{ id: G1, objectiveId: O1, metric: Followers, baseline: 1.2万, target: 10w+ }\n      - { id: G2, objectiveId: O1, metric: Rate, unit: percent, baseline: 3.5%, target: 4.2% }",
        '    budget: [{ category: Ads, item: Feed, planned: "¥3,000", quarters: [1千, 0, 0, 2000] }]\n',
      ),
      "c.yaml",
      "en",
    );
    if (!r.ok) throw new Error(r.errors.join("\n"));
    const [g1, g2] = r.config.brands[0]?.goals ?? [];
    expect([g1?.baseline, g1?.target, g2?.baseline, g2?.target]).toEqual([12000, 100000, 0.035, 0.042]);
    expect(r.config.brands[0]?.budget[0]).toMatchObject({ planned: 3000, quarters: [1000, 0, 0, 2000] });
  });

  it("reads list values by key, English or Chinese label: role 核心, dimension 用户增长, direction Decrease", () => {
    const r = parseConfig(
      brand(
        "{ id: G1, objectiveId: O1, dimension: 用户增长, aggregation: 期末值, direction: Decrease, unit: 数量, target: 5 }",
        "    language: zh\n    channels: [{ channel: 公众号, platform: 微信, role: 核心 }, { channel: X, role: Sunset }]\n",
      ),
      "c.yaml",
      "en",
    );
    if (!r.ok) throw new Error(r.errors.join("\n"));
    const b = r.config.brands[0];
    expect(b?.language).toBe("zh-CN");
    expect(b?.channels.map((c) => c.role)).toEqual(["core", "sunset"]);
    expect(b?.goals[0]).toMatchObject({
      dimension: "growth",
      aggregation: "last",
      direction: "decrease",
      unit: "count",
    });
  });

  it("reads dates typed as in a date cell: 2027/3/1 as that day, 3月10日 as that day of the plan year", () => {
    const r = parseConfig(
      brand("{ id: G1, objectiveId: O1, target: 5, start: 2027/3/1, deadline: 12月31日 }"),
      "c.yaml",
      "en",
    );
    if (!r.ok) throw new Error(r.errors.join("\n"));
    expect(r.config.brands[0]?.goals[0]).toMatchObject({ start: "2027-03-01", deadline: "--12-31" });
    const plans = configToPlans(r.config, { defaultYear: 2030, year: 2031 });
    expect(plans[0]?.goals[0]).toMatchObject({ start: "2027-03-01", deadline: "2031-12-31" });
  });

  it("still refuses text that is no number or no list value, with its line", () => {
    const r = parseConfig(brand("{ id: G1, target: 1.2万元万, dimension: 增长黑客 }"), "c.yaml", "en");
    if (r.ok) throw new Error("accepted");
    expect([...r.errors].sort()).toEqual([
      "c.yaml:7 brands[0].goals[0].dimension: expected one of growth (User growth), content (Content influence), conversion (Conversion & revenue), brand (Brand voice)",
      'c.yaml:7 brands[0].goals[0].target: expected a number, got "1.2万元万"',
    ]);
    const zh = parseConfig(brand("{ id: G1, target: 5, dimension: 增长黑客 }"), "c.yaml", "zh-CN");
    expect(zh.ok ? [] : zh.errors).toEqual([
      "c.yaml:7 brands[0].goals[0].dimension：应为以下之一：growth (用户增长), content (内容影响力), conversion (转化与营收), brand (品牌声量)",
    ]);
  });
});
