// The `@planbook/workbook/write-plan` entry: placing a plan in a workbook — tables, the week view
// with its key dates, the plan as rendered. Only the writers need it (xlsx, the add-in's Create
// plan sheets); it is apart from the index because the key dates bring the lunar calendar, and
// esbuild's code splitting puts every file an entry re-exports by name into one chunk with it
// (the add-in's engine, which only reads and checks, would load it on every pane).
export {
  KEY_DATE_ROW_HEIGHT,
  WEEK_CELL_FORMAT,
  WEEK_COLUMN_WIDTH,
  WEEK_GRIDLINE,
  WEEK_HEADER_FONT_SIZE,
  WEEK_HEADER_FORMAT,
  WEEK_HEADER_ROTATION,
  WEEK_HEADER_ROW_HEIGHT,
  type WeekView,
  weekView,
} from "./layout/week-view";
export {
  type BudgetSummaryPlacement,
  type PlacementColumn,
  type PlacementTable,
  placeWorkbook,
  type StatusFillsPlacement,
} from "./placement/placement";
export type { SettingCheck, SettingsPlacement } from "./placement/settings";
export { wrappedLines } from "./placement/widths";
export { planAsRendered } from "./write/rendered-plan";
