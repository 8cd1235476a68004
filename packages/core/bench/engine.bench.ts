import { cpus, loadavg } from "node:os";
import { afterAll, bench, describe } from "vitest";
import { computeProgress, type Plan, validatePlan } from "../src";
import { generatePlan } from "./generate";

/**
 * Engine cost for 1k, 10k and 100k goals with 12 months of actuals each. Targets: linear growth
 * (100k ≤ 12 × 10k) and validate + progress of 100k goals under 1 s. tinybench keeps its samples
 * to itself, so each task also records its own wall and CPU time for the summary printed at the
 * end. CPU time is shown because on a shared machine wall time mostly measures the neighbours.
 */
const SIZES = [1_000, 10_000, 100_000] as const;
type Task = "progress" | "validate" | "validate+progress";
const TASKS: Record<Task, (plan: Plan) => unknown> = {
  progress: (plan) => computeProgress(plan),
  validate: (plan) => validatePlan(plan),
  "validate+progress": (plan) => [validatePlan(plan), computeProgress(plan)],
};

interface Sample {
  wall: number;
  cpu: number;
}
const samples = new Map<string, Sample[]>();
const plans = new Map<number, Plan>();
const planOfSize = (size: number): Plan => {
  let plan = plans.get(size);
  if (plan === undefined) {
    plan = generatePlan(size);
    plans.set(size, plan);
  }
  return plan;
};

for (const size of SIZES) {
  describe(`${size.toLocaleString("en")} goals`, () => {
    for (const [task, run] of Object.entries(TASKS) as [Task, (plan: Plan) => unknown][]) {
      const key = `${task}@${size}`;
      samples.set(key, []);
      bench(
        task,
        async () => {
          const plan = planOfSize(size);
          const cpu0 = process.cpuUsage();
          const t0 = performance.now();
          run(plan);
          const wall = performance.now() - t0;
          const cpu = process.cpuUsage(cpu0);
          samples.get(key)!.push({ wall, cpu: (cpu.user + cpu.system) / 1000 });
          // Let the worker answer vitest's RPC between long iterations (it times out after 60 s).
          if (size >= 10_000) await new Promise((resolve) => setImmediate(resolve));
        },
        // Big plans: fewer, longer iterations; warm-up iterations are not in tinybench's figures.
        size >= 100_000 ? { iterations: 6, time: 0, warmupIterations: 1 } : { time: 500 },
      );
    }
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

afterAll(() => {
  const cpu = cpus();
  const ms = (task: Task, size: number, kind: keyof Sample) =>
    median((samples.get(`${task}@${size}`) ?? []).map((s) => s[kind]));
  const lines = [
    "",
    `Planbook engine benchmark — ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, Node ${process.version}, ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    "median ms per call, wall / CPU",
    `${"task".padEnd(20)}${SIZES.map((s) => `${s.toLocaleString("en")} goals`.padStart(18)).join("")}` +
      `${"100k/10k wall".padStart(15)}${"100k/10k CPU".padStart(14)}`,
  ];
  for (const task of Object.keys(TASKS) as Task[]) {
    const cells = SIZES.map((s) =>
      `${ms(task, s, "wall").toFixed(1)} / ${ms(task, s, "cpu").toFixed(1)}`.padStart(18),
    );
    const ratio = (kind: keyof Sample) => (ms(task, 100_000, kind) / ms(task, 10_000, kind)).toFixed(2);
    lines.push(
      `${task.padEnd(20)}${cells.join("")}${ratio("wall").padStart(15)}${ratio("cpu").padStart(14)}`,
    );
  }
  const verdict = (kind: keyof Sample) => {
    const both = ms("validate+progress", 100_000, kind);
    const ratio = both / ms("validate+progress", 10_000, kind);
    return (
      `${kind}: 100k/10k ≤ 12 → ${ratio.toFixed(2)} ${ratio <= 12 ? "ok" : "MISSED"}; ` +
      `100k validate+progress < 1000 ms → ${both.toFixed(0)} ms ${both < 1000 ? "ok" : "MISSED"}`
    );
  };
  lines.push(`targets, ${verdict("wall")}`, `targets, ${verdict("cpu")}`);
  console.log(lines.join("\n"));
});
