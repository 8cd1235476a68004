// Runs one CLI command in this fresh process and prints its wall time and peak memory as JSON.
// Usage: node bench/measure.mjs validate|progress FILE
import { runCli } from "../dist/index.js";

const sink = { write: () => true, isTTY: false };
const started = performance.now();
const cpu0 = process.cpuUsage();
const code = await runCli([process.argv[2], "--json", ...process.argv.slice(3)], {
  stdout: sink,
  stderr: { write: (s) => process.stderr.write(s), isTTY: false },
  env: { LANG: "en_US.UTF-8" },
  cwd: process.cwd(),
  now: () => new Date(),
});
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const { maxRSS } = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({ code, ms, cpuMs, maxRssMB: maxRSS / 1024, heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20 })}\n`,
);
