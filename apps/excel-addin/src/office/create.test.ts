import type { Language } from "@planbook/core";
import {
  addSheet,
  createExcelSim,
  emptyWorkbook,
  getCell,
  loadXlsx,
  type WorkbookModel,
} from "@planbook/excel-sim";
import { SHEETS, TABLES, validateWorkbook } from "@planbook/workbook";
import { renderPlanWorkbook } from "@planbook/xlsx";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { columnLetters } from "./address";
import { createPlanSheets, starterPlan } from "./create";
import { readRawWorkbook } from "./read";
import { fingerprint } from "./sim-fixtures";

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
        const formats: (string | null)[] = [];
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          headers.push(String(getCell(t.sheet, t.rect.r0, c)?.value ?? ""));
          const first = getCell(t.sheet, t.rect.r0 + 1, c);
          const v = first?.validation;
          lists.push(v && "list" in v ? v.list.source : null);
          formats.push(first?.numberFormat ?? null);
        }
        return [
          t.name,
          { sheet: t.sheet.name, headerRow: t.rect.r0, firstColumn: t.rect.c0, headers, lists, formats },
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

      const bytes = await renderPlanWorkbook(starterPlan(lang, 2027, "Lumen"), {
        lang,
        generator: { name: "conformance", version: "0" },
      });
      const generated = await loadXlsx(bytes);
      expect(sim.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", ...SHEETS.map((s) => s.name[lang])]);
      expect(sim.workbook.sheets.map((s) => s.visibility)).toEqual(generatedVisibility(generated));
      // The hidden helper columns (Phase Share, Roll-up Weight, Roll-up Score) as the generator hides them.
      for (const sheet of generated.sheets) {
        const mineSheet = sim.workbook.sheets.find((s) => s.name === sheet.name)!;
        expect([...mineSheet.hiddenColumns].sort(), sheet.name).toEqual([...sheet.hiddenColumns].sort());
      }
      const mine = tableShape(sim.workbook);
      const theirs = tableShape(generated);
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
        for (let c = 1; c <= 6; c++)
          expect(text(getCell(myDash, r, c)), `${dashName} ${r}:${c}`).toBe(text(cols.get(c)));
      }
      expect(sim.workbook.names.map((n) => [n.name, n.formula.replace(/'/g, "")]).sort()).toEqual(
        generated.names.map((n) => [n.name, n.formula.replace(/'/g, "")]).sort(),
      );

      // The Guide: the same text in the same cells, the same status colours and bold labels.
      const guideName = SHEETS.find((s) => s.kind === "guide")!.name[lang];
      const myGuide = sim.workbook.sheets.find((s) => s.name === guideName)!;
      const theirGuide = generated.sheets.find((s) => s.name === guideName)!;
      expect(guideCells(myGuide)).toEqual(guideCells(theirGuide));
      expect(guideCells(theirGuide).length).toBeGreaterThan(30);

      // Status colours on the Goals Status column and the Dashboard's, from the same first cell.
      const xl = new ExcelJS.Workbook();
      await xl.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      for (const kind of ["goals", "dashboard"]) {
        const name = SHEETS.find((s) => s.key === kind)!.name[lang];
        const mine = simStatusFills(sim.workbook.sheets.find((s) => s.name === name)!);
        const theirs = generatedStatusFills(xl.getWorksheet(name)!);
        expect(mine, name).toEqual(theirs);
        expect(Object.keys(theirs[0]?.fills ?? {}), name).toHaveLength(10);
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
    expect(fingerprint(sim.workbook)).toEqual(before);
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

function generatedVisibility(generated: WorkbookModel): string[] {
  return ["Visible", ...generated.sheets.map((s) => s.visibility)];
}
