import type { Language } from "@planbook/core";
// The binding's modules, not its index: the index also re-exports create, and esbuild's code
// splitting would then put Create plan sheets (and lunar-typescript) in every page's first load.
import { type ExcelRunner, LiveCheck } from "../office/live-check";
import { refreshProgress } from "../office/refresh";
import { validateGoals } from "../office/validate";
import type { PlanbookBackend } from "./backend";
import { withTimeout } from "./timeout";

/** Selecting one cell is a tiny request: when it takes this long, Excel has stopped answering. */
const SELECT_TIMEOUT_MS = 15_000;

/** Notes on marked cells need ExcelApi 1.18; older hosts get the fill only. */
const notesSupported = () => Office.context.requirements.isSetSupported("ExcelApi", "1.18");

/**
 * The task pane's and the ribbon's way into the live workbook: each call is one Excel.run of the
 * binding in src/office. Failures reject with the binding's error values (see toPaneError).
 */
/** The document setting that keeps the Live check switch with the workbook. */
export const LIVE_CHECK_SETTING = "planbook.liveCheck";

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
