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

const officeStandIn = {
  onReady: async () => (await ready).Office.onReady(),
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage,
    requirements: {
      isSetSupported: (name: string, version?: string) =>
        name === "ExcelApi" && Number(version ?? "1.1") <= 1.18,
    },
  },
};
const excelStandIn = {
  run: async <T>(batch: (context: never) => Promise<T>): Promise<T> =>
    (await ready).Excel.run(batch as never),
  ErrorCodes: {},
};
Object.assign(globalThis, { Office: officeStandIn, Excel: excelStandIn });
