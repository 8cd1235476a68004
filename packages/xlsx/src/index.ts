// The public API of @planbook/xlsx, named one by one: only what the CLI and the add-in's tests
// import. A name another package needs is added here by name; the rest stays inside the package.
// (`@planbook/xlsx/read` is the reader alone, for the CLI's validate chunk without exceljs.)

// Reading: an .xlsx file or buffer into the raw workbook the workbook package reads a plan from;
// file errors as values the CLI reports.
export { isWorkbookFileError } from "./read/errors";
export { readWorkbookBuffer, readWorkbookFile } from "./read/index";
// Rendering: a plan, or a portfolio roll-up, as a deterministic .xlsx (CLI generate/rollup).
export { renderPlanWorkbook } from "./render/render-plan";
export { renderRollupWorkbook } from "./render/rollup/index";

// Zip: the CLI's report bundles and tests reading and writing archive entries.
export { readEntries } from "./zip/read";
export { writeZip, type ZipEntry } from "./zip/write";
