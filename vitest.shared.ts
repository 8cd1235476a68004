import { fileURLToPath } from "node:url";
import type { ViteUserConfig } from "vitest/config";

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

/**
 * Tests resolve workspace packages to their sources, so a change in core is seen by the
 * workbook tests without a rebuild; builds and typecheck still go through dist (exports map).
 */
export const sharedTestConfig: ViteUserConfig = {
  resolve: {
    alias: {
      "@planbook/core": src("core"),
      "@planbook/workbook": src("workbook"),
      "@planbook/xlsx": src("xlsx"),
      "@planbook/excel-sim": src("excel-sim"),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    benchmark: { include: ["bench/**/*.bench.ts", "src/**/*.bench.ts"] },
  },
};
