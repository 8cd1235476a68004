import { isDeepStrictEqual } from "node:util";
import type { Language } from "@planbook/core";
import {
  a1ToR1C1,
  type Cell,
  createExcelSim,
  type ExcelSim,
  loadXlsx,
  r1c1ToA1,
  type WorkbookModel,
} from "@planbook/excel-sim";
import { columnLetters } from "@planbook/workbook";
import { renderPlanWorkbook } from "@planbook/xlsx";
import ExcelJS from "exceljs";
import { starterPlan } from "./create";
import { POINTS_PER_CHARACTER } from "./sheet-style";
import { planWithGoals } from "./test-plan";

/**
 * Test support: generated workbooks in excel-sim, and fingerprints of every cell. The caches live
 * as long as the module: a file in the full suite, every file of a worker in `pnpm test:unit`.
 */

const buffers = new Map<string, Promise<Buffer>>();

export function generatedWorkbook(goals: number, lang: Language): Promise<Buffer> {
  const key = `${goals}:${lang}`;
  let buf = buffers.get(key);
  if (!buf) {
    buf = renderPlanWorkbook(planWithGoals(goals), {
      lang,
      generator: { name: "excel-addin office tests", version: "0" },
      keyDateIdeas: false,
    });
    buffers.set(key, buf);
  }
  return buf;
}

const models = new Map<string, Promise<WorkbookModel>>();
type SheetModel = WorkbookModel["sheets"][number];

/**
 * The generated workbook as a sim model of its own. Loading the file with exceljs (45,000 cells,
 * most of them the spare rows' formats and validation) was most of a small sim's cost and nearly
 * every test makes a sim, so each size and language is loaded once and every sim gets a copy.
 */
export async function generatedModel(goals: number, lang: Language): Promise<WorkbookModel> {
  const key = `${goals}:${lang}`;
  let model = models.get(key);
  if (!model) {
    model = generatedWorkbook(goals, lang).then((bytes) => loadXlsx(bytes, XLSX));
    models.set(key, model);
  }
  return copyModel(await model);
}

/**
 * A copy the sim can change without touching the original: every cell is a new object (the sim
 * sets cell properties in place); the objects a cell points to (validation rule, alert, prompt) are
 * shared, as the sim itself shares them — it replaces them, never changes them. Everything else is
 * structuredClone'd, tables pointing at the copied sheets.
 */
function copyModel(model: WorkbookModel): WorkbookModel {
  const sheets = new Map<SheetModel, SheetModel>();
  for (const sheet of model.sheets) {
    const { rows, ...rest } = sheet;
    const copy: SheetModel = { ...structuredClone(rest), rows: new Map() };
    for (const [r, cells] of rows) {
      const line = new Map<number, Cell>();
      for (const [c, cell] of cells) line.set(c, { ...cell });
      copy.rows.set(r, line);
    }
    sheets.set(sheet, copy);
  }
  const { sheets: _sheets, tables, ...rest } = model;
  return {
    ...structuredClone(rest),
    sheets: model.sheets.map((s) => sheets.get(s)!),
    tables: tables.map(({ sheet, ...t }) => ({ ...structuredClone(t), sheet: sheets.get(sheet)! })),
  };
}

const XLSX = { pointsPerCharacter: POINTS_PER_CHARACTER };

/** The generator's workbook for the plan Create starts from, which the Create tests compare with. */
interface Starter {
  bytes: Buffer;
  model: WorkbookModel;
  /** The file as exceljs reads it, for what the sim's loader leaves out (conditional formats). */
  excel: ExcelJS.Workbook;
}

const starters = new Map<Language, Promise<Starter>>();

/**
 * The generator's workbook of `starterPlan(lang, 2027, "Lumen")`, rendered and loaded once per
 * language: the Create tests (create, create-vs-generator) each rendered and loaded it again, per test. The model is a
 * copy of its own; the exceljs workbook is shared, to be read only.
 */
export async function generatedStarter(lang: Language): Promise<Starter> {
  let starter = starters.get(lang);
  if (!starter) {
    starter = (async () => {
      const bytes = await renderPlanWorkbook(starterPlan(lang, 2027, "Lumen"), {
        lang,
        generator: { name: "conformance", version: "0" },
      });
      const excel = new ExcelJS.Workbook();
      await excel.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      return { bytes, model: await loadXlsx(excel, XLSX), excel };
    })();
    starters.set(lang, starter);
  }
  const { model, ...rest } = await starter;
  return { ...rest, model: copyModel(model) };
}

export async function simOf(goals: number, lang: Language): Promise<ExcelSim> {
  return createExcelSim(await generatedModel(goals, lang));
}

/**
 * Grows tblGoals and tblActuals of a generated workbook to `total` goals by repeating their last
 * goal's row with new Goal IDs (G<n>) — a large plan without rendering it (exceljs needs minutes for
 * 10,000 goals on these machines). Formulas are moved relative to their new row.
 */
function growGoals(wb: WorkbookModel, total: number): void {
  for (const name of ["tblGoals", "tblActuals"]) {
    const table = wb.tables.find((t) => t.name === name);
    if (!table) throw new Error(`no ${name}`);
    const { sheet, rect } = table;
    const headers = sheet.rows.get(rect.r0)!;
    const idCol = [...headers.entries()].find(
      ([, c]) => c.value === "目标编号" || c.value === "Goal ID",
    )?.[0];
    if (idCol === undefined) throw new Error(`${name} has no Goal ID header`);
    // The generator leaves spare blank rows below the plan's rows: fill them first.
    let templateRow = rect.r0;
    for (let r = rect.r0 + 1; r <= rect.r1; r++) if (sheet.rows.get(r)?.get(idCol)?.value) templateRow = r;
    const template = sheet.rows.get(templateRow)!;
    // Each formula's R1C1 text is the same in every row: convert it once, not once per new row
    // (that conversion was most of a 10,000-goal sim's set-up).
    const r1c1 = new Map<number, string>();
    for (const [col, cell] of template)
      if (cell.formula !== undefined) r1c1.set(col, a1ToR1C1(cell.formula, templateRow, col));
    const count = templateRow - rect.r0;
    for (let n = count + 1; n <= total; n++) {
      const row = rect.r0 + n;
      const line = new Map<number, Cell>();
      for (const [col, cell] of template) {
        const formula = r1c1.get(col);
        line.set(
          col,
          formula === undefined ? { ...cell } : { ...cell, formula: r1c1ToA1(formula, row, col) },
        );
      }
      line.set(idCol, { ...(template.get(idCol) ?? { value: "" }), value: `G${n}` });
      sheet.rows.set(row, line);
    }
    rect.r1 = Math.max(rect.r1, rect.r0 + total);
  }
}

export async function bigSim(goals: number, lang: Language): Promise<ExcelSim> {
  const wb = await generatedModel(10, lang);
  growGoals(wb, goals);
  return createExcelSim(wb);
}

/** A cell as it was. */
type Snapshot = Readonly<Cell>;

/**
 * Every cell's content and formatting, by sheet, row and column, and every note's text by
 * `sheet!A1#note`. What changedKeys compares.
 */
export interface Fingerprint {
  cells: Map<string, Map<number, Map<number, Snapshot>>>;
  notes: Map<string, string>;
}

/**
 * A cell says nothing when it holds no value and none of its properties differ from a new cell's:
 * such a cell and an absent one are the same to a user.
 */
function saysNothing(cell: Cell): boolean {
  for (const key in cell) {
    const v = cell[key as keyof Cell];
    if (v === undefined) continue;
    if (key === "value" ? v !== "" : key === "locked" ? v !== true : v !== false) return false;
  }
  return true;
}

const letters: string[] = [];
const lettersOf = (c: number) => (letters[c] ??= columnLetters(c));

/**
 * Every cell's content and formatting, plus notes. A snapshot, not a rendering: each cell is
 * copied as it is, and the objects it points to (validation, alert, prompt) are kept by reference
 * — the sim replaces them and never changes them, as copyModel relies on too. Cells are kept by
 * row and column number: an `A1` text key per cell (45,000) was most of a snapshot's cost, and
 * changedKeys names only the cells that changed.
 */
export function fingerprint(wb: WorkbookModel): Fingerprint {
  const cells = new Map<string, Map<number, Map<number, Snapshot>>>();
  const notes = new Map<string, string>();
  for (const sheet of wb.sheets) {
    const rows = new Map<number, Map<number, Snapshot>>();
    for (const [r, cols] of sheet.rows) {
      const line = new Map<number, Snapshot>();
      for (const [c, cell] of cols) if (!saysNothing(cell)) line.set(c, { ...cell });
      if (line.size > 0) rows.set(r, line);
    }
    cells.set(sheet.name, rows);
    for (const n of sheet.notes) notes.set(`${sheet.name}!${lettersOf(n.col)}${n.row}#note`, n.content);
  }
  return { cells, notes };
}

function same(a: Snapshot | undefined, b: Snapshot | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  for (const k in a) {
    const key = k as keyof Cell;
    if (a[key] !== b[key] && !isDeepStrictEqual(a[key], b[key])) return false;
  }
  // A property only the second has (one the first has undefined or lacks).
  for (const k in b) if (!(k in a) && b[k as keyof Cell] !== undefined) return false;
  return true;
}

/** The `sheet!A1` keys whose cell or note differs between two fingerprints, sorted. */
export function changedKeys(before: Fingerprint, after: Fingerprint): string[] {
  const changed: string[] = [];
  const none = new Map<number, Map<number, Snapshot>>();
  for (const sheet of new Set([...before.cells.keys(), ...after.cells.keys()])) {
    const [was, is] = [before.cells.get(sheet) ?? none, after.cells.get(sheet) ?? none];
    for (const [r, cols] of was) {
      const now = is.get(r);
      for (const [c, cell] of cols)
        if (!same(cell, now?.get(c))) changed.push(`${sheet}!${lettersOf(c)}${r}`);
    }
    for (const [r, cols] of is) {
      const old = was.get(r);
      for (const c of cols.keys()) if (!old?.has(c)) changed.push(`${sheet}!${lettersOf(c)}${r}`);
    }
  }
  for (const [k, text] of before.notes) if (after.notes.get(k) !== text) changed.push(k);
  for (const k of after.notes.keys()) if (!before.notes.has(k)) changed.push(k);
  return changed.sort();
}

/** Column letters, as in A1 addresses (tests name cells with them). */
export const columnName = columnLetters;
