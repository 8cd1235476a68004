import { createRequire } from "node:module";
import type cliProgressModule from "cli-progress";
import type { CliIO } from "../io";

export interface ProgressBar {
  tick(): void;
  /** Prints a line without tearing the bar (to stderr unless a stream is given). */
  log(line: string, stream?: { write(s: string): unknown }): void;
  stop(): void;
}

/** A bar on stderr for batches, only when stderr is a terminal; otherwise lines pass straight through. */
export function startProgressBar(io: CliIO, label: string, total: number): ProgressBar {
  if (!io.stderr.isTTY || total < 2) {
    return {
      tick() {},
      log(line, stream = io.stderr) {
        stream.write(`${line}\n`);
      },
      stop() {},
    };
  }
  // loaded only when a bar is drawn (a TTY and a batch): start-up of every other run skips it
  const cliProgress = createRequire(import.meta.url)("cli-progress") as typeof cliProgressModule;
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: `${label} [{bar}] {value}/{total}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    tick() {
      bar.increment();
    },
    log(line, stream = io.stderr) {
      // cli-progress redraws on the next tick; clear the line so the text is not mixed with the bar
      io.stderr.write("\r\x1b[K");
      stream.write(`${line}\n`);
      bar.render();
    },
    stop() {
      bar.stop();
    },
  };
}
