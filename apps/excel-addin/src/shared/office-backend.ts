import type { Language } from "@planbook/core";
import { type ExcelRunner, LiveCheck } from "../office/live-check";
import { refreshProgress } from "../office/refresh";
import { validateGoals } from "../office/validate";
import type { PlanbookBackend } from "./backend";
import { withTimeout } from "./timeout";

/**
 * The add-in's Office.js binding in src/office/, imported module by module (an index would put
 * Create plan sheets and lunar-typescript in every page's first chunk): pure async functions that
 * take an `Excel.RequestContext` (from `Excel.run`) and never touch globals, so tests run them
 * against packages/excel-sim.
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

/** Selecting one cell is a tiny request: when it takes this long, Excel has stopped answering. */
const SELECT_TIMEOUT_MS = 15_000;

/** Notes on marked cells need ExcelApi 1.18; older hosts get the fill only. */
const notesSupported = () => Office.context.requirements.isSetSupported("ExcelApi", "1.18");

/** The document setting that keeps the Live check switch with the workbook. */
const LIVE_CHECK_SETTING = "planbook.liveCheck";

/**
 * The task pane's and the ribbon's way into the live workbook: each call is one Excel.run of the
 * binding in src/office. Failures reject with the binding's error values (see toPaneError).
 */

export function officeBackend(lang: Language): PlanbookBackend {
  let live: LiveCheck | null = null;
  return {
    validate: () =>
      Excel.run(async (context) => {
        const result = await validateGoals(context, { lang, notes: notesSupported() });
        // With Live check on, its next check starts from the marks this run wrote.
        live?.adopt(result);
        return { findings: result.findings };
      }),
    refresh: (chartGoalId) =>
      Excel.run(async (context) => {
        const result = await refreshProgress(context, chartGoalId ? { lang, chartGoalId } : { lang });
        return {
          progress: result.progress,
          brand: result.brand,
          chartGoalId: result.chartGoalId,
          notice: result.formulasSkipped,
        };
      }),
    createSheets: async ({ brand, year, industry }) => {
      // Its own chunk, fetched on this press only: the sheet writer and lunar-typescript (for the
      // key dates) are ~60% of the add-in's code and no other action needs them.
      const { createPlanSheets } = await import("../office/create");
      await Excel.run(async (context) => {
        await createPlanSheets(context, { lang, year, brand, industry: industry ?? null });
      });
    },
    select: (sheet, cell) =>
      Excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await withTimeout(context.sync(), SELECT_TIMEOUT_MS);
      }),
    liveCheckSaved: async () => Office.context.document.settings.get(LIVE_CHECK_SETTING) === true,
    saveLiveCheck: (on) =>
      new Promise<void>((resolve, reject) => {
        const settings = Office.context.document.settings;
        settings.set(LIVE_CHECK_SETTING, on);
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed) reject(result.error);
          else resolve();
        });
      }),
    startLiveCheck: async (onUpdate, onError) => {
      await live?.stop();
      const check = new LiveCheck(Excel as unknown as ExcelRunner, {
        lang,
        notes: notesSupported(),
        onUpdate: ({ findings }) => onUpdate({ findings }),
        onError,
      });
      live = check;
      try {
        const { findings } = await check.start();
        return { findings };
      } catch (error) {
        live = null;
        throw error;
      }
    },
    stopLiveCheck: async () => {
      const check = live;
      live = null;
      await check?.stop();
    },
  };
}
