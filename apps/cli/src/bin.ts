#!/usr/bin/env node
import { runCli } from "./run";
import { removeOwnTempFilesSync } from "./temp-files";

// Ctrl-C / kill: remove the temp files this run has open, then exit with the shell's convention
// (128 + signal number), so no hidden half-written workbook stays in the output folder.
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.once(signal, () => {
    removeOwnTempFilesSync();
    process.exit(code);
  });
}

// A closed pipe (`planbook validate x.xlsx | head -1`): the reader wants no more, so stop quietly,
// as `cat` and `git log` do, rather than dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") {
      removeOwnTempFilesSync();
      process.exit(0);
    }
    throw e;
  });
}

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
