// Planbook benchmarks (run after `pnpm --filter planbook... build`): `pnpm --filter planbook bench`.
//  1. generation: ms per workbook for 50 brands with --jobs 1 and --jobs 2, and the ratio to a bare
//     exceljs write of the same cells (values, formulas, texts; no styles, tables, validation) in this run;
//  2. a large filled workbook (2,000 goals × 12 months, 500 campaigns, 5,000 content rows):
//     `validate` and `progress` wall time and peak memory, each in a fresh process.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderPlanWorkbook } from "@planbook/xlsx";
import ExcelJS from "exceljs";
import { parse, stringify } from "yaml";
import { machineLine } from "../../../test-support/machine.mjs";
import { runCli } from "../dist/index.js";
import { bigPlan } from "./big-plan.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), "planbook-bench-"));
console.log(machineLine());

const quiet = { write: () => true, isTTY: false };
const io = {
  stdout: quiet,
  stderr: { write: (s) => process.stderr.write(s), isTTY: false },
  env: { LANG: "en_US.UTF-8" },
  cwd: work,
  now: () => new Date(),
};

// ── 1. generation ────────────────────────────────────────────────────────────────────────────
const example = parse(readFileSync(path.join(here, "..", "examples", "brands.yaml"), "utf8"));
const brands = Array.from({ length: 50 }, (_, i) => {
  const b = structuredClone(example.brands[i % example.brands.length]);
  return { ...b, id: `${b.id}-${String(i + 1).padStart(2, "0")}` };
});
const config = path.join(work, "brands50.yaml");
writeFileSync(config, stringify({ year: 2027, brands }));

async function generate(jobs) {
  const out = path.join(work, `out-j${jobs}`);
  const t = performance.now();
  const code = await runCli(
    ["generate", "--config", config, "--out", out, "--jobs", String(jobs), "--force"],
    io,
  );
  const ms = performance.now() - t;
  if (code !== 0) throw new Error(`generate --jobs ${jobs} exited ${code}`);
  return { ms, files: readdirSync(out).length };
}

/**
 * Every cell of a rendered workbook — values, formulas and texts, on every sheet — read back once,
 * outside the timed region, so the bare write below serialises exactly the same cells.
 */
async function cellsOf(buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer);
  return wb.worksheets.map((ws) => {
    const rows = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        cells.push([c, cell.value]);
      });
      rows.push([r, cells]);
    });
    return { name: ws.name, rows };
  });
}

/** The same cells written with exceljs and nothing else: no styles, tables, validation or formats. */
async function bareWrite(sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [r, cells] of sheet.rows) {
      const row = ws.getRow(r);
      for (const [c, v] of cells) row.getCell(c).value = v;
    }
  }
  await wb.xlsx.writeBuffer();
}

const render = (plan) =>
  renderPlanWorkbook(plan, { lang: plan.language, generator: { name: "planbook", version: "bench" } });

/** Render and bare write of each plan back to back, after a warm-up, so both see the same JIT and load. */
async function renderVsBare(plans) {
  const cells = [];
  for (const plan of plans) cells.push(await cellsOf(await render(plan)));
  for (let i = 0; i < 3; i++) await bareWrite(cells[i]);
  let renderMs = 0;
  let bareMs = 0;
  for (const [i, plan] of plans.entries()) {
    let t = performance.now();
    await render(plan);
    renderMs += performance.now() - t;
    t = performance.now();
    await bareWrite(cells[i]);
    bareMs += performance.now() - t;
  }
  return { renderMs, bareMs };
}

if (process.env.BENCH_ONLY !== "large") {
  const { configToPlans, parseConfig } = await import("../dist/index.js");
  const parsed = parseConfig(readFileSync(config, "utf8"), "brands50.yaml", "en");
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const plans = configToPlans(parsed.config, { defaultYear: 2027 });

  const { renderMs, bareMs } = await renderVsBare(plans);
  const j1 = await generate(1);
  const j2 = await generate(2);
  console.log("\ngeneration, 50 brands");
  console.log(
    `  generate --jobs 1: ${j1.ms.toFixed(0)} ms total, ${(j1.ms / 50).toFixed(1)} ms/workbook (${j1.files} files)`,
  );
  console.log(
    `  generate --jobs 2: ${j2.ms.toFixed(0)} ms total, ${(j2.ms / 50).toFixed(1)} ms/workbook (speed-up ${(j1.ms / j2.ms).toFixed(2)}×)`,
  );
  console.log(`  renderPlanWorkbook in-process (warm): ${(renderMs / 50).toFixed(1)} ms/workbook`);
  console.log(
    `  bare exceljs write of the same cells (no styles/tables/validation): ${(bareMs / 50).toFixed(1)} ms/workbook`,
  );
  console.log(`  ratio render / bare: ${(renderMs / bareMs).toFixed(2)}× (target ≤ 1.5×)`);
}

// ── 2. large workbook ────────────────────────────────────────────────────────────────────────
const GOALS = 2000;
const big = bigPlan(GOALS);
const bigFile = path.join(work, "big-2027.xlsx");
const t0 = performance.now();
writeFileSync(
  bigFile,
  await renderPlanWorkbook(big, {
    lang: "en",
    generator: { name: "planbook", version: "bench" },
    keyDateIdeas: false,
  }),
);
console.log(
  `\nlarge workbook: ${GOALS} goals × 12 months, 500 campaigns, 5,000 content rows — rendered in ${(performance.now() - t0).toFixed(0)} ms, ${(readFileSync(bigFile).length / 2 ** 20).toFixed(1)} MiB`,
);
for (const cmd of ["validate", "progress"]) {
  const out = execFileSync(process.execPath, [path.join(here, "measure.mjs"), cmd, bigFile], {
    cwd: work,
    encoding: "utf8",
  });
  const r = JSON.parse(out.trim().split("\n").pop());
  console.log(
    `  planbook ${cmd}: ${r.ms.toFixed(0)} ms wall, ${r.cpuMs.toFixed(0)} ms CPU (target < 3000 ms), peak RSS ${r.maxRssMB.toFixed(0)} MB, heap ${r.heapUsedMB.toFixed(0)} MB, exit ${r.code}`,
  );
}
if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
