import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type CellRange, parseRange } from "@planbook/workbook";
import ExcelJS from "exceljs";
import type { CliIO } from "../src/io";
import { runCli } from "../src/run";

/**
 * Test support for the CLI contract: the CLI run in-process, temp dirs, the example workbooks, and
 * tables read with exceljs (a reader independent of ours). Cell edits are in xlsx-parts.ts; the
 * built bin as a child process is in bin-process.ts (system tests only).
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

/**
 * A config of two one-goal brands (`alpha`, `beta`), written as `small.yaml` into `dir`, for tests
 * of what generate does with files and folders (no clobber, unchanged, paths): each of its
 * workbooks renders in about half the time of one of the bundled example's three brands, and
 * those tests run generate two to four times. What generate writes from the bundled example is
 * tested on the example itself (generate.test.ts's first run, the system tests, CI's main job).
 */
export async function writeSmallConfig(dir: string): Promise<string> {
  const brand = (id: string, name: string) => `  - id: ${id}
    name: ${name}
    channels:
      - { channel: WeChat OA, platform: WeChat, role: Core, maxConcurrentCampaigns: 2 }
    objectives:
      - { id: O1, objective: Grow reach }
    goals:
      - { id: G01, objectiveId: O1, metric: Followers, channel: WeChat OA, baseline: 86000, target: 120000 }
`;
  const file = path.join(dir, "small.yaml");
  await writeFile(
    file,
    `year: 2027\nlanguage: en\nbrands:\n${brand("alpha", "Alpha")}${brand("beta", "Beta")}`,
  );
  return file;
}

/** The files `writeSmallConfig`'s config generates, sorted. */
export const SMALL_FILES = ["alpha-2027.xlsx", "beta-2027.xlsx"];

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

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

interface LoadedTable {
  model: { name: string; tableRef: string };
}

function decodeRef(ref: string): CellRange {
  const range = parseRange(ref);
  if (!range) throw new Error(`bad ref ${ref}`);
  return range;
}

/** A table of a workbook loaded with exceljs, addressed by header text and row id (first column by default). */
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
}

export function table(wb: ExcelJS.Workbook, name: string): TableHandle {
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables: Record<string, LoadedTable> }).tables;
    const t = tables[name];
    if (t) return new TableHandle(ws, t);
  }
  throw new Error(`no table ${name}`);
}
