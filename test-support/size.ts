/**
 * How many cases a test runs. The fast loop (`pnpm test:unit`) sets PLANBOOK_TESTS=unit in its
 * workers (vitest.shared.ts's `testConfig("unit")`): it runs each check on fewer or smaller cases,
 * so it takes seconds; the full suite (`pnpm test`, CI, the README) runs them at the size the
 * check was written for. Tests take their size from here and never read the variable themselves,
 * so this is the one place that decides; vitest.shared.ts uses the same switch to leave out the
 * system tests.
 */
export const FAST_LOOP = process.env.PLANBOOK_TESTS === "unit";

/** `full` in the full suite, `fast` in `pnpm test:unit`. */
export function testSize<T>(sizes: { full: T; fast: T }): T {
  return FAST_LOOP ? sizes.fast : sizes.full;
}
