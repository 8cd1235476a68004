// Reading benchmarks (issue #8), each command in a fresh process, runs interleaved, medians
// reported. Wall time: performance.now() around the spawn (millisecond resolution; /usr/bin/time's
// %e has 10 ms steps, a sixth of `node -e 0`, which moved the start-up ratios by ±0.5×), less the
// median cost of spawning `/bin/true` from this process, as hyperfine subtracts its shell's start.
// Peak RSS: /usr/bin/time's %M, in separate runs.
//  1. `planbook validate` of a 2,000-goal workbook vs a bare exceljs `readFile` of the same file
//     (target ≤ 0.5×) and vs openpyxl read-only touching every cell (≤ 1.5×); peak RSS (≤ 120 MB);
//  2. start-up: `planbook --version` vs `node -e 0` (≤ 2×); `planbook validate` of one example
//     workbook vs `node -e 0` (≤ 3×).
// Run after `pnpm --filter planbook... build`: `pnpm --filter planbook bench:read`.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderPlanWorkbook } from "@planbook/xlsx";
import { loadText, machineLine } from "../../../test-support/machine.mjs";
import { bigPlan } from "./big-plan.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..");
const bin = path.join(root, "dist", "bin.js");
const work = mkdtempSync(path.join(os.tmpdir(), "planbook-read-bench-"));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The start-up commands take a tenth of a second: more runs for a steady median at little cost. */
const START_RUNS = Number(process.env.BENCH_START_RUNS ?? 21);
console.log(machineLine());

const bigFile = path.join(work, "big-2027.xlsx");
writeFileSync(
  bigFile,
  await renderPlanWorkbook(bigPlan(2000), {
    lang: "en",
    generator: { name: "planbook", version: "bench" },
    keyDateIdeas: false,
  }),
);
execFileSync(process.execPath, [bin, "generate", "--out", work, "--force"], { cwd: work, stdio: "ignore" });
const example = path.join(work, "qimu-coffee-2027.xlsx");
const exampleBytes = readFileSync(example).length;
console.log(
  `files: ${path.basename(bigFile)} ${(readFileSync(bigFile).length / 2 ** 20).toFixed(1)} MiB (2,000 goals × 12 months, 500 campaigns, 5,000 content rows); ${path.basename(example)} ${(exampleBytes / 1024).toFixed(0)} KiB`,
);

const EXCELJS = `import("exceljs").then(async ({ default: E }) => { await new E.Workbook().xlsx.readFile(process.argv[1]); })`;
const OPENPYXL = `import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
n = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        for v in row:
            n += 1
`;

/*
 * validate runs its bundle with V8's code cache (src/compile-cache), kept in the user's cache
 * folder: here one in the bench's temp folder, filled by a first run as a user's first validate
 * fills it. The row with NODE_DISABLE_COMPILE_CACHE shows a run without it (a first run, or a
 * read-only home).
 */
process.env.XDG_CACHE_HOME = path.join(work, "cache");
for (const command of ["validate", "progress"])
  execFileSync(process.execPath, [bin, command, "--json", example], { cwd: work, stdio: "ignore" });

const commands = {
  node0: [process.execPath, "-e", "0"],
  version: [process.execPath, bin, "--version"],
  validateExample: [process.execPath, bin, "validate", "--json", example],
  validateExampleNoCache: [process.execPath, bin, "validate", "--json", example],
  progressExample: [process.execPath, bin, "progress", "--json", example],
  validateBig: [process.execPath, bin, "validate", "--json", bigFile],
  exceljsReadFile: [process.execPath, "-e", EXCELJS, bigFile],
  openpyxlReadOnly: ["/usr/bin/python3", "-c", OPENPYXL, bigFile],
};

/** Environment of a command beyond this process's own. */
const ENV = { validateExampleNoCache: { NODE_DISABLE_COMPILE_CACHE: "1" } };
const envOf = (name) => ({ ...process.env, ...ENV[name] });

const START_UP = new Set([
  "node0",
  "version",
  "validateExample",
  "validateExampleNoCache",
  "progressExample",
]);

/** Wall seconds of one run, spawn included (exit 1 of validate is fine). */
function wall(argv, env = process.env) {
  const started = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: root, stdio: "ignore", env });
  const s = (performance.now() - started) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(" ")}: exit ${r.status}`);
  return s;
}

/** Peak RSS (MB) of one run, from /usr/bin/time. */
function peakRss(argv, env = process.env) {
  const r = spawnSync("/usr/bin/time", ["-f", "%M", ...argv], {
    cwd: root,
    env,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
  });
  const m = /(\d+)\s*$/.exec(r.stderr ?? "");
  if (!m || (r.status !== 0 && r.status !== 1)) throw new Error(`${argv.join(" ")}: ${r.stderr}`);
  return Number(m[1]) / 1024;
}

const spawnCost = [];
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
const loads = [];
for (let i = 0; i < Math.max(RUNS, START_RUNS); i++) {
  spawnCost.push(wall(["/bin/true"]));
  for (const [name, argv] of Object.entries(commands)) {
    if (i < (START_UP.has(name) ? START_RUNS : RUNS)) samples[name].push(wall(argv, envOf(name)));
  }
  loads.push(os.loadavg()[0]);
}
const rss = Object.fromEntries(
  Object.entries(commands).map(([k, argv]) => [
    k,
    Math.max(...Array.from({ length: k === "validateBig" ? RUNS : 1 }, () => peakRss(argv, envOf(k)))),
  ]),
);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const spawn = median(spawnCost);
const t = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v) - spawn]));

console.log(
  `\nmedians of interleaved runs, less ${(spawn * 1000).toFixed(1)} ms of spawning /bin/true (s; ${START_RUNS} runs of the start-up commands, ${RUNS} of the others), peak RSS MB:`,
);
for (const k of Object.keys(commands))
  console.log(`  ${k.padEnd(24)} ${t[k].toFixed(3)} s  ${rss[k].toFixed(0)} MB`);
/** `ok` null: a figure shown for context, with no target. */
const row = (what, value, target, ok) =>
  console.log(
    `  ${what.padEnd(48)} ${value.padStart(8)}  ${ok === null ? "" : `target ${target.padEnd(8)} ${ok ? "met" : "MISSED"}`}`,
  );
console.log("\nratios:");
const r1 = t.validateBig / t.exceljsReadFile;
const r2 = t.validateBig / t.openpyxlReadOnly;
const r3 = t.version / t.node0;
const r4 = t.validateExample / t.node0;
row("validate 2,000 goals / exceljs readFile", `${r1.toFixed(2)}×`, "≤ 0.5×", r1 <= 0.5);
row("validate 2,000 goals / openpyxl read-only", `${r2.toFixed(2)}×`, "≤ 1.5×", r2 <= 1.5);
row("validate 2,000 goals peak RSS", `${rss.validateBig.toFixed(0)} MB`, "≤ 120 MB", rss.validateBig <= 120);
row("planbook --version / node -e 0", `${r3.toFixed(2)}×`, "≤ 2×", r3 <= 2);
row("validate one example workbook / node -e 0", `${r4.toFixed(2)}×`, "≤ 3×", r4 <= 3);
const r5 = t.validateExampleNoCache / t.node0;
row("  the same without the compile cache (first run)", `${r5.toFixed(2)}×`, "", null);
const r6 = t.progressExample / t.node0;
row("progress of one example workbook / node -e 0", `${r6.toFixed(2)}×`, "", null);
console.log(
  `load average during the runs (1 min): ${loads.map((l) => l.toFixed(2)).join(" ")}; now ${loadText()}`,
);
rmSync(work, { recursive: true, force: true });
