import { configDefaults, type ViteUserConfig } from "vitest/config";
import { FAST_LOOP } from "./test-support/size";

/**
 * Tests that drive a program outside Node (LibreOffice, Chromium, openpyxl, xmllint, ssconvert,
 * pdftotext …, installed by `pnpm setup:system`), start the built CLI as a child process, or run a
 * unit test's check at full scale are named `*.system.test.ts`. The fast loop (`pnpm test:unit`,
 * vitest.unit.config.ts, or a package's tests under PLANBOOK_TESTS=unit) leaves them out, so it
 * needs no system package and takes seconds, not minutes; `pnpm test` (CI, the README) runs everything. Name a new test file by this
 * convention — there is no list to edit.
 */
const SYSTEM_TESTS = "**/*.system.test.ts";

/**
 * Tests resolve workspace packages to their sources, so a change in core is seen by the
 * workbook tests without a rebuild; builds and typecheck still go through dist. Each package's
 * exports map names its source entry under the `@planbook/source` condition (a name of our own:
 * a consumer's tool that honours a plain `source` condition must not pick up the TypeScript
 * sources, which the published packages do not ship). The other conditions are Vite's defaults
 * (setting conditions replaces them).
 */
const SOURCE = "@planbook/source";

/** The vitest config of one package, for the full suite or (`unit`) the fast loop. */
export function testConfig(suite: "full" | "unit"): ViteUserConfig {
  const fast = suite === "unit";
  return {
    resolve: { conditions: [SOURCE, "module", "browser", "development|production"] },
    ssr: { resolve: { conditions: [SOURCE, "module", "node", "development|production"] } },
    test: {
      include: TEST_FILES,
      exclude: fast ? [...configDefaults.exclude, SYSTEM_TESTS] : configDefaults.exclude,
      // The fast loop runs a worker's test files in one module graph: each file re-importing
      // exceljs, zod and the package sources was most of its time (core: 45 s → 11 s wall at load
      // 14, CPU 17 s → 5 s). The full suite still isolates every file, so a test that only passes
      // because an earlier file left state behind fails there, in CI.
      isolate: !fast,
      // testSize() reads it in the workers (test-support/size.ts).
      env: { PLANBOOK_TESTS: suite },
      testTimeout: 60_000,
      hookTimeout: 120_000,
      benchmark: { include: ["bench/**/*.bench.ts", "src/**/*.bench.ts"] },
    },
  };
}

/** A package's test files, relative to the package. */
export const TEST_FILES = ["src/**/*.test.ts", "test/**/*.test.ts"];

/** A package's vitest config: the fast loop when `PLANBOOK_TESTS=unit`, else the full suite. */
export const sharedTestConfig = testConfig(FAST_LOOP ? "unit" : "full");
