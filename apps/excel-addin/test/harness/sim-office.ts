/**
 * Stands in for Office.js on the browser test's pages: loads the workbook named by `?workbook=`
 * (served next to this script) into excel-sim and exposes the sim as the global `Office` and
 * `Excel`, with `?lang=` as Office's display language. The page's own bundle runs unchanged.
 */
import { createExcelSim, type ExcelSim, emptyWorkbook, loadXlsx } from "@planbook/excel-sim";

const params = new URLSearchParams(location.search);
const displayLanguage = params.get("lang") ?? "en-US";
const workbookFile = params.get("workbook");

const ready: Promise<ExcelSim> = (async () => {
  if (!workbookFile) return createExcelSim(emptyWorkbook());
  const response = await fetch(`/harness/${workbookFile}`);
  if (!response.ok) throw new Error(`harness: ${workbookFile} → HTTP ${response.status}`);
  return createExcelSim(await loadXlsx(new Uint8Array(await response.arrayBuffer())));
})();

declare global {
  interface Window {
    __planbookSim: Promise<ExcelSim>;
  }
}
window.__planbookSim = ready;

let loaded: ExcelSim | null = null;
void ready.then((sim) => {
  loaded = sim;
});
/** The pane reads settings only after onReady, when the sim has loaded. */
const loadedSim = (): ExcelSim => {
  if (!loaded) throw new Error("harness: Office.context.document used before Office.onReady");
  return loaded;
};

const officeStandIn = {
  onReady: async () => (await ready).Office.onReady(),
  HostType: { Excel: "Excel" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    displayLanguage,
    document: {
      settings: {
        get: (name: string) => loadedSim().Office.context.document.settings.get(name),
        set: (name: string, value: unknown) => loadedSim().Office.context.document.settings.set(name, value),
        remove: (name: string) => loadedSim().Office.context.document.settings.remove(name),
        saveAsync: (callback?: (result: { status: "succeeded" | "failed" }) => void) =>
          loadedSim().Office.context.document.settings.saveAsync(callback),
      },
    },
    requirements: {
      isSetSupported: (name: string, version?: string) =>
        name === "ExcelApi" && Number(version ?? "1.1") <= 1.18,
    },
  },
};
const excelStandIn = {
  // Both forms: Excel.run(batch) and Excel.run(context, batch) (removing event handlers).
  run: async (...args: unknown[]): Promise<unknown> =>
    ((await ready).Excel.run as (...a: unknown[]) => Promise<unknown>)(...args),
  ErrorCodes: {},
};
Object.assign(globalThis, { Office: officeStandIn, Excel: excelStandIn });
