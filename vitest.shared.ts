import { fileURLToPath } from "node:url";
import { configDefaults, type ViteUserConfig } from "vitest/config";

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

/**
 * Tests that drive a program outside Node (LibreOffice, Chromium, openpyxl, xmllint, ssconvert,
 * pdftotext …, installed by `pnpm setup:system`) are named `*.system.test.ts`. `pnpm test:unit`
 * sets PLANBOOK_TESTS=unit and leaves them out, so the fast loop needs no system package;
 * `pnpm test` (CI, the README) runs everything. Name a new test file by this convention — there
 * is no list to edit.
 */
const SYSTEM_TESTS = "**/*.system.test.ts";
const unitOnly = process.env.PLANBOOK_TESTS === "unit";

/**
 * Tests resolve workspace packages to their sources, so a change in core is seen by the
 * workbook tests without a rebuild; builds and typecheck still go through dist (exports map).
 */
export const sharedTestConfig: ViteUserConfig = {
  resolve: {
    alias: {
      "@planbook/core": src("core"),
      "@planbook/workbook": src("workbook"),
      // before "@planbook/xlsx", which would otherwise match it as a prefix
      "@planbook/xlsx/read": fileURLToPath(new URL("./packages/xlsx/src/read/index.ts", import.meta.url)),
      "@planbook/xlsx": src("xlsx"),
      "@planbook/excel-sim": src("excel-sim"),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: unitOnly ? [...configDefaults.exclude, SYSTEM_TESTS] : configDefaults.exclude,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    benchmark: { include: ["bench/**/*.bench.ts", "src/**/*.bench.ts"] },
  },
};
