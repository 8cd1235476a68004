import { isDeepStrictEqual } from "node:util";
import type { Language } from "@planbook/core";
import {
  addSheet,
  type Cell,
  createExcelSim,
  emptyWorkbook,
  loadXlsx,
  saveXlsx,
  type WorkbookModel,
} from "@planbook/excel-sim";
import { CHART_DATA_COLUMN, columnLetters, SHEETS } from "@planbook/workbook";
import { placeWorkbook } from "@planbook/workbook/write-plan";
import { describe, expect, it } from "vitest";
import { createPlanSheets, starterPlan } from "./create";
import { POINTS_PER_CHARACTER } from "./sheet-style";
import { generatedStarter } from "./sim-fixtures";

/**
 * The two renderers of one placement: Create plan sheets on excel-sim, exported to .xlsx, against
 * the generator's workbook for the same starter plan — cell by cell on the sheets the placement
 * lays out (every sheet but the hidden meta sheet).
 */

const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;
type Sheet = WorkbookModel["sheets"][number];

const alikePairs = new WeakMap<object, WeakMap<object, boolean>>();

/**
 * Deep equality, remembered per pair of objects: a loaded file's validation rules, alerts and
 * prompts are each one object shared by the cells of a range, so a pair is compared once, not
 * once per cell (30,000 deep comparisons were a fifth of this test's time).
 */
function alike(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  let known = alikePairs.get(a)?.get(b);
  if (known === undefined) {
    known = isDeepStrictEqual(a, b);
    if (!alikePairs.has(a)) alikePairs.set(a, new WeakMap());
    alikePairs.get(a)!.set(b, known);
  }
  return known;
}

/** Two cells as `cells` shows them (or absent), property by property. */
function sameShown(a: Shown | undefined, b: Shown | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (Object.keys(a) as (keyof Shown)[]).every((k) => alike(a[k], b[k]));
}

/** Bold, italic, size and colour where they differ from Excel's regular 11 pt black. */
function fontOf(cell: { bold?: boolean; italic?: boolean; fontSize?: number; fontColor?: string }) {
  const font = {
    bold: cell.bold ?? false,
    italic: cell.italic ?? false,
    size: cell.fontSize ?? 11,
    colour: cell.fontColor ?? "#000000",
  };
  return font.bold || font.italic || font.size !== 11 || font.colour !== "#000000" ? font : null;
}

interface Shown {
  content: Cell["value"] | null;
  format: string | null;
  validation: Cell["validation"] | null;
  alert: Cell["validationAlert"] | null;
  prompt: Cell["validationPrompt"] | null;
  font: ReturnType<typeof fontOf>;
  fill: string | null;
  unlocked: true | null;
}

/**
 * What a cell shows and checks: formula or value, number format, font, fill, whether it is
 * unlocked, validation with alert and prompt.
 */
function cells(sheet: Sheet): Map<string, Shown> {
  const out = new Map<string, Shown>();
  for (const [r, cols] of sheet.rows)
    for (const [c, cell] of cols) {
      const shown: Shown = {
        content: cell.formula ?? (cell.value === "" ? null : cell.value),
        format: cell.numberFormat && cell.numberFormat !== "General" ? cell.numberFormat : null,
        validation: cell.validation ?? null,
        alert: cell.validationAlert ?? null,
        prompt: cell.validationPrompt ?? null,
        font: fontOf(cell),
        fill: cell.fill ?? null,
        // Locked is every cell's default: only an unlocked cell says anything.
        unlocked: cell.locked === false ? true : null,
      };
      if (Object.values(shown).every((v) => v === null)) continue;
      out.set(`${columnLetters(c)}${r}`, shown);
    }
  return out;
}

/** Column widths (characters, to 0.01) and hidden columns, as a file keeps them. */
function columns(sheet: Sheet, upTo: number) {
  return Array.from({ length: upTo }, (_, i) => {
    const points = sheet.columnWidths.get(i + 1);
    return [
      columnLetters(i + 1),
      points ? Math.round((points / POINTS_PER_CHARACTER) * 100) / 100 : null,
      sheet.hiddenColumns.has(i + 1),
    ];
  });
}

/** ≈6 s per language alone, over a minute on a loaded 2-core machine: hence the longer timeout. */
describe("Create plan sheets and the generator", () => {
  for (const lang of ["zh-CN", "en"] as Language[]) {
    it(`write the same cells, formats, fonts, fills, unlocked cells, checks, widths, hidden columns, panes and names (${lang})`, async () => {
      const wb = emptyWorkbook();
      addSheet(wb, "Sheet1");
      const sim = createExcelSim(wb);
      await sim.run((ctx) => createPlanSheets(asExcel(ctx), { lang, year: 2027, brand: "Lumen" }));
      const xlsx = { pointsPerCharacter: POINTS_PER_CHARACTER };
      const mine = await loadXlsx(await saveXlsx(sim.workbook, xlsx), xlsx);
      const plan = starterPlan(lang, 2027, "Lumen");
      const theirs = (await generatedStarter(lang)).model;
      const placement = placeWorkbook(plan, lang);
      let compared = 0;
      // Cells of the generator's file that are filled, and unlocked: the comparison must see some.
      let [filled, unlocked] = [0, 0];
      // Every differing cell at once (its address, then Create's and the generator's), not the first.
      const differ: unknown[] = [];
      for (const placed of placement.sheets) {
        // The Guide's cells (guideLines), not its widths and row heights (Create lets Excel fit rows).
        const cellsOnly = placed.spec.kind === "guide";
        if (placed.spec.kind === "meta") continue;
        const a = mine.sheets.find((s) => s.name === placed.name)!;
        const b = theirs.sheets.find((s) => s.name === placed.name)!;
        const [myCells, theirCells] = [cells(a), cells(b)];
        for (const address of new Set([...myCells.keys(), ...theirCells.keys()])) {
          const [m, t] = [myCells.get(address), theirCells.get(address)];
          if (!sameShown(m, t)) differ.push([`${placed.name}!${address}`, m, t]);
          if (t?.fill) filled++;
          if (t?.unlocked) unlocked++;
          compared++;
        }
        if (cellsOnly) continue;
        expect([a.frozen, [...a.hiddenColumns].sort()], placed.name).toEqual([
          b.frozen,
          [...b.hiddenColumns].sort(),
        ]);
        // The Dashboard: its roll-up columns and the charts' data blocks beside them.
        const last = placed.dashboard
          ? CHART_DATA_COLUMN + 3
          : Math.max(...placed.tables.map((t) => t.weekView?.lastColumn ?? t.lastColumn + 3));
        expect(columns(a, last), placed.name).toEqual(columns(b, last));
      }
      expect(differ).toEqual([]);
      expect(compared).toBeGreaterThan(10_000);
      expect(
        [filled, unlocked].every((n) => n > 100),
        `${filled} filled, ${unlocked} unlocked`,
      ).toBe(true);
      // Names over ranges (the settings); the list names are compared in create.test.ts.
      const names = (w: WorkbookModel) => w.names.map((n) => [n.name, n.formula.replace(/'/g, "")]).sort();
      expect(names(mine)).toEqual(names(theirs));
      expect(names(theirs).length).toBeGreaterThan(5);
      expect(mine.sheets.map((s) => s.name).slice(1)).toEqual(SHEETS.map((s) => s.name[lang]));
    }, 300_000);
  }
});
