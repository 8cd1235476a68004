import {
  a1ToR1C1,
  cellCount,
  fullAddress,
  localAddress,
  parseRect,
  type Rect,
  r1c1ToA1,
  splitSheet,
} from "./address";
import { Bag } from "./bag";
import { ConditionalFormatCollection } from "./conditional-formats";
import { BoundObject, type Host, type SimContext, type SimObject } from "./context";
import { SimError } from "./errors";
import type { DataChangeType, EventSource, EventTriggerSource } from "./events";
import { formatText } from "./format";
import {
  type Cell,
  type CellValue,
  cellAt,
  findSheet,
  getCell,
  type SheetModel,
  type ValidationAlert,
  type ValidationPrompt,
  type ValidationRule,
  type WorkbookModel,
} from "./model";
import { wbOf } from "./shared";
import type { WorksheetProxy } from "./worksheets";

/** Typed surfaces of the spec-built proxies (Bag defines these properties at runtime). */
interface SimFill extends SimObject {
  color: string | null;
  clear(): void;
}
interface SimFont extends SimObject {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
}
interface SimFormatProtection extends SimObject {
  locked: boolean;
}
export interface SimRangeFormat extends SimObject {
  readonly fill: SimFill;
  readonly font: SimFont;
  readonly protection: SimFormatProtection;
  columnWidth: number;
  rowHeight: number;
  textOrientation: number;
  wrapText: boolean;
  autofitColumns(): void;
  autofitRows(): void;
}
export interface SimDataValidation extends SimObject {
  rule: unknown;
  errorAlert: unknown;
  prompt: unknown;
  readonly type: string;
  ignoreBlanks: boolean;
  clear(): void;
}

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

/** Excel refuses to read more than this many cells in one range. */
const MAX_READ_CELLS = 5_000_000;

const RANGE_PROPS = [
  "address",
  "addressLocal",
  "values",
  "formulas",
  "formulasR1C1",
  "numberFormat",
  "text",
  "valueTypes",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "columnHidden",
] as const;

type Grid<T> = T[][];

function grid<T>(rect: Rect, f: (row: number, col: number) => T): Grid<T> {
  const out: Grid<T> = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const line: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) line.push(f(r, c));
    out.push(line);
  }
  return out;
}

function valueTypeOf(cell: Cell | undefined): string {
  if (!cell || cell.value === "") return cell?.formula ? "String" : "Empty";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  if (/^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)$/.test(cell.value)) return "Error";
  return "String";
}

/**
 * Checks an assigned 2-D array (or single value, applied to every cell as Excel does) against
 * the range's size and calls `put` for each cell.
 */
function assign(
  target: RangeTarget,
  input: unknown,
  what: string,
  put: (cell: Cell, v: unknown, row: number, col: number) => void,
) {
  const { rect, sheet } = target;
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  if (!Array.isArray(input)) {
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) put(cellAt(sheet, r, c), input, r, c);
    return;
  }
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    const got = `${input.length}×${Array.isArray(input[0]) ? input[0].length : "?"}`;
    throw new SimError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${rows}×${cols}, input ${got}).`,
      fullAddress(sheet.name, rect),
    );
  }
  for (let i = 0; i < rows; i++) {
    const line = input[i] as unknown[];
    for (let j = 0; j < cols; j++) {
      const v = line[j];
      // null in an assigned array leaves that cell unchanged (Excel semantics).
      if (v === null || v === undefined) continue;
      put(cellAt(sheet, rect.r0 + i, rect.c0 + j), v, rect.r0 + i, rect.c0 + j);
    }
  }
}

function scalar(v: unknown, where: string): CellValue {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  throw new SimError("InvalidArgument", `Unsupported cell value ${JSON.stringify(v)}.`, where);
}

function putValue(cell: Cell, v: unknown, where: string): void {
  const value = scalar(v, where);
  if (typeof value === "string" && value.startsWith("=") && value.length > 1) {
    cell.formula = value;
    cell.value = "";
  } else {
    cell.formula = undefined;
    cell.value = value;
  }
}

/**
 * Runs a write that changes cell contents and records it for the onChanged events: one change
 * per write, with Excel's `details` (value and type before and after) for a single cell.
 */
export function recordingChange(
  host: Host,
  target: RangeTarget,
  who: { source: EventSource; triggerSource: EventTriggerSource; changeType?: DataChangeType },
  apply: () => void,
): void {
  const { sheet, rect } = target;
  const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
  const before = single ? { ...(getCell(sheet, rect.r0, rect.c0) ?? { value: "" }) } : undefined;
  try {
    apply();
  } finally {
    const after = single ? getCell(sheet, rect.r0, rect.c0) : undefined;
    host.events.pending.push({
      sheet,
      rect: { ...rect },
      changeType: who.changeType ?? "RangeEdited",
      source: who.source,
      triggerSource: who.triggerSource,
      details: before
        ? {
            valueBefore: before.value,
            valueAfter: after?.value ?? "",
            valueTypeBefore: valueTypeOf(before),
            valueTypeAfter: valueTypeOf(after),
          }
        : undefined,
    });
  }
}

/** A write of the add-in itself, as Excel reports it in its events. */
const BY_ADDIN = { source: "Local", triggerSource: "ThisLocalAddin" } as const;

/**
 * A person's edit (typing, paste; `Remote` for a co-author's) applied to the model as Excel
 * would: values or `=formulas`, null leaving a cell as it is; the change is delivered to the
 * onChanged handlers on a later task.
 */
export function applyEdit(host: Host, target: RangeTarget, values: unknown, source: EventSource): void {
  recordingChange(host, target, { source, triggerSource: "Unknown" }, () => {
    assign(target, values, "values", (cell, x) =>
      putValue(cell, x, fullAddress(target.sheet.name, target.rect)),
    );
  });
}

export class RangeProxy extends BoundObject<RangeTarget> {
  private changing(apply: (t: RangeTarget) => void): void {
    const t = this.target();
    recordingChange(this.context.host, t, BY_ADDIN, () => apply(t));
  }

  protected scalarProps(): readonly string[] {
    return RANGE_PROPS;
  }

  protected snapshot(props: readonly string[]): Record<string, unknown> {
    const { sheet, rect } = this.target();
    const out: Record<string, unknown> = {};
    const bulky = props.some((p) =>
      ["values", "formulas", "formulasR1C1", "numberFormat", "text", "valueTypes"].includes(p),
    );
    if (bulky && cellCount(rect) > MAX_READ_CELLS) {
      throw new SimError(
        "InvalidOperation",
        `This operation reads ${cellCount(rect)} cells; Excel allows at most ${MAX_READ_CELLS} per range.`,
        fullAddress(sheet.name, rect),
      );
    }
    for (const p of props) {
      switch (p) {
        case "address":
          out[p] = fullAddress(sheet.name, rect);
          break;
        case "addressLocal":
          out[p] = fullAddress(sheet.name, rect);
          break;
        case "values":
          out[p] = grid(rect, (r, c) => getCell(sheet, r, c)?.value ?? "");
          break;
        case "formulas":
          out[p] = grid(rect, (r, c) => {
            const cell = getCell(sheet, r, c);
            return cell?.formula ?? cell?.value ?? "";
          });
          break;
        case "formulasR1C1":
          out[p] = grid(rect, (r, c) => {
            const cell = getCell(sheet, r, c);
            return cell?.formula !== undefined ? a1ToR1C1(cell.formula, r, c) : (cell?.value ?? "");
          });
          break;
        case "numberFormat":
          out[p] = grid(rect, (r, c) => getCell(sheet, r, c)?.numberFormat ?? "General");
          break;
        case "text":
          out[p] = grid(rect, (r, c) => {
            const cell = getCell(sheet, r, c);
            return cell ? formatText(cell.value, cell.numberFormat ?? "General") : "";
          });
          break;
        case "valueTypes":
          out[p] = grid(rect, (r, c) => valueTypeOf(getCell(sheet, r, c)));
          break;
        case "rowIndex":
          out[p] = rect.r0 - 1;
          break;
        case "columnIndex":
          out[p] = rect.c0 - 1;
          break;
        case "rowCount":
          out[p] = rect.r1 - rect.r0 + 1;
          break;
        case "columnCount":
          out[p] = rect.c1 - rect.c0 + 1;
          break;
        case "cellCount":
          out[p] = cellCount(rect);
          break;
        case "columnHidden": {
          // Excel: true when every column is hidden, false when none, null when mixed.
          let hidden = 0;
          for (let c = rect.c0; c <= rect.c1; c++) if (sheet.hiddenColumns.has(c)) hidden++;
          out[p] = hidden === 0 ? false : hidden === rect.c1 - rect.c0 + 1 ? true : null;
          break;
        }
      }
    }
    return out;
  }

  // Loaded properties
  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown) {
    this.queueWrite("values", v, () => {
      this.changing((t) => assign(t, v, "values", (cell, x) => putValue(cell, x, this.path)));
    });
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown) {
    this.queueWrite("formulas", v, () => {
      this.changing((t) => assign(t, v, "formulas", (cell, x) => putValue(cell, x, this.path)));
    });
  }
  get formulasR1C1(): unknown[][] {
    return this.read("formulasR1C1");
  }
  set formulasR1C1(v: unknown) {
    this.queueWrite("formulasR1C1", v, () => {
      this.changing((t) =>
        assign(t, v, "formulasR1C1", (cell, x, r, c) => {
          const text = typeof x === "string" && x.startsWith("=") ? r1c1ToA1(x, r, c) : x;
          putValue(cell, text, this.path);
        }),
      );
    });
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.queueWrite("numberFormat", v, () => {
      assign(this.target(), v, "numberFormat", (cell, x) => {
        cell.numberFormat = String(x);
      });
    });
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get columnHidden(): boolean | null {
    return this.read("columnHidden");
  }
  set columnHidden(v: boolean) {
    this.queueWrite("columnHidden", v, () => {
      const { sheet, rect } = this.target();
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (v) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }

  // Derived ranges: resolved lazily from this range at sync time.
  private derive(name: string, f: (t: RangeTarget) => Rect): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.${name}`, () => {
      const t = this.target();
      const rect = f(t);
      if (rect.r0 < 1 || rect.c0 < 1 || rect.r1 < rect.r0 || rect.c1 < rect.c0) {
        throw new SimError("InvalidArgument", `${name} falls outside the grid.`, this.path);
      }
      return { sheet: t.sheet, rect };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive(`getCell(${row},${column})`, ({ rect }) => ({
      r0: rect.r0 + row,
      c0: rect.c0 + column,
      r1: rect.r0 + row,
      c1: rect.c0 + column,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive(`getResizedRange(${deltaRows},${deltaColumns})`, ({ rect }) => ({
      ...rect,
      r1: rect.r1 + deltaRows,
      c1: rect.c1 + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive(`getOffsetRange(${rowOffset},${columnOffset})`, ({ rect }) => ({
      r0: rect.r0 + rowOffset,
      r1: rect.r1 + rowOffset,
      c0: rect.c0 + columnOffset,
      c1: rect.c1 + columnOffset,
    }));
  }
  getRow(row: number): RangeProxy {
    return this.derive(`getRow(${row})`, ({ rect }) => ({ ...rect, r0: rect.r0 + row, r1: rect.r0 + row }));
  }
  getColumn(column: number): RangeProxy {
    return this.derive(`getColumn(${column})`, ({ rect }) => ({
      ...rect,
      c0: rect.c0 + column,
      c1: rect.c0 + column,
    }));
  }
  getLastRow(): RangeProxy {
    return this.derive("getLastRow()", ({ rect }) => ({ ...rect, r0: rect.r1 }));
  }

  select(): void {
    this.queueWrite("select", null, () => {
      const { sheet, rect } = this.target();
      this.context.host.workbook.selection = { sheet: sheet.name, address: localAddress(rect) };
    });
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.queueWrite("clear", applyTo, () => {
      // Clearing contents changes data (an event); clearing formats only does not.
      if (applyTo === "Formats") this.clearCells(applyTo);
      else this.changing(() => this.clearCells(applyTo));
    });
  }

  private clearCells(applyTo: "All" | "Contents" | "Formats"): void {
    const { sheet, rect } = this.target();
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const cell = getCell(sheet, r, c);
        if (!cell) continue;
        if (applyTo !== "Formats") {
          cell.value = "";
          cell.formula = undefined;
        }
        if (applyTo !== "Contents") {
          cell.fill = undefined;
          cell.fontColor = undefined;
          cell.bold = undefined;
          cell.italic = undefined;
          cell.fontSize = undefined;
          cell.textOrientation = undefined;
          cell.numberFormat = undefined;
          cell.locked = undefined;
        }
      }
    }
  }

  get worksheet(): WorksheetProxy {
    return this.child("worksheet", () =>
      this.context.host.worksheetOf(this.context, `${this.path}.worksheet`, () => this.target().sheet),
    );
  }

  get format(): SimRangeFormat {
    return this.child("format", () => rangeFormat(this)) as SimRangeFormat;
  }

  get dataValidation(): SimDataValidation {
    return this.child("dataValidation", () => dataValidation(this)) as SimDataValidation;
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this.child(
      "conditionalFormats",
      () => new ConditionalFormatCollection(this),
    ) as ConditionalFormatCollection;
  }

  protected override navigation(name: string): SimObject | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    if (name === "dataValidation") return this.dataValidation;
    return undefined;
  }
}

/** Per-cell properties of a range: the common value, or null when the cells differ (as Excel reports). */
function common<T>(t: RangeTarget, f: (cell: Cell | undefined) => T): T | null {
  let first: T | undefined;
  let seen = false;
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const v = f(getCell(t.sheet, r, c));
      if (!seen) {
        first = v;
        seen = true;
      } else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}

function eachCell(t: RangeTarget, f: (cell: Cell) => void): void {
  for (let r = t.rect.r0; r <= t.rect.r1; r++)
    for (let c = t.rect.c0; c <= t.rect.c1; c++) f(cellAt(t.sheet, r, c));
}

function rangeFormat(range: RangeProxy): SimObject {
  const ctx = range.context;
  const t = () => range.target();
  return new Bag<RangeTarget>(ctx, `${range.path}.format`, t, {
    props: {
      columnWidth: {
        get: (x) =>
          commonOver(x.rect.c0, x.rect.c1, (c) => x.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
        set: (x, v) => {
          const width = measure(v, "columnWidth", 0, Number.POSITIVE_INFINITY);
          for (let c = x.rect.c0; c <= x.rect.c1; c++) x.sheet.columnWidths.set(c, width);
        },
      },
      rowHeight: {
        get: (x) => commonOver(x.rect.r0, x.rect.r1, (r) => x.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT),
        set: (x, v) => {
          const height = measure(v, "rowHeight", 0, MAX_ROW_HEIGHT);
          for (let r = x.rect.r0; r <= x.rect.r1; r++) x.sheet.rowHeights.set(r, height);
        },
      },
      textOrientation: {
        get: (x) => common(x, (c) => c?.textOrientation ?? 0),
        set: (x, v) => {
          if (typeof v !== "number" || !Number.isInteger(v) || !(Math.abs(v) <= 90 || v === 180)) {
            throw new SimError(
              "InvalidArgument",
              `textOrientation must be an integer from -90 to 90, or 180 (got ${JSON.stringify(v)}).`,
            );
          }
          eachCell(x, (c) => (c.textOrientation = v));
        },
      },
      wrapText: { get: () => false, set: () => {} },
    },
    children: {
      fill: () =>
        new Bag<RangeTarget>(ctx, `${range.path}.format.fill`, t, {
          props: {
            color: {
              get: (x) => common(x, (c) => c?.fill ?? null),
              set: (x, v) => eachCell(x, (c) => (c.fill = normaliseColor(v))),
            },
          },
          methods: { clear: (x) => eachCell(x, (c) => (c.fill = undefined)) },
        }),
      font: () =>
        new Bag<RangeTarget>(ctx, `${range.path}.format.font`, t, {
          props: {
            bold: {
              get: (x) => common(x, (c) => c?.bold ?? false),
              set: (x, v) => eachCell(x, (c) => (c.bold = Boolean(v))),
            },
            italic: {
              get: (x) => common(x, (c) => c?.italic ?? false),
              set: (x, v) => eachCell(x, (c) => (c.italic = Boolean(v))),
            },
            size: {
              get: (x) => common(x, (c) => c?.fontSize ?? DEFAULT_FONT_SIZE),
              set: (x, v) => {
                const size = measure(v, "font.size", 1, MAX_FONT_SIZE);
                eachCell(x, (c) => (c.fontSize = size));
              },
            },
            color: {
              get: (x) => common(x, (c) => c?.fontColor ?? "#000000"),
              set: (x, v) => eachCell(x, (c) => (c.fontColor = normaliseColor(v))),
            },
          },
        }),
      // ExcelApi 1.2. Every cell starts locked; null where the cells differ.
      protection: () =>
        new Bag<RangeTarget>(ctx, `${range.path}.format.protection`, t, {
          props: {
            locked: {
              get: (x) => common(x, (c) => c?.locked ?? true),
              set: (x, v) => {
                if (typeof v !== "boolean")
                  throw new SimError(
                    "InvalidArgument",
                    `locked must be true or false (got ${JSON.stringify(v)}).`,
                  );
                eachCell(x, (c) => (c.locked = v));
              },
            },
          },
        }),
    },
    methods: { autofitColumns: () => {}, autofitRows: () => {} },
  });
}

/** Excel's defaults (Calibri 11, 15-point rows) and limits (409 points for row heights and fonts). */
const DEFAULT_COLUMN_WIDTH = 64;
const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;
const MAX_ROW_HEIGHT = 409;
const MAX_FONT_SIZE = 409;

/** A size in points within Excel's bounds, else InvalidArgument. */
function measure(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) {
    throw new SimError(
      "InvalidArgument",
      `${what} must be a number from ${min} to ${max} (got ${JSON.stringify(v)}).`,
    );
  }
  return v;
}

/** One value for every row or column from `from` to `to`, or null when they differ (as Excel reports). */
function commonOver(from: number, to: number, f: (i: number) => number): number | null {
  const first = f(from);
  for (let i = from + 1; i <= to; i++) if (f(i) !== first) return null;
  return first;
}

function normaliseColor(v: unknown): string {
  const s = String(v).trim();
  if (!/^#[0-9A-Fa-f]{6}$/.test(s)) throw new SimError("InvalidArgument", `Colour ${s} is not #RRGGBB.`);
  return s.toUpperCase();
}

/** Excel's limit on an inline list source ("a,b,c"). */
const MAX_LIST_SOURCE = 255;

function dataValidation(range: RangeProxy): SimObject {
  return new Bag<RangeTarget>(range.context, `${range.path}.dataValidation`, () => range.target(), {
    props: {
      rule: {
        get: (x) => common(x, (c) => c?.validation ?? null),
        set: (x, v) => {
          const rule = checkRule(v);
          eachCell(x, (c) => (c.validation = rule));
        },
      },
      type: {
        get: (x) => {
          const rule = common(x, (c) => c?.validation ?? null);
          if (!rule) return "None";
          if ("list" in rule) return "List";
          return rule.decimal ? "Decimal" : rule.date ? "Date" : "WholeNumber";
        },
      },
      errorAlert: {
        get: (x) => common(x, (c) => c?.validationAlert ?? null),
        set: (x, v) => {
          const alert = checkAlert(v);
          eachCell(x, (c) => (c.validationAlert = alert));
        },
      },
      prompt: {
        get: (x) => common(x, (c) => c?.validationPrompt ?? null),
        set: (x, v) => {
          const p = v as Partial<ValidationPrompt> | null;
          if (!p || typeof p !== "object")
            throw new SimError("InvalidArgument", "A prompt must be an object.");
          const prompt = {
            showPrompt: p.showPrompt === true,
            title: String(p.title ?? ""),
            message: String(p.message ?? ""),
          };
          eachCell(x, (c) => (c.validationPrompt = prompt));
        },
      },
      ignoreBlanks: { get: () => true, set: () => {} },
    },
    methods: {
      clear: (x) =>
        eachCell(x, (c) => {
          c.validation = undefined;
          c.validationAlert = undefined;
          c.validationPrompt = undefined;
        }),
    },
  });
}

/** Excel limits: the alert title to 32 characters and its message to 225. */
function checkAlert(v: unknown): ValidationAlert {
  const a = v as Partial<ValidationAlert> | null;
  if (!a || typeof a !== "object") throw new SimError("InvalidArgument", "An error alert must be an object.");
  const style = a.style ?? "Stop";
  if (!["Stop", "Warning", "Information"].includes(style))
    throw new SimError("InvalidArgument", `Unknown error alert style ${String(style)}.`);
  const title = String(a.title ?? "");
  const message = String(a.message ?? "");
  if (title.length > 32 || message.length > 225)
    throw new SimError(
      "InvalidArgument",
      "An error alert title is limited to 32 characters, its message to 225.",
    );
  return { showAlert: a.showAlert !== false, style, title, message };
}

function checkRule(v: unknown): ValidationRule {
  const rule = v as Record<string, Record<string, unknown> | undefined>;
  if (rule?.list) {
    const source = rule.list.source;
    // oj#277: a Range object as list source throws InvalidArgument in Excel.
    if (typeof source !== "string") {
      throw new SimError(
        "InvalidArgument",
        "The list source must be text (inline values or a formula), not a Range.",
      );
    }
    if (!source.startsWith("=") && source.length > MAX_LIST_SOURCE) {
      throw new SimError(
        "InvalidArgument",
        `An inline list source is limited to ${MAX_LIST_SOURCE} characters (got ${source.length}).`,
      );
    }
    return { list: { inCellDropDown: rule.list.inCellDropDown !== false, source } };
  }
  for (const k of ["decimal", "wholeNumber", "date"] as const) {
    const r = rule?.[k];
    if (r) {
      if (typeof r.operator !== "string" || r.formula1 === undefined) {
        throw new SimError("InvalidArgument", `A ${k} rule needs operator and formula1.`);
      }
      return {
        [k]: {
          operator: r.operator,
          formula1: r.formula1 as number,
          formula2: r.formula2 as number | undefined,
        },
      };
    }
  }
  throw new SimError("InvalidArgument", `Unsupported data validation rule ${JSON.stringify(v)}.`);
}

/** Resolves `Sheet!A1:B2` (or a local address on `defaultSheet`) to a target. */
export function resolveAddress(
  wb: WorkbookModel,
  address: string,
  defaultSheet: SheetModel | undefined,
): RangeTarget {
  const { sheet: sheetName, local } = splitSheet(address);
  const sheet = sheetName === null ? defaultSheet : findSheet(wb, sheetName);
  if (!sheet) throw new SimError("InvalidArgument", `No worksheet for address ${address}.`, address);
  const rect = parseRect(local);
  if (!rect) throw new SimError("InvalidArgument", `The address ${address} is not valid.`, address);
  return { sheet, rect };
}

/** A range argument (proxy or address text) → target at sync time. */
export function targetOf(
  owner: SimObject,
  ctx: SimContext,
  arg: unknown,
  defaultSheet: SheetModel | undefined,
): RangeTarget {
  if (arg instanceof RangeProxy) {
    if (arg.context !== ctx) {
      throw new SimError(
        "InvalidObjectPath",
        "A Range from another request context (Excel.run batch) was passed as an argument.",
        arg.path,
      );
    }
    return arg.target();
  }
  if (typeof arg === "string") return resolveAddress(wbOf(ctx), arg, defaultSheet);
  throw new SimError("InvalidArgument", `Expected a Range or an address, got ${typeof arg}.`, owner.path);
}
