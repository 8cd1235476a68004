import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { a1, type CellRange, parseRange, rangeA1 } from "@planbook/workbook";
import ExcelJS from "exceljs";
import type { CliIO } from "../src/io";
import { runCli } from "../src/run";

/**
 * Test support for the CLI contract: the CLI run in-process, temp dirs, and cell edits with
 * exceljs. The built bin as a child process is in bin-process.ts (system tests only).
 */

export const CLI_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface BinResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process: `runCli` with captured streams, the working folder and environment
 * given, as the bin would get them from a pipe (no TTY) under an English locale. For what a command
 * does; what only the real process shows (its exit status, signals, closed pipes, worker threads
 * from dist/, two runs at once) is tested with `runBin` in `*.system.test.ts`.
 */
export async function runInProcess(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<BinResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIO = {
    stdout: { write: (s: string) => stdout.push(s) },
    stderr: { write: (s: string) => stderr.push(s) },
    env: { LANG: "en_US.UTF-8", ...opts.env },
    cwd: opts.cwd ?? CLI_ROOT,
    now: () => new Date(),
  };
  const code = await runCli(args, io);
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

const made: string[] = [];

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `planbook-${prefix}-`));
  made.push(dir);
  return dir;
}

/** For `afterAll`: removes the temp dirs this test file made. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/**
 * The bundled example's workbooks for 2027 (`planbook generate --year 2027`), written into `dir`,
 * for tests that only use them as input. The fast loop runs every file of a worker in one module
 * graph, so this module's cache makes that one generation per worker instead of one per file (each
 * is ~1 s of exceljs rendering); the full suite isolates files, so there each file generates its
 * own. Tests of generate itself run `generate`, not this.
 */
export async function generatedExamples(dir: string): Promise<string[]> {
  const files = await exampleWorkbooks();
  await mkdir(dir, { recursive: true });
  await Promise.all([...files].map(([name, bytes]) => writeFile(path.join(dir, name), bytes)));
  return [...files.keys()];
}

let examples: Promise<Map<string, Buffer>> | undefined;

/** The same workbooks' bytes by file name (`stride-athletics-2027.xlsx` …); do not modify them. */
export function exampleWorkbooks(): Promise<ReadonlyMap<string, Buffer>> {
  examples ??= generateExamples();
  return examples;
}

async function generateExamples(): Promise<Map<string, Buffer>> {
  const dir = await mkdtemp(path.join(tmpdir(), "planbook-examples-"));
  try {
    const r = await runInProcess(["generate", "--year", "2027", "--out", dir]);
    if (r.code !== 0) throw new Error(r.stderr);
    const names = (await readdir(dir)).filter((n) => n.endsWith(".xlsx")).sort();
    if (names.length === 0) throw new Error(`generate wrote no workbook: ${r.stdout}`);
    return new Map(
      await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n))] as const)),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Writes a workbook loaded with exceljs, as `wb.xlsx.writeFile()` does, only faster. exceljs
 * expands every data validation range to one entry per cell when it loads a file and, when it
 * writes, merges them back by comparing neighbouring cells' rules — about 45,000 cells in a
 * generated plan, half of a write's time. The cells of one range still share its rule object, so
 * each rule whose cells form one rectangle goes back as that range first; exceljs merges the rest
 * as before. The file says the same: the same rules on the same cells.
 */
export async function saveXlsx(wb: ExcelJS.Workbook, file: string): Promise<void> {
  for (const ws of wb.worksheets) compactValidations(ws);
  await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

function compactValidations(ws: ExcelJS.Worksheet): void {
  const dvs = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations;
  const cellsOf = new Map<unknown, string[]>();
  for (const [address, rule] of Object.entries(dvs.model)) {
    if (rule === undefined) continue;
    const cells = cellsOf.get(rule);
    if (cells) cells.push(address);
    else cellsOf.set(rule, [address]);
  }
  const model: Record<string, unknown> = {};
  for (const [rule, addresses] of cellsOf) {
    const box = { row: Infinity, column: Infinity, lastRow: 0, lastColumn: 0 };
    // exceljs keys single cells (`B7`); anything else is left for exceljs to merge
    const single = addresses.every((a) => {
      const cell = /^([A-Z]{1,3})(\d+)$/.exec(a);
      if (!cell) return false;
      const row = Number(cell[2]);
      let column = 0;
      for (const ch of cell[1] ?? "") column = column * 26 + ch.charCodeAt(0) - 64;
      box.row = Math.min(box.row, row);
      box.column = Math.min(box.column, column);
      box.lastRow = Math.max(box.lastRow, row);
      box.lastColumn = Math.max(box.lastColumn, column);
      return true;
    });
    const area = (box.lastRow - box.row + 1) * (box.lastColumn - box.column + 1);
    if (single && addresses.length > 1 && area === addresses.length)
      model[rangeA1(box.row, box.column, box.lastRow, box.lastColumn)] = rule;
    else for (const a of addresses) model[a] = rule;
  }
  dvs.model = model;
}

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

interface LoadedTable {
  model: { name: string; tableRef: string; autoFilterRef?: string; columns: { name: string }[] };
}

function decodeRef(ref: string): CellRange {
  const range = parseRange(ref);
  if (!range) throw new Error(`bad ref ${ref}`);
  return range;
}

/** A table of a loaded workbook, addressed by header text and row id (first column by default). */
export class TableHandle {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    private readonly table: LoadedTable,
  ) {}

  get range() {
    return decodeRef(this.table.model.tableRef);
  }

  headers(): string[] {
    const { row, column, lastColumn } = this.range;
    const out: string[] = [];
    for (let c = column; c <= lastColumn; c++) out.push(String(this.ws.getCell(row, c).value ?? ""));
    return out;
  }

  col(header: string): number {
    const i = this.headers().findIndex((h) => h.trim().toLowerCase() === header.toLowerCase());
    if (i < 0)
      throw new Error(`no column ${header} in ${this.table.model.name}: ${this.headers().join("|")}`);
    return this.range.column + i;
  }

  /** Sheet row of the first body row whose `keyHeader` cell equals `id`. */
  row(id: string, keyHeader?: string): number {
    const c = keyHeader ? this.col(keyHeader) : this.range.column;
    for (let r = this.range.row + 1; r <= this.range.lastRow; r++) {
      if (String(this.ws.getCell(r, c).value ?? "") === id) return r;
    }
    throw new Error(`no row ${id} in ${this.table.model.name}`);
  }

  /** Sets a cell; returns its A1 address. */
  set(row: number, header: string, value: ExcelJS.CellValue): string {
    const c = this.col(header);
    this.ws.getCell(row, c).value = value;
    return a1(row, c);
  }

  /**
   * Grows or shrinks the table to `bodyRows` body rows (exceljs keeps the loaded ref as the table's
   * extent). Rows a shrink leaves out are emptied, as deleting table rows in Excel does: cells left
   * behind directly below a table are read as its rows (docs/design.md#reading).
   */
  resize(bodyRows: number): void {
    const { row, column, lastRow, lastColumn } = this.range;
    for (let r = row + bodyRows + 1; r <= lastRow; r++) {
      for (let c = column; c <= lastColumn; c++) this.ws.getCell(r, c).value = null;
    }
    const ref = rangeA1(row, column, row + bodyRows, lastColumn);
    this.table.model.tableRef = ref;
    if (this.table.model.autoFilterRef) this.table.model.autoFilterRef = ref;
  }

  renameHeader(header: string, to: string): string {
    const c = this.col(header);
    this.ws.getCell(this.range.row, c).value = to;
    const col = this.table.model.columns[c - this.range.column];
    if (col) col.name = to;
    return a1(this.range.row, c);
  }
}

export function table(wb: ExcelJS.Workbook, name: string): TableHandle {
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables: Record<string, LoadedTable> }).tables;
    const t = tables[name];
    if (t) return new TableHandle(ws, t);
  }
  throw new Error(`no table ${name}`);
}

/** Removes a table's part; with `cells`, its cells too (otherwise its header row is found again, docs/design.md#reading). */
export function removeTable(wb: ExcelJS.Workbook, name: string, o: { cells?: boolean } = {}): void {
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables: Record<string, LoadedTable> }).tables;
    const t = tables[name];
    if (!t) continue;
    if (o.cells) {
      const { row, column, lastRow, lastColumn } = decodeRef(t.model.tableRef);
      for (let r = row; r <= lastRow; r++)
        for (let c = column; c <= lastColumn; c++) ws.getCell(r, c).value = null;
    }
    delete tables[name];
  }
}
