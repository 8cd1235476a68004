import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { parse } from "yaml";
import { TEST_FILES, testConfig } from "./vitest.shared";

/**
 * `pnpm test:unit`: every package's unit tests in one vitest run, as one project. Six runs (one
 * per package, through turbo) each started vitest, transformed the shared sources again and loaded
 * exceljs, zod and the sources into workers of their own: half the loop's CPU. Here each worker
 * loads them once for all the files it runs (`isolate: false`). The packages' own configs stay
 * for the full suite, where turbo runs each package's tests after its build.
 */

/** The workspace's package folders, as pnpm-workspace.yaml lists them (`packages/*`, `apps/*`). */
const workspace: string[] = parse(
  readFileSync(new URL("pnpm-workspace.yaml", import.meta.url), "utf8"),
).packages;

const unit = testConfig("unit");

export default defineConfig({
  ...unit,
  test: {
    ...unit.test,
    include: workspace.flatMap((folder) => TEST_FILES.map((pattern) => `${folder}/${pattern}`)),
    // One worker per core: the main process only transforms and reports, and the tests are
    // CPU-bound (vitest's default leaves a core to the main process: 30 s → 23 s wall on 2 cores).
    maxWorkers: availableParallelism(),
  },
});
