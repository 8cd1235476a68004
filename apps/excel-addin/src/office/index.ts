/**
 * The add-in's Office.js binding: pure async functions that take an `Excel.RequestContext` (from
 * `Excel.run`) and never touch globals, so tests run them against packages/excel-sim.
 *
 * Commands (each a constant number of `context.sync()` calls whatever the plan size; each sync
 * goes through `guardedSync` with a timeout; writes split only past ~4 MB per request):
 *
 *   readRawWorkbook(context, { lang, timeoutMs? }): Promise<RawWorkbook>             — 2 syncs
 *   validateGoals(context, { lang, timeoutMs?, notes? }): Promise<ValidateGoalsResult> — 3 syncs
 *       → { findings: LocatedFinding[], summary: { errors, warnings, infos, goals, marked } }
 *       Writes only: the tblGoals Check column, fills + notes on offending cells (its "marks",
 *       remembered in workbook.settings "planbook.marks" and removed on the next run while they
 *       are still as written), and that setting.
 *   refreshProgress(context, { lang, chartGoalId?, timeoutMs? }): Promise<RefreshProgressResult> — 3 syncs
 *       → { progress: PlanProgress, findings, brand, chartGoalId, formulasSkipped }
 *       Writes only: tool-owned tblGoals formula columns except Check (one R1C1 formula per
 *       column), the Dashboard sheet (roll-ups A–F, chart data H–J) and its two charts
 *       (named "Planbook.ByDimension", "Planbook.Monthly"; the user's charts stay).
 *   createPlanSheets(context, { lang, year, brand, timeoutMs? }): Promise<CreatePlanSheetsResult> — 2 syncs
 *       Adds every sheet and table of the layout spec (names, headers, dropdowns, number formats,
 *       settings names, meta sheet, tool formulas, Dashboard, the generator's Guide and status
 *       colours) to the open workbook.
 *
 * Failures:
 *   - A condition the UI should handle rejects with `BindingFailure`, an Error whose own
 *     properties are the error value `{ code, tables, message }`:
 *       `tables.missing` (no goals table: offer Create plan sheets) from validate / refresh;
 *       `tables.exist` / `sheets.exist` from createPlanSheets, which then changed nothing.
 *   - A sync that does not settle in time rejects with `SyncTimeoutError`
 *     (`code: "sync.timeout"`, localised `message`, `step`, `timeoutMs`).
 *   - Anything else is Excel's own error (OfficeExtension.Error), passed through.
 * Messages are in the `lang` passed (zh-CN or en).
 */
export { type CreatePlanSheetsOptions, type CreatePlanSheetsResult, createPlanSheets } from "./create";
export {
  type BindingError,
  type BindingErrorCode,
  BindingFailure,
  SyncTimeoutError,
} from "./errors";
export { DEFAULT_SYNC_TIMEOUT_MS, type GuardOptions, guardedSync } from "./guarded-sync";
export { MARK_FILL, MARKS_SETTING, type Mark, type SavedMarks } from "./marks";
export type { SyncStep } from "./messages";
export { CHECK_OK, checkText } from "./planned-marks";
export {
  META_SHEET,
  type ReadOptions,
  rawCellOf,
  readRawWorkbook,
  readSnapshot,
  type WorkbookSnapshot,
} from "./read";
export {
  CHART_NAMES,
  type RefreshProgressOptions,
  type RefreshProgressResult,
  refreshProgress,
} from "./refresh";
export {
  type ValidateGoalsOptions,
  type ValidateGoalsResult,
  type ValidateSummary,
  validateGoals,
} from "./validate";
