import { cpus, loadavg } from "node:os";

/**
 * One timed call: wall-clock and CPU milliseconds (user + system, all threads of the process), and
 * the minor page faults it took (first touches of memory fresh from the OS).
 */
export interface Sample {
  wall: number;
  cpu: number;
  faults: number;
}

/** Times one call of `run` as a Sample. */
export function timeCall(run: () => unknown): Sample {
  const faults0 = process.resourceUsage().minorPageFault;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    wall,
    cpu: (cpu.user + cpu.system) / 1000,
    faults: process.resourceUsage().minorPageFault - faults0,
  };
}

/**
 * What one minor page fault costs on this machine, in microseconds: the time to touch each 4 KiB
 * page of a fresh 64 MiB buffer, per fault taken. Bare metal takes well under 1 µs; a virtual
 * machine that hands memory back to its host can take ten times that and more, and then every
 * megabyte a call needs beyond what the process already holds shows in its time.
 */
export function pageFaultMicros(): number {
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const faults0 = process.resourceUsage().minorPageFault;
    const t0 = performance.now();
    const buffer = new Uint8Array(64 << 20);
    for (let i = 0; i < buffer.length; i += 4096) buffer[i] = 1;
    const ms = performance.now() - t0;
    const faults = process.resourceUsage().minorPageFault - faults0;
    if (faults > 0) runs.push((1000 * ms) / faults);
  }
  return median(runs);
}

/** What the machine was like: a loaded machine inflates wall time, and CPU time less so. */
export interface Machine {
  cpuModel: string;
  cores: number;
  /** 1, 5 and 15 minute load averages. */
  load: readonly [number, number, number];
  node: string;
}

export function machineNow(): Machine {
  const cpu = cpus();
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return {
    cpuModel: cpu[0]?.model.trim() || "unknown CPU",
    cores: cpu.length,
    load: [one, five, fifteen],
    node: process.version,
  };
}

/** Median; NaN when there are no values (so an empty run can never pass a target). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The engine's targets, checked on validate + progress. */
const TARGETS = { maxRatio: 12, maxMs: 1000, small: 10_000, large: 100_000 } as const;

export interface Verdict {
  kind: keyof Sample;
  /** Median at 100k / median at 10k. */
  ratio: number;
  ratioMet: boolean;
  /** Median ms at 100k. */
  ms: number;
  msMet: boolean;
}

/** Medians against the targets; a missing median (NaN) misses. */
export function verdict(kind: keyof Sample, small: readonly Sample[], large: readonly Sample[]): Verdict {
  const ms = median(large.map((s) => s[kind]));
  const ratio = ms / median(small.map((s) => s[kind]));
  return { kind, ratio, ratioMet: ratio <= TARGETS.maxRatio, ms, msMet: ms < TARGETS.maxMs };
}

export interface SummaryInput<Task extends string> {
  sizes: readonly number[];
  tasks: readonly Task[];
  samples: (task: Task, size: number) => readonly Sample[];
  machine: { start: Machine; end: Machine };
  /** validate+progress over ten different 10k plans in turn, one sample per round of ten. */
  tenPlans?: readonly Sample[];
  /** pageFaultMicros() of this run. */
  faultMicros?: number;
}

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const loads = (m: Machine) => m.load.map((l) => l.toFixed(1)).join(" ");
const met = (ok: boolean) => (ok ? "met" : "MISSED");

/** The summary printed after the bench: medians per task and size, ratios, targets, machine. */
export function summaryTable<Task extends string>(input: SummaryInput<Task>): string {
  const { sizes, tasks, samples, machine } = input;
  const { start, end } = machine;
  const width = 22;
  const lines = [
    "",
    `Planbook engine benchmark — ${start.cpuModel}, ${start.cores} cores, Node ${start.node}`,
    `load average (1/5/15 min): ${loads(start)} at start, ${loads(end)} at end` +
      (Math.max(start.load[0], end.load[0]) > start.cores
        ? ` — above ${start.cores}: other processes shared the CPUs, wall times are inflated`
        : ""),
    "median ms per call as wall / CPU, [min–max CPU], (calls recorded)",
    "task".padEnd(20) +
      sizes.map((s) => `${s.toLocaleString("en")} goals`.padStart(width)).join("") +
      "100k/10k wall".padStart(15) +
      "CPU".padStart(7),
  ];
  for (const task of tasks) {
    const cells = sizes.map((size) => {
      const runs = samples(task, size);
      const cpu = runs.map((s) => s.cpu);
      const head = `${fixed(median(runs.map((s) => s.wall)), 1)} / ${fixed(median(cpu), 1)}`;
      return head.padStart(width);
    });
    const spread = sizes.map((size) => {
      const cpu = samples(task, size).map((s) => s.cpu);
      const range = cpu.length === 0 ? "–" : `[${fixed(Math.min(...cpu), 0)}–${fixed(Math.max(...cpu), 0)}]`;
      return `${range} (${cpu.length})`.padStart(width);
    });
    const ratio = (kind: keyof Sample) =>
      verdict(kind, samples(task, TARGETS.small), samples(task, TARGETS.large)).ratio;
    lines.push(
      task.padEnd(20) +
        cells.join("") +
        fixed(ratio("wall"), 2).padStart(15) +
        fixed(ratio("cpu"), 2).padStart(7),
      "".padEnd(20) + spread.join(""),
    );
  }
  const both = "validate+progress" as Task;
  const faults = (runs: readonly Sample[]) => median(runs.map((s) => s.faults));
  const perFault = input.faultMicros ?? Number.NaN;
  lines.push(
    "validate+progress, minor page faults per call (median): " +
      sizes
        .map((size) => `${size.toLocaleString("en")}: ${fixed(faults(samples(both, size)), 0)}`)
        .join(", ") +
      `; one fault costs ${fixed(perFault, 1)} µs here (64 MiB first-touch test)` +
      ` → ≈ ${fixed((faults(samples(both, TARGETS.large)) * perFault) / 1000, 0)} ms of the 100k call`,
  );
  if (input.tenPlans !== undefined) {
    const ten = input.tenPlans;
    const large = samples(both, TARGETS.large);
    lines.push(
      "same goals in ten different 10k plans, one call each (each plan out of cache, as the 100k one is):",
      `  ${fixed(median(ten.map((s) => s.wall)), 1)} / ${fixed(median(ten.map((s) => s.cpu)), 1)} ms` +
        ` for all ten, ${fixed(faults(ten), 0)} faults;` +
        ` the 100k plan costs ${fixed(median(large.map((s) => s.wall)) / median(ten.map((s) => s.wall)), 2)} (wall)` +
        ` / ${fixed(median(large.map((s) => s.cpu)) / median(ten.map((s) => s.cpu)), 2)} (CPU) times as much`,
    );
  }
  lines.push("targets for validate+progress (medians):");
  for (const kind of ["cpu", "wall"] as const) {
    const v = verdict(kind, samples(both, TARGETS.small), samples(both, TARGETS.large));
    lines.push(
      `  ${kind.padEnd(4)}  100k/10k ≤ ${TARGETS.maxRatio}: ${fixed(v.ratio, 2)} ${met(v.ratioMet)}` +
        `   100k < ${TARGETS.maxMs} ms: ${fixed(v.ms, 0)} ms ${met(v.msMet)}`,
    );
  }
  return lines.join("\n");
}
