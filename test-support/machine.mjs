import os from "node:os";

/** The 1, 5 and 15 minute load averages, for benchmark output (ratios mean little without them). */
export function loadText() {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}

/** The line every benchmark prints first: cpu, cores, memory, node and load. */
export function machineLine() {
  const cpus = os.cpus();
  return `machine: ${cpus[0]?.model ?? "unknown cpu"} × ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, load ${loadText()}`;
}
