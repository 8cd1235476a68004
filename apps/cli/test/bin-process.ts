import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { type BinResult, CLI_ROOT } from "./helpers";

/**
 * The BUILT bin as a child process, for `*.system.test.ts` only: what only the real process shows
 * (its exit status, signals, a closed pipe, worker threads from dist/, two runs at once). Tests of
 * what a command does use `runInProcess` (helpers.ts); `pnpm arch` fails if a unit test reaches
 * this module.
 */

export const BIN = path.join(CLI_ROOT, "dist", "bin.js");

export function assertBuilt(): void {
  if (!existsSync(BIN) || !existsSync(path.join(CLI_ROOT, "dist", "render-worker.js"))) {
    throw new Error(`${BIN} is missing: run "pnpm --filter planbook... build" before these tests`);
  }
}

export function runBin(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<BinResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: opts.cwd ?? CLI_ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "en_US.UTF-8", ...opts.env },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 180_000,
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
