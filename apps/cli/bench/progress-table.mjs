// Bench (run after `pnpm --filter planbook... build`): `pnpm --filter planbook bench:table`.
// `planbook progress` of one workbook with 20,000 goals: the human table against `--json` on the
// same file in the same run (both read the workbook; the difference is the output). Target: the
// table within 2× of the JSON — it was 10× with cli-table3, whose layout is quadratic in rows.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Plan } from "@planbook/core";
import { renderPlanWorkbook } from "@planbook/xlsx";
import { loadText, machineLine } from "../../../test-support/machine.mjs";

// BENCH_DIST: a copy of dist/ to import, so rebuilding during a long run cannot pull it away
const { runCli } = await import(process.env.BENCH_DIST ?? "../dist/index.js");
const GOALS = Number(process.env.GOALS ?? 20_000);
const RUNS = 3;
const work = mkdtempSync(path.join(os.tmpdir(), "planbook-table-bench-"));
console.log(machineLine());

const channels = ["小红书", "抖音", "Instagram", "视频号", "YouTube"];
const plan = Plan.parse({
  brand: { id: "big", name: "Big Brand" },
  year: 2027,
  language: "zh-CN",
  objectives: [{ id: "O1", objective: "Grow", weight: 1 }],
  channels: channels.map((channel) => ({ channel })),
  goals: Array.from({ length: GOALS }, (_, i) => ({
    id: `G${i + 1}`,
    objectiveId: "O1",
    dimension: "growth",
    metric: `指标 ${i + 1} followers on the main account`,
    channel: channels[i % channels.length],
    unit: i % 3 === 0 ? "percent" : "count",
    aggregation: "sum",
    direction: "increase",
    baseline: 1000 + i,
    target: i % 3 === 0 ? 0.3 : 200_000 + i * 2,
  })),
  actuals: Array.from({ length: GOALS }, (_, i) => ({
    goalId: `G${i + 1}`,
    months: Array.from({ length: 12 }, (_, m) => (m < 6 ? 10_000 + ((i * 7 + m * 13) % 997) : null)),
  })),
});
const file = path.join(work, "big-2027.xlsx");
let t = performance.now();
writeFileSync(
  file,
  await renderPlanWorkbook(plan, { lang: "zh-CN", generator: { name: "planbook", version: "bench" } }),
);
console.log(`${GOALS} goals rendered in ${(performance.now() - t).toFixed(0)} ms`);

let bytes = 0;
const sink = {
  write: (s) => {
    bytes += s.length;
    return true;
  },
  isTTY: false,
};
async function run(args) {
  bytes = 0;
  const io = {
    stdout: sink,
    stderr: sink,
    env: { LANG: "zh_CN.UTF-8", COLUMNS: "120" },
    cwd: work,
    now: () => new Date(),
  };
  t = performance.now();
  const code = await runCli(args, io);
  if (code === 2) throw new Error(`${args.join(" ")} exited 2`);
  return { ms: performance.now() - t, bytes };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const json = [];
const table = [];
for (let i = 0; i < RUNS; i++) {
  json.push(await run(["progress", "--json", file]));
  table.push(await run(["progress", file]));
}
const j = median(json.map((r) => r.ms));
const h = median(table.map((r) => r.ms));
console.log(
  `progress --json: ${j.toFixed(0)} ms (median of ${RUNS}, ${(json[0].bytes / 2 ** 20).toFixed(1)} MiB)`,
);
console.log(
  `progress table : ${h.toFixed(0)} ms (median of ${RUNS}, ${(table[0].bytes / 2 ** 20).toFixed(1)} MiB, 120 columns)`,
);
console.log(`ratio table / json: ${(h / j).toFixed(2)}× (target ≤ 2×), load ${loadText()}`);
rmSync(work, { recursive: true, force: true });
