import type { Rect } from "./address";

/** What a cell holds. Formula cells keep the cached value they were loaded with (the sim does not calculate). */
export type CellValue = string | number | boolean;

interface ListRule {
  list: { inCellDropDown: boolean; source: string };
}
interface NumberRule {
  decimal?: { formula1: number | string; formula2?: number | string; operator: string };
  wholeNumber?: { formula1: number | string; formula2?: number | string; operator: string };
  date?: { formula1: number | string; formula2?: number | string; operator: string };
}
export type ValidationRule = ListRule | NumberRule;

/** Office.js dataValidation.errorAlert: "Warning" and "Information" let other values in. */
export interface ValidationAlert {
  showAlert: boolean;
  style: "Stop" | "Warning" | "Information";
  title: string;
  message: string;
}
/** Office.js dataValidation.prompt: the input message shown when the cell is selected. */
export interface ValidationPrompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface Cell {
  value: CellValue;
  /** A1 formula text with the leading `=`, or undefined for a constant. */
  formula?: string;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (Excel's default 11 when unset). */
  fontSize?: number;
  /** Text rotation in degrees: -90..90, or 180 for stacked text (0 when unset). */
  textOrientation?: number;
  /**
   * format.protection.locked (unset: locked, Excel's default for every cell). It only bites once
   * the sheet is protected, but it is how a workbook says which cells are the operator's to type in.
   */
  locked?: boolean;
  validation?: ValidationRule;
  validationAlert?: ValidationAlert;
  validationPrompt?: ValidationPrompt;
}

export interface NoteModel {
  row: number;
  col: number;
  content: string;
  author: string;
}

/** Where a data bar starts or ends (Excel.ConditionalDataBarRule). */
export interface DataBarBound {
  type: string;
  formula?: string;
}

export interface ConditionalFormatModel {
  id: string;
  type: "CellValue" | "DataBar" | "Custom";
  rect: Rect;
  /** CellValue: operator and operands. */
  rule?: { formula1: string; formula2?: string; operator: string };
  /** Custom: the formula (with `=`) for the range's top-left cell, relative refs moving with each cell. */
  formula?: string;
  /** CellValue and Custom: the fill and font colour applied where the rule holds. */
  fill?: string;
  fontColor?: string;
  /** DataBar: its bounds and bar colour. */
  dataBar?: { lowerBound?: DataBarBound; upperBound?: DataBarBound; fillColor?: string };
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  /** Full address of the source range when the chart was added. */
  source: string;
  seriesBy: string;
  title: string;
  /** Set by title.setFormula: `=Sheet!$A$1`, the cell whose value is the title (text then reads that cell). */
  titleFormula?: string;
  top?: string;
  bottom?: string;
  /** Series made from the source (one per column for seriesBy Columns, label column and header row aside). */
  series?: { chartType: string; fill?: string; line?: string }[];
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Whole table including its header row. */
  rect: Rect;
  showHeaders: boolean;
  style: string;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetModel {
  id: string;
  name: string;
  visibility: Visibility;
  /** row → column → cell */
  rows: Map<number, Map<number, Cell>>;
  notes: NoteModel[];
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  /** Frozen rows and columns (worksheet.freezePanes). */
  frozen: { rows: number; columns: number };
  /** Hidden columns (Range.columnHidden). */
  hiddenColumns: Set<number>;
  /** Column widths and row heights in points that were set (format.columnWidth / rowHeight). */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
}

export interface NameModel {
  name: string;
  /** `=Settings!$B$3` or a constant such as `=2027`. */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  names: NameModel[];
  /** The add-in's own key/value store (workbook.settings): values kept as JSON text, as Excel does. */
  settings: Map<string, string>;
  /** Cell the user last selected via `range.select()`. */
  selection: { sheet: string; address: string } | null;
  nextId: number;
}

export function emptyWorkbook(): WorkbookModel {
  return { sheets: [], tables: [], names: [], settings: new Map(), selection: null, nextId: 1 };
}

export function newId(wb: WorkbookModel, prefix: string): string {
  return `{${prefix}-${String(wb.nextId++).padStart(8, "0")}}`;
}

export function addSheet(wb: WorkbookModel, name: string, visibility: Visibility = "Visible"): SheetModel {
  const sheet: SheetModel = {
    id: newId(wb, "sheet"),
    name,
    visibility,
    rows: new Map(),
    notes: [],
    conditionalFormats: [],
    charts: [],
    frozen: { rows: 0, columns: 0 },
    hiddenColumns: new Set(),
    columnWidths: new Map(),
    rowHeights: new Map(),
  };
  wb.sheets.push(sheet);
  return sheet;
}

const fold = (s: string) => s.toLowerCase();

export function findSheet(wb: WorkbookModel, name: string): SheetModel | undefined {
  return wb.sheets.find((s) => fold(s.name) === fold(name));
}

export function findTable(wb: WorkbookModel, name: string): TableModel | undefined {
  return wb.tables.find((t) => fold(t.name) === fold(name));
}

export function findName(wb: WorkbookModel, name: string): NameModel | undefined {
  return wb.names.find((n) => fold(n.name) === fold(name));
}

export function getCell(sheet: SheetModel, row: number, col: number): Cell | undefined {
  return sheet.rows.get(row)?.get(col);
}

/** The cell, created empty when missing, for writing. */
export function cellAt(sheet: SheetModel, row: number, col: number): Cell {
  let r = sheet.rows.get(row);
  if (!r) {
    r = new Map();
    sheet.rows.set(row, r);
  }
  let c = r.get(col);
  if (!c) {
    c = { value: "" };
    r.set(col, c);
  }
  return c;
}

function isBlank(cell: Cell | undefined): boolean {
  return !cell || (cell.formula === undefined && cell.value === "");
}

/** Smallest rectangle holding every non-blank cell (or, with valuesOnly false, every formatted cell). */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let rect: Rect | null = null;
  for (const [r, cols] of sheet.rows) {
    for (const [c, cell] of cols) {
      const counts = valuesOnly
        ? !isBlank(cell)
        : !isBlank(cell) ||
          cell.fill !== undefined ||
          cell.numberFormat !== undefined ||
          cell.locked !== undefined;
      if (!counts) continue;
      if (!rect) rect = { r0: r, c0: c, r1: r, c1: c };
      else {
        rect.r0 = Math.min(rect.r0, r);
        rect.r1 = Math.max(rect.r1, r);
        rect.c0 = Math.min(rect.c0, c);
        rect.c1 = Math.max(rect.c1, c);
      }
    }
  }
  return rect;
}
