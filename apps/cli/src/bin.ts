#!/usr/bin/env node
import { runCli } from "./run";

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // runCli catches everything; this is the last line of defence, still without a stack trace
    process.stderr.write(`planbook: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
