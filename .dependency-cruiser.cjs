/**
 * Architecture checks (`pnpm arch`, run in CI). Two kinds:
 *
 * 1. Package layering: core ← workbook ← xlsx / excel-sim / cli / add-in. A package imports only
 *    packages below it; core imports no Node API (it is pure: no I/O).
 * 2. Folder cycles inside a package. The cycles that exist today (issue #10) are listed in KNOWN
 *    and reported as warnings; a cycle through any other folder is an error. Breaking a known
 *    cycle: remove its folders from KNOWN in the same commit, so it cannot come back.
 *
 * Paths are as resolved: `@planbook/core` resolves to packages/core/dist/… (the exports map),
 * so the layering rules match on the package folder, not on src/.
 */

/** Folders that are in a folder cycle today, by package (each group is one cycle today). */
const KNOWN = {
  core: ["calendar", "i18n", "metrics", "phasing", "progress", "validation"],
  xlsx: ["read", "render"],
};
const knownFolders = Object.entries(KNOWN).map(
  ([pkg, folders]) => `^packages/${pkg}/src/(${folders.join("|")})/?$`,
);
const knownPath = `(${knownFolders.join("|")})`;

/** Test code may reach across (the add-in's tests drive excel-sim and render with xlsx). */
const TEST = "(\\.test\\.ts$|\\.bench\\.ts$|/test/|/bench/|/test-support/|sim-fixtures\\.ts$)";

const layer = (name, fromPkg, forbidden, comment) => ({
  name,
  comment,
  severity: "error",
  from: { path: `^${fromPkg}/`, pathNot: TEST },
  // the folder when the import resolves, the package name when it does not (not a dependency)
  to: { path: `^(${forbidden.map((f) => `${f}/|${NAMES[f]}($|/)`).join("|")})` },
});

/** Package names of the folders, for imports that do not resolve (the package is no dependency). */
const NAMES = {
  "packages/workbook": "@planbook/workbook",
  "packages/xlsx": "@planbook/xlsx",
  "packages/excel-sim": "@planbook/excel-sim",
  "apps/excel-addin": "@planbook/excel-addin",
  "apps/cli": "planbook",
  apps: "(planbook|@planbook/excel-addin)",
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    layer(
      "core-imports-upward",
      "packages/core",
      ["packages/workbook", "packages/xlsx", "packages/excel-sim", "apps"],
      "core is the bottom layer: it imports no other package of the repository",
    ),
    layer(
      "workbook-imports-upward",
      "packages/workbook",
      ["packages/xlsx", "packages/excel-sim", "apps"],
      "workbook imports only core",
    ),
    layer(
      "xlsx-imports-upward",
      "packages/xlsx",
      ["packages/excel-sim", "apps"],
      "xlsx (the exceljs renderer and the reader) imports only core and workbook",
    ),
    layer(
      "excel-sim-imports-upward",
      "packages/excel-sim",
      ["packages/xlsx", "apps"],
      "excel-sim is test support for the add-in: it imports at most workbook and core",
    ),
    layer(
      "cli-imports-add-in",
      "apps/cli",
      ["apps/excel-addin", "packages/excel-sim"],
      "the CLI and the add-in are siblings",
    ),
    layer(
      "add-in-imports-node-side",
      "apps/excel-addin/src",
      ["apps/cli", "packages/xlsx", "packages/excel-sim"],
      "the add-in runs in Excel: outside its tests it uses core and workbook only",
    ),
    {
      name: "core-uses-node",
      comment: "core is pure (no I/O, no Node APIs), so it runs in the add-in and in any host",
      severity: "error",
      from: { path: "^packages/core/src/", pathNot: TEST },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "new-folder-cycle",
      comment:
        "a folder cycle that did not exist when the checks were added (see KNOWN in .dependency-cruiser.cjs)",
      severity: "error",
      scope: "folder",
      from: { pathNot: knownPath },
      to: { circular: true },
    },
    {
      name: "known-folder-cycle",
      comment: "a folder cycle that exists since before the checks (issue #10); break it, then shrink KNOWN",
      severity: "warn",
      scope: "folder",
      from: { path: knownPath },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|node_modules|coverage)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".mts", ".js", ".mjs", ".d.ts"],
    },
  },
};
