/**
 * Architecture checks (`pnpm arch`, run in CI). Two kinds:
 *
 * 1. Package layering: core ← workbook ← xlsx / cli / add-in; excel-sim (test support) imports none. A package imports only
 *    packages below it; core imports no Node API (it is pure: no I/O).
 * 2. No folder cycle inside a package (issue #10 broke the last ones): the folders of a package
 *    are layered too, so each can be read and tested knowing only the folders below it.
 *
 * Paths are as resolved: `@planbook/core` resolves to packages/core/src/index.ts through the
 * `@planbook/source` condition of its exports map (as in the tests), so the check follows imports
 * into the sources and needs no build; the layering rules match on the package folder.
 */

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
  "packages/core": "@planbook/core",
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
      ["packages/core", "packages/workbook", "packages/xlsx", "apps"],
      "excel-sim is the add-in's test oracle: it imports no package of the repository, so it cannot share a bug with the code it checks",
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
      name: "folder-cycle",
      comment:
        "two folders of a package import each other (directly or round a loop): move the shared part into a folder both may import",
      severity: "error",
      scope: "folder",
      from: {},
      to: { circular: true },
    },
    {
      name: "module-cycle",
      comment: "modules that import each other: a cycle at runtime, whatever the folders",
      severity: "error",
      from: {},
      // every import round the loop is a runtime one (a loop closed by a type-only import is no cycle at runtime)
      to: {
        circular: true,
        dependencyTypesNot: ["type-only"],
        viaOnly: { dependencyTypesNot: ["type-only"] },
      },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|node_modules|coverage)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["@planbook/source", "import", "require", "node", "default", "types"],
      extensions: [".ts", ".mts", ".js", ".mjs", ".d.ts"],
    },
  },
};
