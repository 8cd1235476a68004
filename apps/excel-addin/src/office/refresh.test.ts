import { getCell } from "@planbook/excel-sim";
import {
  CHART_ACTUAL_COLOUR,
  CHART_TARGET_COLOUR,
  DASHBOARD_ATTAINMENT_BAR,
  DASHBOARD_CHECK_COLUMN,
  DASHBOARD_COLUMNS,
  dashboardChartLayout,
  dashboardCharts,
  goalsTable,
  monthlyTitleFormula,
  progressWorkbook,
} from "@planbook/workbook";
import { readWorkbookBuffer } from "@planbook/xlsx";
import { describe, expect, it } from "vitest";
import { CHART_NAMES, refreshProgress } from "./refresh";
import {
  changedKeys,
  columnName,
  fingerprint,
  generatedModel,
  generatedWorkbook,
  simOf,
} from "./sim-fixtures";

const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;

describe("refreshProgress", () => {
  it("computes progressWorkbook's progress and writes only tool columns (not Check) and the Dashboard", async () => {
    const sim = await simOf(10, "en");
    const expected = progressWorkbook(await readWorkbookBuffer(await generatedWorkbook(10, "en")), {
      lang: "en",
    });
    const goals = sim.workbook.tables.find((t) => t.name === "tblGoals")!;
    const headers = [...goals.sheet.rows.get(goals.rect.r0)!.entries()];
    const before = fingerprint(sim.workbook);

    const result = await sim.run((ctx) => refreshProgress(asExcel(ctx), { lang: "en" }));
    expect(sim.stats.syncs).toBe(3);
    expect(result.progress).toEqual(expected.progress);
    expect(result.findings).toEqual(expected.findings);
    expect(result.formulasSkipped).toBeNull();
    expect(result.chartGoalId).toBe("G1");

    const toolLetters = new Set(
      goalsTable.columns
        .filter((c) => c.toolOwned && c.key !== "check")
        .map((c) => columnName(headers.find(([, h]) => h.value === c.header.en)![0])),
    );
    const outside = changedKeys(before, fingerprint(sim.workbook)).filter((k) => {
      const m = /^(.+)!([A-Z]+)(\d+)$/.exec(k);
      if (!m) return true;
      if (m[1] === "Dashboard") return false;
      const row = Number(m[3]);
      return !(m[1] === "Goals" && toolLetters.has(m[2]!) && row > goals.rect.r0 && row <= goals.rect.r1);
    });
    expect(outside).toEqual([]);
  });

  it("writes the generator's formulas (one R1C1 text per column) and Dashboard roll-ups", async () => {
    const sim = await simOf(10, "zh-CN");
    const generated = await generatedModel(10, "zh-CN");
    // Blank the tool columns and the Dashboard block first, so what is checked was written now.
    const goals = sim.workbook.tables.find((t) => t.name === "tblGoals")!;
    const headers = [...goals.sheet.rows.get(goals.rect.r0)!.entries()];
    const toolCols = goalsTable.columns
      .filter((c) => c.toolOwned && c.key !== "check")
      .map((c) => headers.find(([, h]) => h.value === c.header["zh-CN"])![0]);
    for (let r = goals.rect.r0 + 1; r <= goals.rect.r1; r++) {
      for (const c of toolCols) goals.sheet.rows.get(r)?.delete(c);
    }
    const dashboard = sim.workbook.sheets.find((s) => s.name === "进度看板")!;
    for (let r = 6; r <= 40; r++) dashboard.rows.delete(r);

    await sim.run((ctx) => refreshProgress(asExcel(ctx), { lang: "zh-CN" }));

    const genGoals = generated.tables.find((t) => t.name === "tblGoals")!;
    for (const c of toolCols) {
      const texts = new Set<string>();
      for (let r = goals.rect.r0 + 1; r <= goals.rect.r1; r++) {
        const mine = goals.sheet.rows.get(r)?.get(c)?.formula;
        const theirs = genGoals.sheet.rows.get(r)?.get(c)?.formula;
        // Same formula as the generator's, but with absolute columns ($J5) from the R1C1 text.
        expect(mine?.replace(/\$/g, "")).toBe(theirs);
        texts.add(String(mine).replace(/\d+/g, "#"));
      }
      expect(texts.size).toBe(1);
    }
    const genDash = generated.sheets.find((s) => s.name === "进度看板")!;
    let compared = 0;
    for (const [r, cols] of genDash.rows) {
      if (r < 6) continue;
      for (let c = 1; c <= DASHBOARD_COLUMNS; c++) {
        const theirs = cols.get(c);
        const mine = dashboard.rows.get(r)?.get(c);
        expect(mine?.formula ?? mine?.value ?? "", `Dashboard ${columnName(c)}${r}`).toBe(
          theirs?.formula ?? theirs?.value ?? "",
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("shows check (待修正) for a Target typed as text, counts it on the Dashboard in the check colour", async () => {
    const sim = await simOf(10, "zh-CN");
    const goals = sim.workbook.tables.find((t) => t.name === "tblGoals")!;
    const headers = [...goals.sheet.rows.get(goals.rect.r0)!.entries()];
    const targetCol = headers.find(([, h]) => h.value === "目标值")![0];
    goals.sheet.rows.get(goals.rect.r0 + 1)!.set(targetCol, { value: "lots" });

    const result = await sim.run((ctx) => refreshProgress(asExcel(ctx), { lang: "zh-CN" }));
    expect(result.progress.goals[0]).toMatchObject({
      id: "G1",
      status: "check",
      attainment: null,
      forecast: null,
    });
    // G2 has no Target at all: check too; both are left out of the brand's attainment.
    expect(result.progress.goals[1]).toMatchObject({ id: "G2", status: "check" });
    expect(result.progress.brand.leftOut).toBe(2);
    const dashboard = sim.workbook.sheets.find((s) => s.name === "进度看板")!;
    // Column G counts the goals whose Status is 待修正 / Check inputs, brand row first.
    expect(getCell(dashboard, 5, DASHBOARD_CHECK_COLUMN)?.value).toBe("待修正（未计入）");
    expect(getCell(dashboard, 6, DASHBOARD_CHECK_COLUMN)?.formula).toMatch(/待修正/);
    const violet = dashboard.conditionalFormats.filter(
      (cf) => cf.rect.c0 === DASHBOARD_CHECK_COLUMN && cf.type === "CellValue",
    );
    expect(violet).toHaveLength(1);
    expect(violet[0]).toMatchObject({ rect: { r0: 6 } });
    expect(JSON.stringify(violet[0])).toContain("#D9D2E9");
    // The Status column's formats carry the check colour for both labels.
    const statusFills = dashboard.conditionalFormats.filter(
      (cf) => cf.rect.c0 === 6 && JSON.stringify(cf).includes("#D9D2E9"),
    );
    expect(statusFills).toHaveLength(2);
  });

  it("keeps one Attainment data bar on the Dashboard, over exactly the roll-up rows it writes", async () => {
    const sim = await simOf(10, "en");
    const dashboard = sim.workbook.sheets.find((s) => s.name === "Dashboard")!;
    for (let i = 0; i < 2; i++) await sim.run((ctx) => refreshProgress(asExcel(ctx), { lang: "en" }));
    const bars = dashboard.conditionalFormats.filter((cf) => cf.type === "DataBar");
    const status = dashboard.conditionalFormats.filter((cf) => cf.type === "CellValue");
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({
      rect: { c0: DASHBOARD_ATTAINMENT_BAR.column, c1: DASHBOARD_ATTAINMENT_BAR.column, r0: 6 },
      dataBar: { lowerBound: { type: "Number", formula: "0" }, upperBound: { type: "Number", formula: "1" } },
    });
    expect(bars[0]?.rect.r1).toBe(status[0]?.rect.r1);
    // The last roll-up row (a spare objective row: a formula in column A) ends both.
    expect(getCell(dashboard, bars[0]!.rect.r1, 1)?.formula).toBeTruthy();
    expect(getCell(dashboard, bars[0]!.rect.r1 + 1, 1)).toBeUndefined();
  });

  it("leaves the formula columns alone when a table the formulas need is gone, and says so", async () => {
    const sim = await simOf(10, "en");
    sim.workbook.tables = sim.workbook.tables.filter((t) => t.name !== "tblPhasing");
    const goals = sim.workbook.tables.find((t) => t.name === "tblGoals")!;
    const before = fingerprint(sim.workbook);
    const result = await sim.run((ctx) => refreshProgress(asExcel(ctx), { lang: "en" }));
    // The charts' monthly block names tblPhasing: no chart is drawn from formulas Excel would refuse.
    expect(sim.workbook.sheets.find((s) => s.name === "Dashboard")!.charts).toEqual([]);
    expect(result.formulasSkipped).toMatch(/tblPhasing/);
    const changed = changedKeys(before, fingerprint(sim.workbook));
    expect(changed.filter((k) => k.startsWith("Goals!"))).toEqual([]);
    expect(goals.rect.r1).toBeGreaterThan(goals.rect.r0);
  });

  it("leaves the Dashboard alone too when a table its formulas name is gone", async () => {
    const sim = await simOf(10, "en");
    sim.workbook.tables = sim.workbook.tables.filter((t) => t.name !== "tblObjectives");
    const before = fingerprint(sim.workbook);
    const charts = sim.workbook.sheets.find((s) => s.name === "Dashboard")!.charts.length;
    const result = await sim.run((ctx) => refreshProgress(asExcel(ctx), { lang: "en" }));
    expect(result.formulasSkipped).toMatch(/tblObjectives/);
    expect(result.progress.goals).toHaveLength(10);
    expect(changedKeys(before, fingerprint(sim.workbook)).filter((k) => !k.startsWith("Goals!"))).toEqual([]);
    expect(sim.workbook.sheets.find((s) => s.name === "Dashboard")!.charts.length).toBe(charts);
  });

  it("replaces its own charts and leaves the user's: after Create then Refresh twice, one of each", async () => {
    const sim = await simOf(10, "en");
    const dashboard = sim.workbook.sheets.find((s) => s.name === "Dashboard")!;
    dashboard.charts.push({
      id: "{user}",
      name: "My chart",
      type: "Pie",
      source: "Dashboard!A1:B2",
      seriesBy: "Auto",
      title: "",
    });
    await sim.run((ctx) => refreshProgress(asExcel(ctx), { lang: "en", chartGoalId: " g4 " }));
    const second = await sim.run((ctx) => refreshProgress(asExcel(ctx), { lang: "en" }));
    const specs = dashboardCharts(dashboardChartLayout(second.progress.channels.length), "en");
    // A chart with a title cell takes its title from it by formula; the others get their text.
    const title = (s: (typeof specs)[number]) =>
      s.titleCell ? `=Dashboard!${s.titleCell.replace(/\$/g, "")}` : s.title;
    expect(dashboard.charts.map((c) => [c.name, c.type, c.source, c.titleFormula ?? c.title])).toEqual([
      ["My chart", "Pie", "Dashboard!A1:B2", ""],
      ...specs.map((s) => [s.name, s.officeType, `Dashboard!${s.source.replace(/\$/g, "")}`, title(s)]),
    ]);
    const monthly = dashboard.charts.find((c) => c.name === CHART_NAMES.monthly)!;
    expect(monthly.series?.map((s) => [s.chartType, s.fill ?? s.line])).toEqual([
      ["ColumnClustered", `#${CHART_ACTUAL_COLOUR}`],
      ["Line", `#${CHART_TARGET_COLOUR}`],
    ]);
    // Its title cell names the goal in the picker, so the title follows a pick made in Excel.
    const titleCell = /^\$([A-Z]+)\$(\d+)$/.exec(specs.find((s) => s.key === "monthly")!.titleCell!)!;
    const column = titleCell[1]!.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    expect(getCell(dashboard, Number(titleCell[2]), column)?.formula).toBe(`=${monthlyTitleFormula("en")}`);
    // The pane's pick went into the picker cell and stays there when the next refresh names none.
    expect(getCell(dashboard, 2, 5)?.value).toBe("G4");
    expect(second.chartGoalId).toBe("G4");
  });
});
