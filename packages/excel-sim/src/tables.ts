import { fullAddress, type Rect } from "./address";
import { Bag } from "./bag";
import { SimCollection } from "./collection";
import { BoundObject, notFound, type SimContext, SimObject } from "./context";
import { SimError } from "./errors";
import { SimEventHandlers } from "./events";
import {
  cellAt,
  findName,
  findTable,
  getCell,
  newId,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "./model";
import { RangeProxy, recordingChange, targetOf } from "./range";
import { checkArgBatch, overlaps, q, wbOf } from "./shared";
import type { WorksheetProxy } from "./worksheets";

/** Table (ListObject) proxies: the tables collections, columns and rows. */
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function checkTableName(wb: WorkbookModel, name: unknown, self?: TableModel): string {
  if (
    typeof name !== "string" ||
    !TABLE_NAME.test(name) ||
    name.length > 255 ||
    /^[A-Za-z]{1,3}\d+$/.test(name)
  ) {
    throw new SimError("InvalidArgument", `${JSON.stringify(name)} is not a valid table name.`);
  }
  const other = findTable(wb, name);
  if (other && other !== self)
    throw new SimError("ItemAlreadyExists", `A table named ${name} already exists.`);
  if (findName(wb, name)) throw new SimError("ItemAlreadyExists", `${name} is already a defined name.`);
  return name;
}

function headerTexts(t: TableModel): string[] {
  const out: string[] = [];
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    const v = getCell(t.sheet, t.rect.r0, c)?.value ?? "";
    out.push(String(v));
  }
  return out;
}

export class TableProxy extends BoundObject<TableModel> {
  /** Unlike a sheet's, a deleted table's proxy fails on any use, not only on the next sync. */
  table(): TableModel {
    const t = this.target();
    if (!this.live(t)) throw notFound(this.path);
    return t;
  }

  protected override live(table: TableModel): boolean {
    return wbOf(this.context).tables.includes(table);
  }

  protected scalarProps(): readonly string[] {
    return ["name", "id", "showHeaders", "showTotals", "style"];
  }

  protected snapshot(props: readonly string[]): Record<string, unknown> {
    const t = this.table();
    const all: Record<string, unknown> = {
      name: t.name,
      id: t.id,
      showHeaders: t.showHeaders,
      showTotals: false,
      style: t.style,
    };
    return Object.fromEntries(props.map((p) => [p, all[p]]));
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.queueWrite("name", v, () => {
      const t = this.table();
      t.name = checkTableName(wbOf(this.context), v, t);
    });
  }
  get id(): string {
    return this.read("id");
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  set showHeaders(v: boolean) {
    this.queueWrite("showHeaders", v, () => {
      if (v !== true)
        throw new SimError("InvalidArgument", "Hiding a table's header row is not simulated.", this.path);
      this.table().showHeaders = true;
    });
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    this.queueWrite("style", v, () => {
      this.table().style = String(v);
    });
  }

  private rangeOf(name: string, f: (t: TableModel) => Rect): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.${name}()`, () => {
      const t = this.table();
      return { sheet: t.sheet, rect: f(t) };
    });
  }
  getRange(): RangeProxy {
    return this.rangeOf("getRange", (t) => ({ ...t.rect }));
  }
  getHeaderRowRange(): RangeProxy {
    return this.rangeOf("getHeaderRowRange", (t) => ({ ...t.rect, r1: t.rect.r0 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.rangeOf("getDataBodyRange", (t) => ({ ...t.rect, r0: t.rect.r0 + 1 }));
  }

  get worksheet(): WorksheetProxy {
    return this.child("worksheet", () =>
      this.context.host.worksheetOf(this.context, `${this.path}.worksheet`, () => this.table().sheet),
    );
  }
  /** Data changes inside this table (ExcelApi 1.7); the address is the part inside the table. */
  get onChanged(): SimEventHandlers {
    this.changedEvents ??= new SimEventHandlers(this, "onChanged", () => ({
      kind: "table",
      table: this.table(),
    }));
    return this.changedEvents;
  }
  private changedEvents: SimEventHandlers | undefined;

  get columns(): TableColumnCollection {
    return this.child(
      "columns",
      () => new TableColumnCollection(this.context, `${this.path}.columns`, () => this.table()),
    );
  }
  get rows(): TableRowCollection {
    return this.child(
      "rows",
      () => new TableRowCollection(this.context, `${this.path}.rows`, () => this.table()),
    );
  }

  protected override navigation(name: string): SimObject | undefined {
    return name === "worksheet" ? this.worksheet : undefined;
  }

  /** Deletes the table and its cells (Excel's Table.delete). */
  delete(): void {
    this.queueWrite("delete", null, () => {
      const t = this.table();
      const wb = wbOf(this.context);
      for (let r = t.rect.r0; r <= t.rect.r1; r++)
        for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.rows.get(r)?.delete(c);
      wb.tables.splice(wb.tables.indexOf(t), 1);
    });
  }

  convertToRange(): void {
    this.queueWrite("convertToRange", null, () => {
      const t = this.table();
      const wb = wbOf(this.context);
      wb.tables.splice(wb.tables.indexOf(t), 1);
    });
  }
}

export class TableCollection extends SimCollection<TableModel, TableProxy> {
  constructor(
    context: SimContext,
    path: string,
    /** Set for `worksheet.tables`. */
    private readonly scope: (() => SheetModel) | null,
  ) {
    super(context, path);
  }
  protected list(): TableModel[] {
    const all = wbOf(this.context).tables;
    const scope = this.scope;
    if (!scope) return all;
    const sheet = scope();
    return all.filter((t) => t.sheet === sheet);
  }
  protected wrap(m: TableModel, i: number): TableProxy {
    return new TableProxy(this.context, `${this.path}.items[${i}]`, () => m);
  }
  protected itemProps(): readonly string[] {
    return ["name", "id", "showHeaders", "showTotals", "style"];
  }
  /**
   * Looks the name up workbook-wide even on `worksheet.tables`: Excel does the same (oj#2235),
   * so code that relies on sheet scoping is caught here too.
   */
  getItem(key: string): TableProxy {
    return new TableProxy(this.context, `${this.path}.getItem(${q(key)})`, () =>
      findTable(wbOf(this.context), key),
    );
  }
  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(
      this.context,
      `${this.path}.getItemOrNullObject(${q(key)})`,
      () => findTable(wbOf(this.context), key),
      true,
    );
  }
  getItemAt(index: number): TableProxy {
    return new TableProxy(this.context, `${this.path}.getItemAt(${index})`, () => this.list()[index]);
  }

  add(address: unknown, hasHeaders: boolean): TableProxy {
    checkArgBatch(this.context, address);
    let created: TableModel | undefined;
    const proxy = new TableProxy(this.context, `${this.path}.add()`, () => created);
    const payload = address instanceof SimObject ? address.path : address;
    this.queueWrite("add", [payload, hasHeaders], () => {
      const wb = wbOf(this.context);
      if (hasHeaders !== true) {
        throw new SimError("InvalidArgument", "Only tables.add(address, true) is simulated.", this.path);
      }
      const { sheet, rect } = targetOf(this, this.context, address, this.scope?.());
      if (rect.r1 - rect.r0 < 1)
        throw new SimError("InvalidArgument", "A table needs a header row and a body row.");
      for (const other of wb.tables) {
        if (other.sheet === sheet && overlaps(other.rect, rect)) {
          throw new SimError(
            "InvalidArgument",
            `The range overlaps table ${other.name}.`,
            fullAddress(sheet.name, rect),
          );
        }
      }
      // Blank or repeated header cells get unique names, as Excel does ("Column3", "Target2").
      const seen = new Set<string>();
      for (let c = rect.c0; c <= rect.c1; c++) {
        const cell = cellAt(sheet, rect.r0, c);
        let base = String(cell.value ?? "").trim();
        if (cell.formula !== undefined || base === "") base = `Column${c - rect.c0 + 1}`;
        let name = base;
        for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
        seen.add(name.toLowerCase());
        cell.value = name;
        cell.formula = undefined;
      }
      let n = wb.tables.length + 1;
      while (findTable(wb, `Table${n}`)) n++;
      created = {
        id: newId(wb, "table"),
        name: `Table${n}`,
        sheet,
        rect: { ...rect },
        showHeaders: true,
        style: "TableStyleMedium2",
      };
      wb.tables.push(created);
    });
    return proxy;
  }
}

interface ColumnRef {
  table: TableModel;
  index: number;
}

function columnBag(ctx: SimContext, path: string, resolve: () => ColumnRef | undefined, nullable = false) {
  const bag = new Bag<ColumnRef>(
    ctx,
    path,
    resolve,
    {
      props: {
        name: { get: (x) => headerTexts(x.table)[x.index] },
        index: { get: (x) => x.index },
        id: { get: (x) => x.index + 1 },
      },
    },
    nullable,
  );
  const range = (name: string, f: (x: ColumnRef) => Rect) =>
    new RangeProxy(ctx, `${path}.${name}()`, () => {
      const x = bag.target();
      return { sheet: x.table.sheet, rect: f(x) };
    });
  const col = (x: ColumnRef) => x.table.rect.c0 + x.index;
  return Object.assign(bag, {
    getDataBodyRange: () =>
      range("getDataBodyRange", (x) => ({
        r0: x.table.rect.r0 + 1,
        r1: x.table.rect.r1,
        c0: col(x),
        c1: col(x),
      })),
    getHeaderRowRange: () =>
      range("getHeaderRowRange", (x) => ({
        r0: x.table.rect.r0,
        r1: x.table.rect.r0,
        c0: col(x),
        c1: col(x),
      })),
    getRange: () =>
      range("getRange", (x) => ({ r0: x.table.rect.r0, r1: x.table.rect.r1, c0: col(x), c1: col(x) })),
  });
}

export class TableColumnCollection extends SimCollection<ColumnRef, SimObject> {
  constructor(
    context: SimContext,
    path: string,
    private readonly tableOf: () => TableModel,
  ) {
    super(context, path);
  }
  protected list(): ColumnRef[] {
    const table = this.tableOf();
    return headerTexts(table).map((_, index) => ({ table, index }));
  }
  protected wrap(m: ColumnRef, i: number): SimObject {
    return columnBag(this.context, `${this.path}.items[${i}]`, () => m);
  }
  protected itemProps(): readonly string[] {
    return ["name", "index", "id"];
  }
  private byName(key: string): ColumnRef | undefined {
    const table = this.tableOf();
    const want = key.trim().toLowerCase();
    const index = headerTexts(table).findIndex((h) => h.trim().toLowerCase() === want);
    return index < 0 ? undefined : { table, index };
  }
  getItem(key: string) {
    return columnBag(this.context, `${this.path}.getItem(${q(key)})`, () => this.byName(key));
  }
  getItemOrNullObject(key: string) {
    return columnBag(
      this.context,
      `${this.path}.getItemOrNullObject(${q(key)})`,
      () => this.byName(key),
      true,
    );
  }
  getItemAt(index: number) {
    return columnBag(this.context, `${this.path}.getItemAt(${index})`, () => this.list()[index]);
  }
}

export class TableRowCollection extends SimCollection<number, SimObject> {
  constructor(
    context: SimContext,
    path: string,
    private readonly tableOf: () => TableModel,
  ) {
    super(context, path);
  }
  protected list(): number[] {
    const t = this.tableOf();
    return Array.from({ length: t.rect.r1 - t.rect.r0 }, (_, i) => i);
  }
  protected wrap(m: number, i: number): SimObject {
    const t = this.tableOf();
    return new Bag<number>(this.context, `${this.path}.items[${i}]`, () => m, {
      props: {
        index: { get: (x) => x },
        values: {
          get: (x) => {
            const out: unknown[] = [];
            for (let c = t.rect.c0; c <= t.rect.c1; c++)
              out.push(getCell(t.sheet, t.rect.r0 + 1 + x, c)?.value ?? "");
            return [out];
          },
        },
      },
    });
  }
  protected itemProps(): readonly string[] {
    return ["index", "values"];
  }

  /**
   * Inserts rows at `index` (default: the end), shifting the cells below inside the table's
   * columns, and writes `values` into them.
   */
  add(index?: number | null, values?: unknown[][]): void {
    this.queueWrite("add", [index ?? null, values ?? null], () => {
      const t = this.tableOf();
      const wb = wbOf(this.context);
      const width = t.rect.c1 - t.rect.c0 + 1;
      const rows = values ?? [Array.from({ length: width }, () => "")];
      if (
        !Array.isArray(rows) ||
        rows.length === 0 ||
        rows.some((r) => !Array.isArray(r) || r.length !== width)
      ) {
        throw new SimError(
          "InvalidArgument",
          `rows.add needs a 2-D array with ${width} columns per row.`,
          `${t.name}.rows.add`,
        );
      }
      const bodyRows = t.rect.r1 - t.rect.r0;
      const at = index ?? bodyRows;
      if (at < 0 || at > bodyRows)
        throw new SimError("InvalidArgument", `Row index ${at} is outside the table.`);
      const n = rows.length;
      const insertRow = t.rect.r0 + 1 + at;
      for (const other of wb.tables) {
        if (other === t || other.sheet !== t.sheet || other.rect.r1 < insertRow) continue;
        const inside = other.rect.c0 >= t.rect.c0 && other.rect.c1 <= t.rect.c1;
        const apart = other.rect.c1 < t.rect.c0 || other.rect.c0 > t.rect.c1;
        if (!inside && !apart) {
          throw new SimError(
            "InvalidOperation",
            `Inserting rows would split table ${other.name}.`,
            `${t.name}.rows.add`,
          );
        }
        if (inside) {
          other.rect.r0 += n;
          other.rect.r1 += n;
        }
      }
      shiftDown(t.sheet, insertRow, n, t.rect.c0, t.rect.c1);
      t.rect.r1 += n;
      const inserted = { r0: insertRow, r1: insertRow + n - 1, c0: t.rect.c0, c1: t.rect.c1 };
      recordingChange(
        this.context.host,
        { sheet: t.sheet, rect: inserted },
        { source: "Local", triggerSource: "ThisLocalAddin", changeType: "RowInserted" },
        () => writeRows(t, insertRow, rows),
      );
    });
  }
}

function writeRows(t: TableModel, insertRow: number, rows: unknown[][]): void {
  rows.forEach((line, i) => {
    line.forEach((v, j) => {
      const cell = cellAt(t.sheet, insertRow + i, t.rect.c0 + j);
      if (typeof v === "string" && v.startsWith("=") && v.length > 1) {
        cell.formula = v;
        cell.value = "";
      } else if (v === null || v === undefined) {
        cell.value = "";
      } else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
        cell.value = v;
      } else {
        throw new SimError("InvalidArgument", `Unsupported cell value ${JSON.stringify(v)}.`);
      }
    });
  });
}

/** Moves cells (and notes) in columns c0..c1 at or below `fromRow` down by n rows. */
function shiftDown(sheet: SheetModel, fromRow: number, n: number, c0: number, c1: number): void {
  const rows = [...sheet.rows.keys()].filter((r) => r >= fromRow).sort((a, b) => b - a);
  for (const r of rows) {
    const line = sheet.rows.get(r)!;
    for (let c = c0; c <= c1; c++) {
      const cell = line.get(c);
      if (!cell) continue;
      line.delete(c);
      let target = sheet.rows.get(r + n);
      if (!target) {
        target = new Map();
        sheet.rows.set(r + n, target);
      }
      target.set(c, cell);
    }
  }
  for (const note of sheet.notes) if (note.row >= fromRow && note.col >= c0 && note.col <= c1) note.row += n;
}
