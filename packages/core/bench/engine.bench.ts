import { afterAll, bench, describe } from "vitest";
import { computeProgress, type Plan, validatePlan } from "../src";
import { generatePlan } from "./generate";
import {
  type Machine,
  machineNow,
  median,
  pageFaultMicros,
  type Sample,
  summaryTable,
  timeCall,
} from "./summary";

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
 *
 * Two readings explain a ratio above 12 rather than hide it (the target is still judged on the
 * plain 10k and 100k medians): the page faults each call takes, with what one costs on this
 * machine, and the same 100k goals as ten different 10k plans validated and tracked in turn. A
 * 10k plan run again and again stays in the CPU caches and V8's young generation; a 100k plan
 * and its result do not, and neither do ten 10k plans taken one after another.
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
      let recording = false;
      bench(
        task,
        // async: tinybench then skips its untimed probe call of the function.
        async () => {
          const plan = plans.get(size)!;
          const sample = timeCall(() => run(plan));
          if (recording) recorded.push(sample);
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

/**
 * The 100k goals again, as ten different 10k plans (other seeds): one sample is a round of all ten.
 * Built after the other runs, with their plans let go, so that neither reading carries the other's
 * memory.
 */
let tenPlans: Plan[] = [];
const tenPlanSamples: Sample[] = [];
describe("100,000 goals as ten 10,000-goal plans", () => {
  let recording = false;
  bench(
    "validate+progress",
    async () => {
      // Built on the first warm-up call (vitest's bench runs no beforeAll), outside the timing.
      if (tenPlans.length === 0) {
        plans.clear();
        tenPlans = Array.from({ length: 10 }, (_, i) => generatePlan(10_000, 1_000 + i));
      }
      const sample = timeCall(() => {
        for (const plan of tenPlans) TASKS["validate+progress"](plan);
      });
      if (recording) tenPlanSamples.push(sample);
      await new Promise((resolve) => setImmediate(resolve));
    },
    {
      warmupIterations: RUNS[100_000].warmup,
      warmupTime: 0,
      iterations: RUNS[100_000].recorded,
      time: 0,
      setup: (_task, mode) => {
        recording = mode === "run";
      },
    },
  );
});

afterAll(() => {
  const ms = (task: Task, size: Size, kind: keyof Sample) =>
    median((samples.get(`${task}@${size}`) ?? []).map((s) => s[kind]));
  console.log(
    summaryTable({
      sizes: SIZES,
      tasks: Object.keys(TASKS) as Task[],
      samples: (task, size) => samples.get(`${task}@${size}`) ?? [],
      machine: { start: machineAtStart, end: machineNow() },
      tenPlans: tenPlanSamples,
      faultMicros: pageFaultMicros(),
    }),
  );
  // A run that recorded nothing (a filtered or broken bench) must not read as a pass.
  if (!Number.isFinite(ms("validate+progress", 100_000, "cpu"))) console.log("no 100k samples recorded");
});
