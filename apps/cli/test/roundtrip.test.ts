import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Plan } from "@planbook/core";
import { readPlan } from "@planbook/workbook";
import { readWorkbookFile } from "@planbook/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledConfigPath } from "../src/bundled-config";
import { parseConfig } from "../src/config/load";
import { configToPlans } from "../src/config/to-plan";
import { generatedExamples, removeTempDirs, runInProcess, tempDir } from "./helpers";
import { editXlsx } from "./xlsx-parts";

function configPlans(): Plan[] {
  const parsed = parseConfig(readFileSync(bundledConfigPath(), "utf8"), "brands.yaml", "en");
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return configToPlans(parsed.config, { defaultYear: 2027 });
}

/** Actuals typed into the generated Stride workbook (months Jan.. as listed). */
const ACTUALS: Record<string, number[]> = {
  G01: [250000, 255000, 262000],
  G04: [70000, 80000],
  G05: [2000000, 2500000],
  G07: [50000, 60000, 70000],
  G09: [6, 5.5, 5],
};
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

describe("generate → fill actuals → read → the config's plan", () => {
  let dir: string;
  let filled: string;

  beforeAll(async () => {
    dir = await tempDir("rt");
    await generatedExamples(dir);
    filled = path.join(dir, "stride-filled.xlsx");
    const wb = await editXlsx(await readFile(path.join(dir, "stride-athletics-2027.xlsx")));
    const actuals = wb.table("tblActuals");
    actuals.resize(Object.keys(ACTUALS).length);
    Object.entries(ACTUALS).forEach(([id, values], i) => {
      const row = actuals.range.row + 1 + i;
      actuals.set(row, "Goal ID", id);
      for (const [m, v] of values.entries()) actuals.set(row, MONTHS[m] ?? "", v);
    });
    await wb.save(filled);
  });

  afterAll(removeTempDirs);

  it("reads every brand's generated workbook back as the config's plan", async () => {
    for (const expected of configPlans()) {
      const raw = await readWorkbookFile(path.join(dir, `${expected.brand.id}-2027.xlsx`));
      const { plan } = readPlan(raw);
      // industry has no cell in the layout, so it does not survive the workbook
      expect({ id: plan.brand.id, name: plan.brand.name }).toEqual({
        id: expected.brand.id,
        name: expected.brand.name,
      });
      expect(plan.year).toBe(2027);
      expect(plan.language).toBe(expected.language);
      for (const key of [
        "goals",
        "objectives",
        "strategies",
        "channels",
        "phasing",
        "lessons",
        "trends",
        "competitors",
        "personas",
        "budget",
        "risks",
      ] as const) {
        expect.soft(plan[key], `${expected.brand.id} ${key}`).toEqual(expected[key]);
      }
      // key-date ideas are appended after the config's own campaigns
      expect(plan.campaigns.slice(0, expected.campaigns.length)).toEqual(expected.campaigns);
      expect(plan.campaigns.slice(expected.campaigns.length).every((c) => c.status === "idea")).toBe(true);
      if (expected.settings.seasonality.length > 0)
        expect(plan.settings.seasonality).toEqual(expected.settings.seasonality);
      expect(plan.settings.currency).toBe(expected.settings.currency);
    }
  });

  // An attainment cell holds a fraction as Excel stores it: 120% is 1.2, not 1.2 percent points.
  it("reads last year's review back, attainments above 100% included", async () => {
    for (const expected of configPlans()) {
      const { plan } = readPlan(await readWorkbookFile(path.join(dir, `${expected.brand.id}-2027.xlsx`)));
      expect(plan.review).toEqual(expected.review);
    }
  });

  it("reads the typed actuals back, blanks as no data", async () => {
    const { plan } = readPlan(await readWorkbookFile(filled));
    expect(plan.actuals.map((a) => a.goalId)).toEqual(Object.keys(ACTUALS));
    expect(plan.actuals[0]?.months).toEqual([250000, 255000, 262000, ...Array(9).fill(null)]);
    expect(plan.actuals[4]?.months).toEqual([6, 5.5, 5, ...Array(9).fill(null)]);
  });

  it("planbook progress --json: docs/design.md#cli-json shape and the engine's numbers, unrounded", async () => {
    const r = await runInProcess(["progress", "--json", filled]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["files"]);
    const f = out.files[0];
    expect(f).toMatchObject({ file: filled, brand: "Stride Athletics", year: 2027, asOfMonth: 3 });
    for (const key of ["file", "brand", "year", "asOfMonth", "goals", "objectives", "dimensions"]) {
      expect(f).toHaveProperty(key);
    }
    const goal = (id: string) => f.goals.find((g: { id: string }) => g.id === id);
    expect(Object.keys(goal("G01"))).toEqual([
      "id",
      "objective",
      "dimension",
      "metric",
      "channel",
      "aggregation",
      "direction",
      "baseline",
      "target",
      "ytdTarget",
      "ytdActual",
      "attainment",
      "progress",
      "forecast",
      "status",
      "fix",
    ]);
    // G01 last, b=240000, T=300000, linear, M=3 → s=1/4
    expect(goal("G01")).toMatchObject({
      objective: "O1",
      dimension: "growth",
      aggregation: "last",
      status: "on_track",
    });
    expect(goal("G01").ytdActual).toBe(262000);
    expect(goal("G01").ytdTarget).toBeCloseTo(255000, 9);
    expect(goal("G01").attainment).toBeCloseTo(22000 / 15000, 12);
    expect(goal("G01").progress).toBeCloseTo(22000 / 60000, 12);
    expect(goal("G01").forecast).toBeCloseTo(328000, 9);
    // G07 sum, T=750000: YTDA 180000, YTDT 187500
    expect(goal("G07").attainment).toBeCloseTo(0.96, 12);
    expect(goal("G07").forecast).toBeCloseTo(720000, 9);
    expect(goal("G07").status).toBe("on_track");
    // G09 average, decrease, T=5: mean 5.5 → 5/5.5, not at deadline → at_risk
    expect(goal("G09").ytdActual).toBeCloseTo(5.5, 12);
    expect(goal("G09").attainment).toBeCloseTo(5 / 5.5, 12);
    expect(goal("G09").status).toBe("at_risk");
    // G06 ratio of G04 / G05 over Jan–Feb: 150000 / 4500000
    expect(goal("G06").ytdActual).toBeCloseTo(1 / 30, 14);
    expect(goal("G06").attainment).toBeCloseTo(1 / 30 / 0.0346, 12);
    // G02 has no data; Race season weights, Σ=12, Jan–Mar = 2.7
    expect(goal("G02")).toMatchObject({ ytdActual: null, attainment: null, status: "not_started" });
    expect(goal("G02").ytdTarget).toBeCloseTo((160000 * 2.7) / 12, 9);

    const content = (2 / 3 + 4.5 / 6.5 + 1 / 30 / 0.0346) / 3;
    const conversion = (0.96 + 5 / 5.5) / 2;
    expect(f.objectives.map((o: { id: string }) => o.id)).toEqual(["O1", "O2", "O3"]);
    expect(f.objectives[0]).toEqual({ id: "O1", attainment: 1, status: "on_track", leftOut: 0 });
    expect(f.objectives[1].attainment).toBeCloseTo(content, 12);
    expect(f.objectives[1].status).toBe("off_track");
    expect(f.objectives[2].attainment).toBeCloseTo(conversion, 12);
    expect(f.objectives[2].status).toBe("at_risk");
    expect(f.dimensions.map((d: { dimension: string }) => d.dimension)).toEqual([
      "growth",
      "content",
      "conversion",
      "brand",
    ]);
    expect(f.dimensions[3]).toEqual({
      dimension: "brand",
      attainment: null,
      status: "not_started",
      leftOut: 0,
    });
    expect(f.dimensions[1].attainment).toBeCloseTo(content, 12);
  });

  it("--as-of overrides the month; human output is a table; bad --as-of is a usage error", async () => {
    const r = await runInProcess(["progress", "--json", "--as-of", "2", filled]);
    const g07 = JSON.parse(r.stdout).files[0].goals.find((g: { id: string }) => g.id === "G07");
    expect(g07.ytdActual).toBe(110000);
    expect(g07.attainment).toBeCloseTo(110000 / 125000, 12);
    const human = await runInProcess(["progress", filled]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/│ G01\s+│ Followers\s+│ Instagram/);
    expect(human.stdout).toContain("as of month 3");
    const bad = await runInProcess(["progress", "--as-of", "13", filled]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of must be a month from 1 to 12, not "13"');
  });

  it("progress says check for Target `lots` (issue #9's G01): no attainment, no negative forecast, the cell to fix", async () => {
    const lots = path.join(dir, "stride-lots.xlsx");
    const wb = await editXlsx(await readFile(filled));
    const goals = wb.table("tblGoals");
    const actuals = wb.table("tblActuals");
    const targetCell = goals.set(goals.row("G01"), "Target", "lots");
    // March 9,000 from a baseline of 240,000: linear forecast 240,000 + (9,000 − 240,000)·4 < 0.
    actuals.set(actuals.row("G01"), "Mar", 9000);
    await wb.save(lots);

    const r = await runInProcess(["progress", "--json", lots]);
    const f = JSON.parse(r.stdout).files[0];
    const g01 = f.goals.find((g: { id: string }) => g.id === "G01");
    expect(g01).toMatchObject({
      status: "check",
      target: null,
      ytdActual: 9000,
      attainment: null,
      forecast: null,
    });
    const targetFinding = f.findings.find((x: { rule: string }) => x.rule === "goal.target.invalid");
    expect(targetFinding).toMatchObject({ ref: "G01", sheet: "Goals" });
    expect(g01.fix).toEqual([{ rule: "goal.target.invalid", sheet: "Goals", cell: targetCell }]);
    expect(targetFinding.cell).toBe(targetCell);
    // Left out of its roll-ups, and counted: O1 and growth no longer include G01.
    expect(f.objectives[0]).toMatchObject({ id: "O1", leftOut: 1 });
    expect(f.dimensions[0]).toMatchObject({ dimension: "growth", leftOut: 1 });
    expect(f.overall.leftOut).toBe(1);
    for (const g of f.goals)
      if (g.forecast !== null && g.id !== "G06") expect(g.forecast).toBeGreaterThanOrEqual(0);

    const human = await runInProcess(["progress", lots]);
    expect(human.stdout).toMatch(/│ G01\s+│ Followers\s+│ Instagram.*│ Check inputs\s*│/);
    const zh = await runInProcess(["progress", "--lang", "zh-CN", lots]);
    expect(zh.stdout).toMatch(/│ G01\s.*│ 待修正\s*│/);
    // Under the table: the cell to fix.
    expect(human.stdout).toContain(`G01 Check inputs — fix Goals!${targetCell}`);
    expect(zh.stdout).toContain(`G01 待修正：请修正 Goals!${targetCell}`);
  });
});
