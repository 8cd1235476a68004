import type { Language } from "@planbook/core";
import { addSheet, createExcelSim, emptyWorkbook, getCell, type WorkbookModel } from "@planbook/excel-sim";
import {
  CHART_DATA_COLUMN,
  CHART_NAMES,
  COLUMN_LISTS,
  campaignsTable,
  columnLetters,
  DASHBOARD_ATTAINMENT_BAR,
  DASHBOARD_HEADER_ROW,
  dashboardChartLayout,
  dashboardCharts,
  goalChannels,
  listNameFormulas,
  PHASING_LIST_COLUMN,
  SEASONALITY_HEADER_ROW,
  SHEETS,
  TABLE_HEADER_ROW,
  TABLES,
  validateWorkbook,
} from "@planbook/workbook";
import {
  KEY_DATE_ROW_HEIGHT,
  WEEK_COLUMN_WIDTH,
  WEEK_HEADER_FONT_SIZE,
  WEEK_HEADER_ROTATION,
  WEEK_HEADER_ROW_HEIGHT,
  weekView,
} from "@planbook/workbook/write-plan";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createPlanSheets, starterPlan } from "./create";
import { readRawWorkbook } from "./read";
import { refreshProgress } from "./refresh";
import { POINTS_PER_CHARACTER } from "./sheet-style";
import { changedKeys, fingerprint, generatedStarter } from "./sim-fixtures";

const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;

function blankWorkbook(): WorkbookModel {
  const wb = emptyWorkbook();
  addSheet(wb, "Sheet1");
  return wb;
}

/** Per table: sheet, header texts, and per column the list source and number format of the first body cell. */
function tableShape(wb: WorkbookModel) {
  return Object.fromEntries(
    wb.tables
      .map((t) => {
        const headers: string[] = [];
        const lists: (string | null)[] = [];
        const alerts: unknown[] = [];
        const formats: (string | null)[] = [];
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          headers.push(String(getCell(t.sheet, t.rect.r0, c)?.value ?? ""));
          const first = getCell(t.sheet, t.rect.r0 + 1, c);
          const v = first?.validation;
          lists.push(v && "list" in v ? v.list.source : null);
          alerts.push([first?.validationAlert ?? null, first?.validationPrompt ?? null]);
          formats.push(first?.numberFormat ?? null);
        }
        return [
          t.name,
          {
            sheet: t.sheet.name,
            headerRow: t.rect.r0,
            firstColumn: t.rect.c0,
            headers,
            lists,
            alerts,
            formats,
          },
        ];
      })
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

describe("createPlanSheets", () => {
  for (const lang of ["zh-CN", "en"] as Language[]) {
    it(`gives the generator's sheets, tables, headers, dropdown lists and formats (${lang})`, async () => {
      const sim = createExcelSim(blankWorkbook());
      const result = await sim.run((ctx) =>
        createPlanSheets(asExcel(ctx), { lang, year: 2027, brand: "Lumen" }),
      );
      expect(sim.stats.syncs).toBe(2);
      expect(result.tables).toEqual(TABLES.map((t) => t.name));

      const { model: generated, excel: xl } = await generatedStarter(lang);
      expect(sim.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", ...SHEETS.map((s) => s.name[lang])]);
      expect(sim.workbook.sheets.map((s) => s.visibility)).toEqual(generatedVisibility(generated));
      // The hidden helper columns (Phase Share, Roll-up Weight, Roll-up Score) as the generator hides them.
      for (const sheet of generated.sheets) {
        const mineSheet = sim.workbook.sheets.find((s) => s.name === sheet.name)!;
        expect([...mineSheet.hiddenColumns].sort(), sheet.name).toEqual([...sheet.hiddenColumns].sort());
      }
      const mine = tableShape(sim.workbook);
      const theirs = tableShape(generated);
      // The lists that follow the plan's tables are the same workbook names on the same columns.
      const listed = (shape: typeof mine) =>
        Object.entries(shape).flatMap(([name, t]) =>
          (t as { lists: (string | null)[] }).lists
            .filter((l) => l?.startsWith("=lst"))
            .map((l) => `${name} ${l}`),
        );
      expect(listed(theirs)).toHaveLength(Object.keys(COLUMN_LISTS).length);
      expect(listed(mine)).toEqual(listed(theirs));
      // The same frozen panes: header rows, and the ID columns of Goals, Actuals and Campaigns.
      const frozen = (w: WorkbookModel) => w.sheets.map((s) => [s.name, s.frozen.rows, s.frozen.columns]);
      expect(frozen(sim.workbook).slice(1)).toEqual(frozen(generated));
      const campaigns = SHEETS.find((s) => s.tables.some((t) => t.name === "tblCampaigns"))!.name[lang];
      expect(frozen(generated)).toContainEqual([campaigns, TABLE_HEADER_ROW, 2]);
      for (const name of Object.keys(theirs)) {
        const { formats: myFormats, ...myRest } = mine[name] as { formats: (string | null)[] };
        const { formats: theirFormats, ...theirRest } = theirs[name] as { formats: (string | null)[] };
        expect(myRest, name).toEqual(theirRest);
        // Goal-unit formats depend on the goals a generated plan has; every other format matches.
        myFormats.forEach((f, i) => {
          if (theirFormats[i] !== null && theirFormats[i] !== undefined)
            expect(f, `${name} column ${i + 1}`).toBe(theirFormats[i]);
        });
      }
      // The Dashboard: same as-of cell and roll-up rows as the generator's.
      const dashName = SHEETS.find((s) => s.kind === "dashboard")!.name[lang];
      const myDash = sim.workbook.sheets.find((s) => s.name === dashName)!;
      const theirDash = generated.sheets.find((s) => s.name === dashName)!;
      const text = (c: ReturnType<typeof getCell>) => c?.formula ?? c?.value ?? "";
      expect(text(getCell(myDash, 2, 2))).toBe(text(getCell(theirDash, 2, 2)));
      for (const [r, cols] of theirDash.rows) {
        if (r < 5) continue;
        for (let c = 1; c <= 7; c++)
          expect(text(getCell(myDash, r, c)), `${dashName} ${r}:${c}`).toBe(text(cols.get(c)));
      }
      // excel-sim's loader reads names over ranges only; the list names (structured references)
      // are the generator's listNameFormulas, which deterministicXlsx writes into workbook.xml.
      const settingsName = SHEETS.find((s) => s.kind === "settings")!.name[lang];
      expect(sim.workbook.names.map((n) => [n.name, n.formula.replace(/'/g, "")]).sort()).toEqual(
        [
          ...generated.names.map((n) => [n.name, n.formula.replace(/'/g, "")]),
          ...listNameFormulas(lang, settingsName).map((n) => [n.name, `=${n.formula}`.replace(/'/g, "")]),
        ].sort(),
      );
      // The Phasing list helper column on Settings, cell for cell.
      const settingsOf = (w: WorkbookModel) => w.sheets.find((s) => s.name === settingsName)!;
      for (let r = SEASONALITY_HEADER_ROW; r < SEASONALITY_HEADER_ROW + 43; r++)
        expect(text(getCell(settingsOf(sim.workbook), r, PHASING_LIST_COLUMN)), `P${r}`).toBe(
          text(getCell(settingsOf(generated), r, PHASING_LIST_COLUMN)),
        );

      // The Guide: the same text in the same cells, the same status colours and bold labels.
      const guideName = SHEETS.find((s) => s.kind === "guide")!.name[lang];
      const myGuide = sim.workbook.sheets.find((s) => s.name === guideName)!;
      const theirGuide = generated.sheets.find((s) => s.name === guideName)!;
      expect(guideCells(myGuide)).toEqual(guideCells(theirGuide));
      expect(guideCells(theirGuide).length).toBeGreaterThan(30);

      // Status colours on the Goals Status column and the Dashboard's, from the same first cell.
      for (const kind of ["goals", "dashboard"]) {
        const name = SHEETS.find((s) => s.key === kind)!.name[lang];
        const mine = simStatusFills(sim.workbook.sheets.find((s) => s.name === name)!);
        const theirs = generatedStatusFills(xl.getWorksheet(name)!);
        expect(mine, name).toEqual(theirs);
        expect(Object.keys(theirs[0]?.fills ?? {}), name).toHaveLength(12);
      }
    });
  }

  it("makes a workbook the reader accepts: no missing tables or columns, same meta", async () => {
    const sim = createExcelSim(blankWorkbook());
    await sim.run((ctx) => createPlanSheets(asExcel(ctx), { lang: "en", year: 2027, brand: "Lumen Coffee" }));
    const raw = await sim.run((ctx) => readRawWorkbook(asExcel(ctx), { lang: "en" }));
    expect(raw.meta).toMatchObject({
      schemaVersion: "1",
      brandId: "lumen-coffee",
      year: "2027",
      language: "en",
    });
    const { findings, plan } = validateWorkbook(raw, { lang: "en" });
    expect(findings.filter((f) => f.rule.startsWith("sheet."))).toEqual([]);
    expect(plan.year).toBe(2027);
    expect(plan.brand.name).toBe("Lumen Coffee");
  });

  it("draws the generator's charts, and Refresh twice afterwards leaves exactly one of each", async () => {
    const sim = createExcelSim(blankWorkbook());
    await sim.run((ctx) =>
      createPlanSheets(asExcel(ctx), { lang: "zh-CN", year: 2027, brand: "Lumen Coffee" }),
    );
    const dashboard = sim.workbook.sheets.find(
      (s) => s.name === SHEETS.find((x) => x.kind === "dashboard")!.name["zh-CN"],
    )!;
    const names = () => dashboard.charts.map((c) => c.name);
    const plan = starterPlan("zh-CN", 2027, "Lumen Coffee");
    const specs = dashboardCharts(dashboardChartLayout(goalChannels(plan).length), "zh-CN");
    expect(names()).toEqual(specs.map((s) => s.name));
    // The monthly chart's title is its title cell on the zh-CN Dashboard, by formula.
    const monthly = specs.find((s) => s.key === "monthly")!;
    expect(dashboard.charts.find((c) => c.name === monthly.name)?.titleFormula).toBe(
      `=${dashboard.name}!${monthly.titleCell!.replace(/\$/g, "")}`,
    );
    // The chart blocks are the generator's formulas: the first band cell reads the first dimension row.
    expect(getCell(dashboard, DASHBOARD_HEADER_ROW + 1, CHART_DATA_COLUMN + 1)?.formula).toContain(
      `E${DASHBOARD_HEADER_ROW + 2}`,
    );
    for (let i = 0; i < 2; i++) await sim.run((ctx) => refreshProgress(asExcel(ctx), { lang: "zh-CN" }));
    expect(names().sort()).toEqual(
      Object.values(CHART_NAMES)
        .filter((n) => specs.some((s) => s.name === n))
        .sort(),
    );
  });

  it("keeps the brand's industry in the meta sheet, so reading the workbook back keeps it", async () => {
    const sim = createExcelSim(blankWorkbook());
    const opts = { lang: "zh-CN" as const, year: 2027, brand: "Lumen", industry: " 咖啡连锁 " };
    await sim.run((ctx) => createPlanSheets(asExcel(ctx), opts));
    const raw = await sim.run((ctx) => readRawWorkbook(asExcel(ctx), { lang: "zh-CN" }));
    expect(raw.meta.industry).toBe("咖啡连锁");
    expect(validateWorkbook(raw, { lang: "zh-CN" }).plan.brand).toMatchObject({
      id: "lumen",
      industry: "咖啡连锁",
    });
  });

  for (const lang of ["zh-CN", "en"] as Language[]) {
    it(`draws the generator's week view and Dashboard data bar, in the same two syncs (${lang})`, async () => {
      const sim = createExcelSim(blankWorkbook());
      await sim.run((ctx) => createPlanSheets(asExcel(ctx), { lang, year: 2027, brand: "Lumen" }));
      expect(sim.stats.syncs).toBe(2);
      const { model: generated, excel: xl } = await generatedStarter(lang);
      const sheetOf = (wb: WorkbookModel, kind: string) =>
        wb.sheets.find((s) => s.name === SHEETS.find((x) => x.key === kind)!.name[lang])!;

      const campaigns = sim.workbook.tables.find((t) => t.name === campaignsTable.name)!;
      const view = weekView(
        {
          headerRow: TABLE_HEADER_ROW,
          firstColumn: 1,
          rowCount: campaigns.rect.r1 - campaigns.rect.r0,
          gridColumn: campaigns.rect.c1 + 2,
        },
        lang,
        { year: 2027 },
      );
      expect(view.lastRow - view.firstRow).toBeGreaterThan(50);
      const mine = sheetOf(sim.workbook, "campaigns");
      const theirs = sheetOf(generated, "campaigns");
      // Caption, help beside it and the month band's labels: the same text in the same cells.
      const texts = [
        view.caption,
        view.help,
        ...view.months.map((m) => ({ row: view.monthRow, column: m.firstColumn, text: m.label })),
        // The key dates' names above the month band, in the workbook's language.
        ...view.keyDateMarks.map((m) => ({ row: view.keyDateRow, column: m.column, text: m.label })),
      ];
      expect(view.keyDateMarks.length).toBeGreaterThan(20);
      expect(mine.rowHeights.get(view.keyDateRow)).toBe(KEY_DATE_ROW_HEIGHT);
      const mark = view.keyDateMarks[0]!;
      expect(getCell(mine, view.keyDateRow, mark.column)?.fill).toBe(
        getCell(mine, view.headerRow, mark.column)?.fill,
      );
      expect(view.months).toHaveLength(12);
      for (const { row, column, text } of texts) {
        expect(getCell(mine, row, column)?.value).toBe(text);
        expect(getCell(mine, row, column)?.value).toBe(getCell(theirs, row, column)?.value);
      }
      // Every header and grid cell: the generator's formula and number format, and the spec's formula.
      let cells = 0;
      for (let row = view.headerRow; row <= view.lastRow; row++) {
        for (let col = view.firstColumn; col <= view.lastColumn; col++) {
          const at = `${columnLetters(col)}${row}`;
          const cell = getCell(mine, row, col);
          const spec =
            row === view.headerRow ? view.headerFormulas[col - view.firstColumn] : view.barFormula(row, col);
          expect(cell?.formula, at).toBe(`=${spec}`);
          expect(cell?.formula, at).toBe(getCell(theirs, row, col)?.formula);
          expect(cell?.numberFormat, at).toBe(getCell(theirs, row, col)?.numberFormat);
          cells++;
        }
      }
      expect(cells).toBe(53 * (view.lastRow - view.headerRow + 1));
      expect(getCell(mine, view.headerRow, view.firstColumn)).toMatchObject({
        textOrientation: WEEK_HEADER_ROTATION,
        fontSize: WEEK_HEADER_FONT_SIZE,
      });
      const theirHead = xl.getWorksheet(theirs.name)!.getCell(view.headerRow, view.firstColumn);
      expect(theirHead.alignment?.textRotation).toBe(WEEK_HEADER_ROTATION);
      expect(mine.rowHeights.get(view.headerRow)).toBe(WEEK_HEADER_ROW_HEIGHT);
      expect(mine.columnWidths.get(view.lastColumn)).toBe(WEEK_COLUMN_WIDTH * POINTS_PER_CHARACTER);

      // The grid's colours: the generator's expression rules, in the same priority order.
      const gridRef = `${columnLetters(view.firstColumn)}${view.firstRow}:${columnLetters(view.lastColumn)}${view.lastRow}`;
      const myRules = mine.conditionalFormats.map((cf) => ({
        ref: `${columnLetters(cf.rect.c0)}${cf.rect.r0}:${columnLetters(cf.rect.c1)}${cf.rect.r1}`,
        type: cf.type,
        formula: cf.formula,
        fill: cf.fill,
      }));
      expect(myRules).toEqual(
        generatedRules(xl.getWorksheet(theirs.name)!).map((r) => ({ ...r, type: "Custom" })),
      );
      expect(myRules.map((r) => r.ref)).toEqual([gridRef, gridRef, gridRef]);

      // The Dashboard's Attainment data bar: same rows, bounds and colour as the generator's.
      const dash = sheetOf(sim.workbook, "dashboard");
      const bars = dash.conditionalFormats.filter((cf) => cf.type === "DataBar");
      const theirBars = dataBars(xl.getWorksheet(dash.name)!);
      expect(theirBars).toHaveLength(1);
      expect(
        bars.map((cf) => ({
          ref: `${columnLetters(cf.rect.c0)}${cf.rect.r0}:${columnLetters(cf.rect.c1)}${cf.rect.r1}`,
          min: Number(cf.dataBar?.lowerBound?.formula),
          max: Number(cf.dataBar?.upperBound?.formula),
          colour: cf.dataBar?.fillColor,
        })),
      ).toEqual(theirBars);
      expect(bars[0]?.rect.c0).toBe(DASHBOARD_ATTAINMENT_BAR.column);
      expect(bars[0]?.rect.r0).toBe(DASHBOARD_HEADER_ROW + 1);

      // The whole grid travelled as one formula, not one per cell.
      const perCell = cells * view.barFormula(view.lastRow, view.lastColumn).length;
      expect(sim.stats.maxRequestBytes).toBeLessThan(perCell);
    });
  }

  it("refuses, changing nothing, when plan tables exist", async () => {
    const sim = createExcelSim(blankWorkbook());
    await sim.run((ctx) => createPlanSheets(asExcel(ctx), { lang: "en", year: 2027, brand: "Lumen" }));
    const before = fingerprint(sim.workbook);
    const sheets = sim.workbook.sheets.length;
    sim.stats.reset();
    await expect(
      sim.run((ctx) => createPlanSheets(asExcel(ctx), { lang: "zh-CN", year: 2027, brand: "Lumen" })),
    ).rejects.toMatchObject({ code: "tables.exist", tables: expect.arrayContaining(["tblGoals"]) });
    expect(sim.stats.syncs).toBe(1);
    expect(changedKeys(before, fingerprint(sim.workbook))).toEqual([]);
    expect(sim.workbook.sheets.length).toBe(sheets);
  });

  it("refuses when a sheet already has a plan sheet's name", async () => {
    const wb = blankWorkbook();
    addSheet(wb, "Goals");
    const sim = createExcelSim(wb);
    await expect(
      sim.run((ctx) => createPlanSheets(asExcel(ctx), { lang: "en", year: 2027, brand: "Lumen" })),
    ).rejects.toMatchObject({
      code: "sheets.exist",
      tables: ["Goals"],
      message: expect.stringMatching(/nothing was changed/),
    });
    expect(sim.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Goals"]);
  });
});

/** Non-blank cells of the Guide's two columns: row, column, text, fill, bold. */
function guideCells(sheet: WorkbookModel["sheets"][number]) {
  const cells: [number, number, string, string | null, boolean][] = [];
  for (const [r, cols] of [...sheet.rows].sort(([a], [b]) => a - b)) {
    for (let c = 1; c <= 2; c++) {
      const cell = cols.get(c);
      if (!cell || cell.value === "") continue;
      cells.push([r, c, String(cell.value), cell.fill ?? null, cell.bold ?? false]);
    }
  }
  return cells;
}

/** Status conditional formats of the sim: per range start, each matched text → fill colour. */
function simStatusFills(sheet: WorkbookModel["sheets"][number]) {
  const byStart = new Map<string, Record<string, string>>();
  for (const cf of sheet.conditionalFormats) {
    if (cf.type !== "CellValue" || cf.rule?.operator !== "EqualTo") continue;
    const start = `${columnLetters(cf.rect.c0)}${cf.rect.r0}`;
    const text = /^="(.*)"$/.exec(cf.rule.formula1)?.[1] ?? cf.rule.formula1;
    byStart.set(start, { ...byStart.get(start), [text]: cf.fill ?? "" });
  }
  return [...byStart].map(([start, fills]) => ({ start, fills }));
}

/** The generator's expression rules `OR(TRIM(X5)="Achieved",TRIM(X5)="已达成")`, read the same way. */
function generatedStatusFills(ws: ExcelJS.Worksheet) {
  const out: { start: string; fills: Record<string, string> }[] = [];
  const formattings = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  for (const cf of formattings) {
    const fills: Record<string, string> = {};
    for (const rule of cf.rules) {
      if (rule.type !== "expression") continue;
      const argb = (rule.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb ?? "";
      for (const [, text] of (rule.formulae?.[0] ?? "").matchAll(/TRIM\(\w+\)="([^"]*)"/g))
        fills[text as string] = `#${argb.slice(2)}`;
    }
    if (Object.keys(fills).length > 0) out.push({ start: cf.ref.split(":")[0] as string, fills });
  }
  return out;
}

/** The generator's expression rules in priority order, as the sim records custom formats. */
function generatedRules(ws: ExcelJS.Worksheet) {
  const formattings = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  return formattings
    .flatMap((cf) =>
      cf.rules.map((rule) => ({
        ref: cf.ref,
        priority: rule.priority,
        formula: `=${rule.type === "expression" ? rule.formulae?.[0] : ""}`,
        fill: `#${((rule as ExcelJS.ExpressionRuleType).style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb?.slice(2) ?? ""}`,
      })),
    )
    .sort((a, b) => a.priority - b.priority)
    .map(({ priority: _, ...rest }) => rest);
}

/** The generator's data bars: range, numeric bounds and colour. */
function dataBars(ws: ExcelJS.Worksheet) {
  const formattings = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  return formattings.flatMap((cf) =>
    cf.rules
      .filter((rule) => rule.type === "dataBar")
      .map((rule) => {
        const bar = rule as unknown as { cfvo: { value: number }[]; color: { argb: string } };
        return {
          ref: cf.ref,
          min: bar.cfvo[0]?.value,
          max: bar.cfvo[1]?.value,
          colour: `#${bar.color.argb.slice(2)}`,
        };
      }),
  );
}

function generatedVisibility(generated: WorkbookModel): string[] {
  return ["Visible", ...generated.sheets.map((s) => s.visibility)];
}
