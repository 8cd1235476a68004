/**
 * ECMA-376 Part 1, CT_Worksheet: the order its child elements must appear in. Excel repairs a
 * sheet whose elements are out of this order (PITFALLS.md), so the chart packager inserts
 * `<drawing>` by it and the OOXML system test checks every generated sheet against it.
 */
export const WORKSHEET_SEQUENCE: readonly string[] = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The elements from `first` up to, not including, `before`, in sequence order. */
export function worksheetElementsBetween(first: string, before: string): string[] {
  const [from, to] = [WORKSHEET_SEQUENCE.indexOf(first), WORKSHEET_SEQUENCE.indexOf(before)];
  if (from < 0 || to < from) throw new Error(`no CT_Worksheet run from ${first} to ${before}`);
  return WORKSHEET_SEQUENCE.slice(from, to);
}
