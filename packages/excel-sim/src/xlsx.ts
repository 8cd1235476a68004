import ExcelJS from "exceljs";
import { localAddress, parseRect, splitSheet } from "./address";
import {
  addSheet,
  type Cell,
  type CellValue,
  cellAt,
  emptyWorkbook,
  newId,
  type SheetModel,
  type ValidationAlert,
  type ValidationPrompt,
  type ValidationRule,
  type Visibility,
  type WorkbookModel,
} from "./model";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / 86_400_000;
}

function visibilityOf(state: string | undefined): Visibility {
  if (state === "hidden") return "Hidden";
  if (state === "veryHidden") return "VeryHidden";
  return "Visible";
}

/** An exceljs cell value → the cached value and formula Excel would hold. */
function readCell(v: ExcelJS.CellValue): { value: CellValue; formula?: string } {
  if (v === null || v === undefined) return { value: "" };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: dateToSerial(v) };
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
      const cached =
        f.result === undefined ? { value: "" as CellValue } : readCell(f.result as ExcelJS.CellValue);
      const text = f.formula ?? f.sharedFormula ?? "";
      return { value: cached.value, formula: `=${text}` };
    }
    if ("richText" in v) return { value: v.richText.map((r) => r.text).join("") };
    if ("error" in v) return { value: String(v.error) };
    if ("text" in v) {
      const t = (v as { text: unknown }).text;
      return { value: typeof t === "string" ? t : readCell(t as ExcelJS.CellValue).value };
    }
  }
  return { value: String(v) };
}

function ruleFromExcelJs(dv: ExcelJS.DataValidation): ValidationRule | undefined {
  const f1 = dv.formulae?.[0];
  if (dv.type === "list" && typeof f1 === "string") {
    const source = /^".*"$/.test(f1) ? f1.slice(1, -1) : `=${f1}`;
    // exceljs does not expose showDropDown; generated lists always show their arrow.
    return { list: { inCellDropDown: true, source } };
  }
  if ((dv.type === "decimal" || dv.type === "whole" || dv.type === "date") && f1 !== undefined) {
    const bound = (v: unknown) => (v instanceof Date ? dateToSerial(v) : (v as number | string | undefined));
    const body = {
      operator: dv.operator ?? "between",
      formula1: bound(f1) as number | string,
      formula2: bound(dv.formulae?.[1]),
    };
    if (dv.type === "date") return { date: body };
    return dv.type === "decimal" ? { decimal: body } : { wholeNumber: body };
  }
  return undefined;
}

interface Validation {
  rule: ValidationRule;
  alert?: ValidationAlert;
  prompt?: ValidationPrompt;
}

function validationFromExcelJs(dv: ExcelJS.DataValidation): Validation | null {
  const rule = ruleFromExcelJs(dv);
  if (!rule) return null;
  const alert: ValidationAlert | undefined = dv.showErrorMessage
    ? {
        showAlert: true,
        style:
          dv.errorStyle === "warning" ? "Warning" : dv.errorStyle === "information" ? "Information" : "Stop",
        title: dv.errorTitle ?? "",
        message: dv.error ?? "",
      }
    : undefined;
  const prompt: ValidationPrompt | undefined = dv.showInputMessage
    ? { showPrompt: true, title: dv.promptTitle ?? "", message: dv.prompt ?? "" }
    : undefined;
  return { rule, ...(alert ? { alert } : {}), ...(prompt ? { prompt } : {}) };
}

/**
 * Points per character of column width: the sim keeps Office.js widths (points), a file keeps
 * characters of the default font's digit. Default 7, as the add-in converts.
 */
export interface XlsxOptions {
  pointsPerCharacter?: number;
}

/** Loads an .xlsx into a sim workbook model: cells, number formats, fills, fonts (bold, italic, size, colour), unlocked cells, tables, names, visibility, validation (with its alert and prompt), frozen panes, column widths, hidden columns, notes. */
export async function loadXlsx(
  file: ArrayBuffer | Uint8Array | ExcelJS.Workbook,
  opts: XlsxOptions = {},
): Promise<WorkbookModel> {
  const perCharacter = opts.pointsPerCharacter ?? 7;
  // A file a test has loaded with exceljs already (for what the model leaves out) is read as it is.
  let xl = file;
  if (!(xl instanceof ExcelJS.Workbook)) {
    xl = new ExcelJS.Workbook();
    await xl.xlsx.load(file as ArrayBuffer);
  }
  const wb = emptyWorkbook();
  xl.eachSheet((ws) => {
    const sheet = addSheet(wb, ws.name, visibilityOf(ws.state));
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (c, col) => {
        const fill = c.fill && c.fill.type === "pattern" ? c.fill.fgColor?.argb : undefined;
        // An empty cell counts when it is unlocked or filled: an input cell waiting for the
        // operator (a spare row, the chart's goal picker) or a coloured band.
        if (c.value === null && c.protection?.locked !== false && !fill) return;
        const { value, formula } = readCell(c.value);
        const cell: Cell = { value };
        if (formula !== undefined) cell.formula = formula;
        if (c.numFmt) cell.numberFormat = c.numFmt;
        if (fill) cell.fill = `#${fill.slice(-6).toUpperCase()}`;
        if (c.font?.bold) cell.bold = true;
        if (c.font?.italic) cell.italic = true;
        if (c.font?.size) cell.fontSize = c.font.size;
        const colour = c.font?.color?.argb;
        if (colour) cell.fontColor = `#${colour.slice(-6).toUpperCase()}`;
        if (c.protection?.locked === false) cell.locked = false;
        sheet.rows.set(r, sheet.rows.get(r) ?? new Map());
        sheet.rows.get(r)!.set(col, cell);
        if (c.note) {
          const text = typeof c.note === "string" ? c.note : (c.note.texts ?? []).map((t) => t.text).join("");
          sheet.notes.push({ row: r, col, content: text, author: "" });
        }
      });
    });
    const dvs = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    // exceljs gives every cell of a validation's range its own entry (41,000 in a generated
    // workbook), all pointing at one object: its rule, alert and prompt are made once, and the
    // cells share them, as they do in the sim.
    const made = new Map<ExcelJS.DataValidation, Validation | null>();
    for (const address in dvs) {
      const dv = dvs[address]!;
      let validation = made.get(dv);
      if (validation === undefined) {
        validation = validationFromExcelJs(dv);
        made.set(dv, validation);
      }
      if (!validation) continue;
      // One cell (`B5`) per key in what exceljs reads; a `range:` key only from its own writes.
      const rect = parseRect(address.startsWith("range:") ? (address.slice(6).split(" ")[0] ?? "") : address);
      if (!rect) continue;
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) {
          const cell = cellAt(sheet, r, c);
          cell.validation = validation.rule;
          if (validation.alert) cell.validationAlert = validation.alert;
          if (validation.prompt) cell.validationPrompt = validation.prompt;
        }
    }
    const view = ws.views?.[0];
    if (view?.state === "frozen") sheet.frozen = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
    // The columns the file describes (<cols>), which may lie beyond the last cell.
    (ws.columns ?? []).forEach((column, i) => {
      if (column.hidden) sheet.hiddenColumns.add(i + 1);
      if (column.width) sheet.columnWidths.set(i + 1, column.width * perCharacter);
    });
    for (const t of ws.getTables() as unknown as Array<{
      table: { name: string; tableRef?: string; ref?: string };
    }>) {
      const ref = t.table.tableRef ?? t.table.ref ?? "";
      const rect = parseRect(ref);
      if (!rect) continue;
      wb.tables.push({
        id: newId(wb, "table"),
        name: t.table.name,
        sheet,
        rect,
        showHeaders: true,
        style: "TableStyleMedium2",
      });
    }
  });
  for (const dn of (xl.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> })
    .model) {
    const first = dn.ranges[0];
    if (!first) continue;
    wb.names.push({ name: dn.name, formula: `=${first}`, comment: "", visible: true });
  }
  return wb;
}

/**
 * One style object per distinct number format, fill, font and lock of a file: exceljs remembers
 * the style id of an object it has written, so cells sharing one are not serialised again to
 * find their style (per cell, that was a third of a write).
 */
type Styles = Map<string, Partial<ExcelJS.Style>>;

function styleOf(cell: Cell, styles: Styles): Partial<ExcelJS.Style> | undefined {
  const numFmt = cell.numberFormat && cell.numberFormat !== "General" ? cell.numberFormat : undefined;
  const hasFont = !!(cell.bold || cell.italic || cell.fontSize || cell.fontColor);
  const unlocked = cell.locked === false;
  if (!numFmt && !cell.fill && !hasFont && !unlocked) return undefined;
  const key = [
    numFmt,
    cell.fill,
    hasFont,
    cell.bold,
    cell.italic,
    cell.fontSize,
    cell.fontColor,
    unlocked,
  ].join("|");
  let style = styles.get(key);
  if (!style) {
    style = {};
    if (numFmt) style.numFmt = numFmt;
    if (cell.fill)
      style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.fill.slice(1)}` } };
    if (hasFont)
      style.font = {
        bold: cell.bold ?? false,
        ...(cell.italic ? { italic: true } : {}),
        ...(cell.fontSize ? { size: cell.fontSize } : {}),
        ...(cell.fontColor ? { color: { argb: `FF${cell.fontColor.slice(1)}` } } : {}),
      };
    if (unlocked) style.protection = { locked: false };
    styles.set(key, style);
  }
  return style;
}

function writeCell(sheet: ExcelJS.Worksheet, r: number, c: number, cell: Cell, styles: Styles): void {
  const x = sheet.getCell(r, c);
  if (cell.formula !== undefined) {
    x.value = {
      formula: cell.formula.slice(1),
      result: cell.value === "" ? undefined : cell.value,
    } as ExcelJS.CellFormulaValue;
  } else if (cell.value !== "") x.value = cell.value;
  const style = styleOf(cell, styles);
  if (style) x.style = style;
}

/** A cell's validation with its alert and prompt, as exceljs keeps it; undefined when it has none. */
function dataValidationOf(cell: Cell): ExcelJS.DataValidation | undefined {
  const v = cell.validation;
  const alert = cell.validationAlert?.showAlert
    ? {
        showErrorMessage: true,
        errorStyle: cell.validationAlert.style.toLowerCase(),
        errorTitle: cell.validationAlert.title,
        error: cell.validationAlert.message,
      }
    : {};
  const prompt = cell.validationPrompt?.showPrompt
    ? {
        showInputMessage: true,
        promptTitle: cell.validationPrompt.title,
        prompt: cell.validationPrompt.message,
      }
    : {};
  if (v && "list" in v) {
    const source = v.list.source.startsWith("=") ? v.list.source.slice(1) : `"${v.list.source}"`;
    return {
      type: "list",
      allowBlank: true,
      formulae: [source],
      ...alert,
      ...prompt,
    } as ExcelJS.DataValidation;
  }
  if (v?.decimal || v?.wholeNumber || v?.date) {
    const body = (v.decimal ?? v.wholeNumber ?? v.date)!;
    // Office.js takes a date bound as ISO text; a file keeps it as a date.
    const bound = (b: number | string) => {
      const iso = v.date && typeof b === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(b) : null;
      return iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : b;
    };
    return {
      type: v.decimal ? "decimal" : v.date ? "date" : "whole",
      operator: body.operator.replace(/^./, (c) => c.toLowerCase()) as ExcelJS.DataValidationOperator,
      allowBlank: true,
      formulae: [bound(body.formula1), ...(body.formula2 === undefined ? [] : [bound(body.formula2)])],
      ...alert,
      ...prompt,
    } as ExcelJS.DataValidation;
  }
  return undefined;
}

/**
 * A sheet's validations as rectangles of cells with the same rule, alert and prompt, keyed
 * `A5:C104` as exceljs keeps a range. Given one entry per cell (45,000 in a generated workbook,
 * most of them the spare rows'), exceljs compares every cell with its neighbours by deep equality
 * to find those rectangles again before it writes: most of the write. Cells are grouped by the
 * identity of their rule, alert and prompt objects (the sim and the loader share them between the
 * cells of a range) through an id per distinct text, so equal rules made separately group too.
 */
function dataValidationRanges(sheet: SheetModel): Record<string, ExcelJS.DataValidation> {
  const ids = new Map<object, string>();
  const texts = new Map<string, string>();
  const idOf = (o: object | undefined) => {
    if (o === undefined) return "";
    let id = ids.get(o);
    if (id === undefined) {
      const text = JSON.stringify(o);
      id = texts.get(text) ?? String(texts.size);
      texts.set(text, id);
      ids.set(o, id);
    }
    return id;
  };
  // Per column, runs of rows with the same validation: column → [first row, last row, key, cell].
  type Run = { r0: number; r1: number; key: string; cell: Cell };
  const columns = new Map<number, Run[]>();
  const rows = [...sheet.rows.keys()].sort((a, b) => a - b);
  for (const r of rows)
    for (const [c, cell] of sheet.rows.get(r)!) {
      if (!cell.validation) continue;
      const key = `${idOf(cell.validation)}|${idOf(cell.validationAlert)}|${idOf(cell.validationPrompt)}`;
      const runs = columns.get(c) ?? columns.set(c, []).get(c)!;
      const last = runs.at(-1);
      if (last && last.key === key && last.r1 === r - 1) last.r1 = r;
      else runs.push({ r0: r, r1: r, key, cell });
    }
  // Runs with the same rows and key in neighbouring columns make one rectangle.
  const open = new Map<string, { c0: number; c1: number; run: Run }>();
  const out: Record<string, ExcelJS.DataValidation> = {};
  const close = (k: string) => {
    const { c0, c1, run } = open.get(k)!;
    const dv = dataValidationOf(run.cell);
    if (dv) out[localAddress({ r0: run.r0, c0, r1: run.r1, c1 })] = dv;
    open.delete(k);
  };
  for (const c of [...columns.keys()].sort((a, b) => a - b)) {
    for (const run of columns.get(c)!) {
      const k = `${run.r0}:${run.r1}:${run.key}`;
      const rect = open.get(k);
      if (rect && rect.c1 === c - 1) rect.c1 = c;
      else {
        if (rect) close(k);
        open.set(k, { c0: c, c1: c, run });
      }
    }
    for (const [k, rect] of open) if (rect.c1 < c) close(k);
  }
  for (const k of [...open.keys()]) close(k);
  return out;
}

/**
 * Writes a sim workbook back to .xlsx, rebuilding every table from its cells (PITFALLS ej#1959):
 * values, formulas, number formats, fills, fonts, unlocked cells, validations with their alerts and prompts, hidden
 * columns, column widths, row heights, frozen panes, names over ranges.
 * Notes inside tables are left out: exceljs writes them in a way Excel rejects (ej#1616).
 */
export async function saveXlsx(wb: WorkbookModel, opts: XlsxOptions = {}): Promise<Buffer> {
  const perCharacter = opts.pointsPerCharacter ?? 7;
  const xl = new ExcelJS.Workbook();
  const styles: Styles = new Map();
  for (const s of wb.sheets) {
    const ws = xl.addWorksheet(s.name);
    ws.state =
      s.visibility === "Hidden" ? "hidden" : s.visibility === "VeryHidden" ? "veryHidden" : "visible";
    const tables = wb.tables.filter((t) => t.sheet === s);
    const inTable = (r: number, c: number) =>
      tables.some((t) => r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1);
    for (const t of tables) {
      const headers: string[] = [];
      for (let c = t.rect.c0; c <= t.rect.c1; c++)
        headers.push(String(s.rows.get(t.rect.r0)?.get(c)?.value ?? ""));
      const rows: ExcelJS.CellValue[][] = [];
      for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) {
        const line: ExcelJS.CellValue[] = [];
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          const cell = s.rows.get(r)?.get(c);
          if (!cell) line.push(null);
          else if (cell.formula !== undefined)
            line.push({ formula: cell.formula.slice(1) } as ExcelJS.CellFormulaValue);
          else line.push(cell.value === "" ? null : cell.value);
        }
        rows.push(line);
      }
      ws.addTable({
        name: t.name,
        ref: `${ws.getColumn(t.rect.c0).letter}${t.rect.r0}`,
        headerRow: true,
        style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
        columns: headers.map((name) => ({ name, filterButton: true })),
        rows,
      });
    }
    for (const [r, cols] of s.rows) for (const [c, cell] of cols) writeCell(ws, r, c, cell, styles);
    (ws as unknown as { dataValidations: { model: object } }).dataValidations.model = dataValidationRanges(s);
    for (const n of s.notes) if (!inTable(n.row, n.col)) ws.getCell(n.row, n.col).note = n.content;
    for (const c of s.hiddenColumns) ws.getColumn(c).hidden = true;
    for (const [c, points] of s.columnWidths) ws.getColumn(c).width = points / perCharacter;
    for (const [r, points] of s.rowHeights) ws.getRow(r).height = points;
    const { rows: ySplit, columns: xSplit } = s.frozen;
    if (ySplit > 0 || xSplit > 0)
      ws.views = [{ state: "frozen", ...(ySplit > 0 ? { ySplit } : {}), ...(xSplit > 0 ? { xSplit } : {}) }];
  }
  for (const n of wb.names) {
    const text = n.formula.replace(/^=/, "");
    const { sheet, local } = splitSheet(text);
    // Names over a range only: exceljs cannot keep a formula name (OFFSET(…), a structured reference).
    if (sheet !== null && parseRect(local)) xl.definedNames.add(text, n.name);
  }
  // Stored, not deflated: these files are read back at once, in memory, and deflating them (and
  // inflating them again) was a third of a write and read.
  return Buffer.from(await xl.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
}
