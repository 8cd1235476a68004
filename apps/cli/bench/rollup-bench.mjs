// planbook rollup benchmark (run after `pnpm --filter planbook... build`): `node bench/rollup-bench.mjs`.
// 200 filled brand workbooks (the bundled example's three brands with three months of actuals,
// copied to 200 files); each command runs in a fresh process, three times interleaved, median:
//  - per-workbook cost of `rollup --json` against `progress --json` of the same files (target ≤ 1.1×);
//  - `rollup --jobs 2` against `--jobs 1` (target ≥ 1.5× on 2 cores), with the load average
//    before and after, since the machine may be shared.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderPlanWorkbook } from "@planbook/xlsx";
import { loadText, machineLine } from "../../../test-support/machine.mjs";
import { configToPlans, parseConfig } from "../dist/index.js";

const BRANDS = Number(process.env.ROLLUP_BENCH_BRANDS ?? 200);
const RUNS = 3;
const here = path.dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), "planbook-rollup-bench-"));
console.log(machineLine());

// Three base workbooks, each brand with three months of actuals on every goal.
const parsed = parseConfig(
  readFileSync(path.join(here, "..", "examples", "brands.yaml"), "utf8"),
  "brands.yaml",
  "en",
);
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const bases = [];
for (const plan of configToPlans(parsed.config, { defaultYear: 2027 })) {
  plan.actuals = plan.goals.map((g, i) => ({
    goalId: g.id,
    months: Array.from({ length: 12 }, (_, m) =>
      m < 3
        ? g.unit === "percent"
          ? 0.2 + 0.01 * m
          : Math.round(((g.target ?? 1000) / 12) * (0.7 + 0.1 * ((i + m) % 5)))
        : null,
    ),
    unreadable: [],
  }));
  const file = path.join(work, `${plan.brand.id}-base.xlsx`);
  writeFileSync(
    file,
    await renderPlanWorkbook(plan, {
      lang: plan.language,
      generator: { name: "planbook", version: "bench" },
    }),
  );
  bases.push(file);
}
const files = Array.from({ length: BRANDS }, (_, i) => {
  const file = path.join(work, `brand-${String(i + 1).padStart(3, "0")}.xlsx`);
  copyFileSync(bases[i % bases.length], file);
  return path.basename(file);
});

function measure(args) {
  const out = execFileSync(process.execPath, [path.join(here, "measure.mjs"), ...args, ...files], {
    cwd: work,
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  return JSON.parse(out.trim().split("\n").pop());
}

const variants = {
  "progress --json": ["progress"],
  "rollup --json --jobs 1": ["rollup", "--jobs", "1"],
  "rollup --json --jobs 2": ["rollup", "--jobs", "2"],
};
const results = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
const loadBefore = loadText();
for (let run = 0; run < RUNS; run++) {
  for (const [name, args] of Object.entries(variants)) results[name].push(measure(args));
}
const loadAfter = loadText();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(
  `\nrollup of ${BRANDS} brand workbooks (3 months of actuals each), median of ${RUNS} fresh processes:`,
);
const summary = {};
for (const [name, rs] of Object.entries(results)) {
  const ms = median(rs.map((r) => r.ms));
  const cpuMs = median(rs.map((r) => r.cpuMs));
  summary[name] = { ms, cpuMs };
  console.log(
    `  ${name.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms wall (${(ms / BRANDS).toFixed(1)} ms per workbook), ${cpuMs.toFixed(0)} ms CPU, peak RSS ${median(rs.map((r) => r.maxRssMB)).toFixed(0)} MB, exit ${rs[0].code}`,
  );
}
const p = summary["progress --json"];
const j1 = summary["rollup --json --jobs 1"];
const j2 = summary["rollup --json --jobs 2"];
console.log(`  per-workbook cost, rollup --jobs 1 / progress: ${(j1.ms / p.ms).toFixed(3)}× (target ≤ 1.1×)`);
console.log(
  `  speed-up, rollup --jobs 2 vs --jobs 1:        ${(j1.ms / j2.ms).toFixed(2)}× (target ≥ 1.5× on 2 cores)`,
);
console.log(
  `  CPU of --jobs 2 / --jobs 1: ${(j2.cpuMs / j1.cpuMs).toFixed(2)}× (worker start-up and message copies)`,
);
console.log(`  load average before ${loadBefore}, after ${loadAfter} (1, 5, 15 min) on ${cpus.length} cores`);
if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
