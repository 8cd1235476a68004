import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

/**
 * The real tools the system tests check workbooks with (LibreOffice, Debian's python3 with
 * openpyxl), shared by the xlsx renderer's and the CLI's system tests. Nothing here ships.
 */

const run = promisify(execFile);

/** Debian's python3 (with python3-openpyxl), not whatever `python3` is first on PATH. */
const PYTHON = "/usr/bin/python3";

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `planbook-${prefix}-`));
}

/** Runs a Python script (passed on stdin) with args; returns its stdout parsed as JSON. */
export async function python<T>(script: string, args: readonly string[]): Promise<T> {
  const child = run(PYTHON, ["-c", script, ...args], { maxBuffer: 64 * 1024 * 1024 });
  const { stdout } = await child;
  return JSON.parse(stdout) as T;
}

/**
 * Opens each file in headless LibreOffice Calc, which recalculates every formula (the files carry
 * no cached values), and saves it in `filter`'s format (default .xlsx; "pdf" prints it) into
 * `outDir`. A fresh profile per run keeps parallel runs apart; `profile` names a prepared one
 * instead (one whose settings turn recalculation on load off, say).
 */
export async function recalculateWithLibreOffice(
  files: readonly string[],
  outDir: string,
  filter = "xlsx",
  options: { profile?: string; timeout?: number } = {},
): Promise<void> {
  const profile = options.profile ?? (await tempDir("lo-profile"));
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--calc",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      ...files,
    ],
    { timeout: options.timeout ?? 180_000 },
  );
}

/** CSV of the first sheet with every cell as displayed (number formats applied), UTF-8. */
export const CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true";

/** Cell values (cached results for formulas) of the named sheets, as rows from row 1. */
export const DUMP_VALUES = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
out = {}
for name in sys.argv[2:]:
    ws = wb[name]
    out[name] = [[(c.isoformat() if isinstance(c, (datetime.date, datetime.datetime)) else c) for c in row]
                 for row in ws.iter_rows(values_only=True)]
print(json.dumps(out, ensure_ascii=False))
`;
