// The public API of @planbook/workbook, named one by one: only what xlsx, the CLI and the add-in
// import. A name another package needs is added here by name; the rest stays inside the package.

// Cell readers: how a typed-in date or number is understood, the same in every reader.
export { parseDate } from "./cells/date";
export { parseNumber } from "./cells/number";

// Formulas: the tool columns' formulas and the structured references the add-in writes too.
export { goalRowFormulas, type ToolFormulaId } from "./formulas/goal";
export { type FormulaRefs, structuredColumnName } from "./formulas/refs";
export { isOneOf, MARKER, OK_MARK } from "./formulas/words";

// Grid: A1 addresses and the raw cell model every reader (exceljs, OOXML, Office.js) fills.
export {
  a1,
  type CellRange,
  columnLetters,
  parseA1,
  parseCell,
  parseRange,
  parseSheetRange,
  rangeA1,
  rangeContains,
  rangesOverlap,
} from "./grid/a1";
export { type RawCell, type RawSheet, type RawTable, type RawWorkbook, rawTableRange } from "./grid/raw";
export type { TableName } from "./grid/table-names";

// Layout spec: the one description of sheets, tables, charts, formats and colours that every renderer applies.
export { BUDGET_SUMMARY_TEXT } from "./layout/budget";
export {
  CHART_ACTUAL_COLOUR,
  CHART_BANDS,
  CHART_DATA_COLUMN,
  CHART_DATA_COLUMN_WIDTH,
  CHART_NAMES,
  CHART_PICK_CELL,
  CHART_PICK_LABEL,
  CHART_STATUS_COLOURS,
  CHART_TARGET_COLOUR,
  CHART_TEXT,
  type ChartSeries,
  type ChartSpec,
  chartDataBlocks,
  dashboardChartLayout,
  dashboardCharts,
  monthlySeries,
  monthlyTitle,
  monthlyTitleFormula,
} from "./layout/charts";
export type { ColumnCheck } from "./layout/checks";
export {
  argb,
  CAPTION_COLOUR,
  CHECK_COUNT_FORMAT,
  cssHex,
  HEADER_COLOUR,
  type RgbHex,
  STATUS_COLOURS,
  statusFormats,
  TOOL_COLOUR,
  TOOL_HEADER_COLOUR,
} from "./layout/colours";
export {
  DASHBOARD_ATTAINMENT_BAR,
  DASHBOARD_CHECK_COLUMN,
  DASHBOARD_COLUMN_WIDTHS,
  DASHBOARD_COLUMNS,
  DASHBOARD_HEADER_ROW,
  DASHBOARD_TEXT,
  type DashboardRow,
  dashboardAsOfFormula,
  dashboardRows,
  goalChannels,
} from "./layout/dashboard";
export { dashboardPrintArea } from "./layout/dashboard-print";
export {
  CAPTION_CELL_FONT,
  type CellFont,
  HEADER_CELL_FONT,
  HELP_CELL_FONT,
  TITLE_CELL_FONT,
  WORKBOOK_FONT,
  type WorkbookFont,
} from "./layout/fonts";
export {
  AS_OF_FORMAT,
  COUNT_FORMAT,
  currencyFormat,
  PERCENT_FORMAT,
  unitFormat,
} from "./layout/formats";
export { TABLE_HEADER_ROW, TABLE_STYLE } from "./layout/grid";
export { GUIDE_COLUMN_WIDTHS, guideLines } from "./layout/guide";
export {
  COLUMN_LISTS,
  type ListName,
  listNameFormulas,
  PHASING_LIST_COLUMN,
} from "./layout/lists";
export { metaRows } from "./layout/meta";
export {
  SEASONALITY_HEADER_ROW,
  settingValue,
} from "./layout/settings";
export {
  budgetTable,
  campaignsTable,
  goalsTable,
  SCHEMA_VERSION,
  SETTINGS,
  SHEETS,
  TABLES,
  tableSpec,
} from "./layout/spec";
export { structuredTableRefs } from "./layout/table-refs";
export type { ColumnSpec, TableSpec } from "./layout/types";
// The Dashboard's frame is placed here, not in write-plan: Refresh progress (the add-in's engine,
// which must not load the key dates) rewrites it when the Dashboard is missing.
export { type DashboardFrame, dashboardFrame } from "./placement/dashboard-frame";
export type { StyledText } from "./placement/texts";
// Reading: a raw workbook back into a plan, its findings and progress (CLI validate/progress, add-in).
export { matchHeaders } from "./read/headers";
export { brandSlug, readPlan } from "./read/read-plan";
export { findTables } from "./read/tables";
export { progressWorkbook, validateWorkbook, type WorkbookProgress } from "./read/validate";

// Roll-up workbook: the portfolio sheets' layout and labels (xlsx roll-up renderer).
export { type RollupLabel, rollupLabel, statusColour, statusLabel } from "./rollup/labels";
export {
  fixText,
  type RollupCell,
  type RollupSheet,
  type RollupTable,
  type RollupWorkbookSpec,
  rollupWorkbookSpec,
} from "./rollup/layout";

// Writing: a plan as the table rows the renderers put in the sheets (placing them, with the
// week view and its key dates, is the `@planbook/workbook/write-plan` entry).
export { planToTableRows, tableRows } from "./write/rows";
