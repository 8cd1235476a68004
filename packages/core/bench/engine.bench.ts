import { afterAll, bench, describe } from "vitest";
import { computeProgress, type Plan, validatePlan } from "../src";
import { generatePlan } from "./generate";
import { type Machine, machineNow, median, type Sample, summaryTable } from "./summary";

/**
 * Engine cost for 1k, 10k and 100k goals with 12 months of actuals each. Targets: linear growth
 * (100k ≤ 12 × 10k) and validate + progress of 100k goals under 1 s.
 *
 * How it stays honest:
 * - every plan is generated before any bench runs (here, while the file is collected);
 * - each task warms up first (JIT), and warm-up calls are not recorded;
 * - each recorded sample is one call, timed as wall clock and as CPU time of the process
 *   (user + system, all threads, so garbage collection on helper threads counts);
 * - the engine keeps nothing between calls (every call indexes the plan afresh), so running the
 *   same plan again measures the whole cost, not a cache;
 * - the summary reports medians, the spread, and the machine's load, so a busy machine shows.
 */

const SIZES = [1_000, 10_000, 100_000] as const;
type Size = (typeof SIZES)[number];
/** Warm-up and recorded calls per task: fewer for the big plan, where one call takes ~1 s. */
const RUNS: Record<Size, { warmup: number; recorded: number }> = {
  1000: { warmup: 20, recorded: 41 },
  10000: { warmup: 5, recorded: 15 },
  100000: { warmup: 2, recorded: 7 },
};

type Task = "progress" | "validate" | "validate+progress";
const TASKS: Record<Task, (plan: Plan) => unknown> = {
  progress: (plan) => computeProgress(plan),
  validate: (plan) => validatePlan(plan),
  "validate+progress": (plan) => [validatePlan(plan), computeProgress(plan)],
};

const plans = new Map<Size, Plan>(SIZES.map((size) => [size, generatePlan(size)]));
const samples = new Map<string, Sample[]>();
const machineAtStart: Machine = machineNow();

for (const size of SIZES) {
  describe(`${size.toLocaleString("en")} goals`, () => {
    for (const [task, run] of Object.entries(TASKS) as [Task, (plan: Plan) => unknown][]) {
      const recorded: Sample[] = [];
      samples.set(`${task}@${size}`, recorded);
      const plan = plans.get(size)!;
      let recording = false;
      bench(
        task,
        // async: tinybench then skips its untimed probe call of the function.
        async () => {
          const cpu0 = process.cpuUsage();
          const t0 = performance.now();
          run(plan);
          const wall = performance.now() - t0;
          const cpu = process.cpuUsage(cpu0);
          if (recording) recorded.push({ wall, cpu: (cpu.user + cpu.system) / 1000 });
          // Let the worker answer vitest's RPC between long calls (it times out after 60 s).
          await new Promise((resolve) => setImmediate(resolve));
        },
        {
          warmupIterations: RUNS[size].warmup,
          warmupTime: 0,
          iterations: RUNS[size].recorded,
          time: 0,
          setup: (_task, mode) => {
            recording = mode === "run";
          },
        },
      );
    }
  });
}

afterAll(() => {
  const ms = (task: Task, size: Size, kind: keyof Sample) =>
    median((samples.get(`${task}@${size}`) ?? []).map((s) => s[kind]));
  console.log(
    summaryTable({
      sizes: SIZES,
      tasks: Object.keys(TASKS) as Task[],
      samples: (task, size) => samples.get(`${task}@${size}`) ?? [],
      machine: { start: machineAtStart, end: machineNow() },
    }),
  );
  // A run that recorded nothing (a filtered or broken bench) must not read as a pass.
  if (!Number.isFinite(ms("validate+progress", 100_000, "cpu"))) console.log("no 100k samples recorded");
});
