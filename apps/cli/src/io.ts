import type { Language } from "@planbook/core";
import pc from "picocolors";

/** Where the CLI talks to; tests pass their own. */
export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The clock, read only at the edge (the default plan year is next year). */
  now: () => Date;
}

export type Colors = ReturnType<typeof pc.createColors>;

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
export function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Colors {
  return pc.createColors(Boolean(stream.isTTY) && !env.NO_COLOR);
}

/** What every command gets: the streams, the CLI's own language and colour functions. */
export interface Ctx {
  io: CliIO;
  lang: Language;
  out: Colors;
  err: Colors;
}

export function println(stream: { write(s: string): unknown }, line = ""): void {
  stream.write(`${line}\n`);
}

/** Exit codes of docs/design.md#cli. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/**
 * Columns a human table may use: the terminal's width, or $COLUMNS when set (scripts, `watch`);
 * undefined — as wide as the text — for a pipe or file, and with --wide.
 */
export function tableWidth(io: CliIO, wide: boolean): number | undefined {
  if (wide) return undefined;
  const fromEnv = Number(io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : undefined;
}
