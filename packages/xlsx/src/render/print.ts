import type { Language } from "@planbook/core";
import type ExcelJS from "exceljs";

export interface PrintLayout {
  orientation: "portrait" | "landscape";
  /** Pages across: the whole width scaled onto this many pages (rows run on as long as needed). */
  pagesWide?: number;
  /** Row repeated at the top of every printed page (a table's header row). */
  titleRow?: number;
  /** Columns repeated at the left of every printed page (e.g. `A:B`, so each strip names its rows). */
  titleColumns?: string;
  /** The cells printed (A1 range, no sheet); unset: everything used. */
  printArea?: string;
}

/** Sheet name left, page of pages right (Excel's header/footer codes). */
const FOOTER: Record<Language, string> = { en: "&L&A&RPage &P of &N", "zh-CN": "&L&A&R第 &P 页，共 &N 页" };

/**
 * Print settings for a sheet people print: scaled to the page width (a plan cut into vertical
 * strips is unreadable on paper), header row repeated, sheet name and page number in the footer.
 * zh-CN workbooks are printed on A4; English ones keep the printer's default paper.
 */
export function setPrintLayout(ws: ExcelJS.Worksheet, lang: Language, layout: PrintLayout): void {
  ws.pageSetup = {
    ...(lang === "zh-CN" ? { paperSize: 9 } : {}),
    orientation: layout.orientation,
    fitToPage: true,
    fitToWidth: layout.pagesWide ?? 1,
    // 0 = as many pages down as the rows need
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(layout.titleRow ? { printTitlesRow: `${layout.titleRow}:${layout.titleRow}` } : {}),
    ...(layout.titleColumns ? { printTitlesColumn: layout.titleColumns } : {}),
    // exceljs writes `$` + each end as given (`A1` → `$A1`); `A$1` makes the usual `$A$1`.
    ...(layout.printArea ? { printArea: layout.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
  };
  ws.headerFooter = { oddFooter: FOOTER[lang] };
}
