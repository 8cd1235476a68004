import { parseRect, splitSheet } from "./address";
import { Bag } from "./bag";
import { ChartCollection } from "./charts";
import { SimCollection } from "./collection";
import { BoundObject, type SimObject } from "./context";
import { SimError } from "./errors";
import { SimEventHandlers } from "./events";
import { addSheet, findSheet, type SheetModel, usedRect, type Visibility, type WorkbookModel } from "./model";
import { NoteCollection } from "./notes";
import { RangeProxy, targetOf } from "./range";
import { q, wbOf } from "./shared";
import { TableCollection } from "./tables";

/** worksheet.freezePanes */
export interface SimFreezePanes extends SimObject {
  freezeAt(frozenRange: unknown): void;
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  unfreeze(): void;
}

/** Worksheet proxies and the worksheets collection. */
const SHEET_NAME_BAD = /[[\]:*?/\\]/;

function checkSheetName(wb: WorkbookModel, name: unknown, self?: SheetModel): string {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31 || SHEET_NAME_BAD.test(name)) {
    throw new SimError("InvalidArgument", `${JSON.stringify(name)} is not a valid worksheet name.`);
  }
  const other = findSheet(wb, name);
  if (other && other !== self)
    throw new SimError("ItemAlreadyExists", `A worksheet named ${name} already exists.`);
  return name;
}

export class WorksheetProxy extends BoundObject<SheetModel> {
  sheet(): SheetModel {
    return this.target();
  }

  protected override live(sheet: SheetModel): boolean {
    return wbOf(this.context).sheets.includes(sheet);
  }

  protected scalarProps(): readonly string[] {
    return ["name", "id", "visibility", "position"];
  }

  protected snapshot(props: readonly string[]): Record<string, unknown> {
    const s = this.sheet();
    const all: Record<string, unknown> = {
      name: s.name,
      id: s.id,
      visibility: s.visibility,
      position: wbOf(this.context).sheets.indexOf(s),
    };
    return Object.fromEntries(props.map((p) => [p, all[p]]));
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.queueWrite("name", v, () => {
      const s = this.sheet();
      s.name = checkSheetName(wbOf(this.context), v, s);
    });
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  get visibility(): Visibility {
    return this.read("visibility");
  }
  set visibility(v: Visibility) {
    this.queueWrite("visibility", v, () => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) {
        throw new SimError("InvalidArgument", `Visibility ${v} is not valid.`, this.path);
      }
      const s = this.sheet();
      const visible = wbOf(this.context).sheets.filter((x) => x.visibility === "Visible" && x !== s);
      if (v !== "Visible" && visible.length === 0) {
        throw new SimError(
          "InvalidOperation",
          "A workbook must keep at least one visible worksheet.",
          this.path,
        );
      }
      s.visibility = v;
    });
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRange(${q(address ?? "")})`, () => {
      const sheet = this.sheet();
      if (address === undefined || address === "")
        return { sheet, rect: { r0: 1, c0: 1, r1: 1_048_576, c1: 16_384 } };
      const split = splitSheet(address);
      const rect = parseRect(split.local);
      if (split.sheet !== null || !rect) {
        throw new SimError(
          "InvalidArgument",
          `The address ${address} is not a valid address on this sheet.`,
          this.path,
        );
      }
      return { sheet, rect };
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        if (rowCount < 1 || columnCount < 1) throw new SimError("InvalidArgument", "Empty range.", this.path);
        return {
          sheet: this.sheet(),
          rect: {
            r0: startRow + 1,
            c0: startColumn + 1,
            r1: startRow + rowCount,
            c1: startColumn + columnCount,
          },
        };
      },
    );
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getUsedRange(${valuesOnly})`, () => {
      const sheet = this.sheet();
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { r0: 1, c0: 1, r1: 1, c1: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        if (!this.exists()) return undefined;
        const sheet = this.sheet();
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : undefined;
      },
      true,
    );
  }

  /** Data changes on this sheet (ExcelApi 1.7), including the add-in's own writes. */
  get onChanged(): SimEventHandlers {
    this.changedEvents ??= new SimEventHandlers(this, "onChanged", () => ({
      kind: "worksheet",
      sheet: this.sheet(),
    }));
    return this.changedEvents;
  }
  private changedEvents: SimEventHandlers | undefined;

  get tables(): TableCollection {
    return this.child(
      "tables",
      () => new TableCollection(this.context, `${this.path}.tables`, () => this.sheet()),
    );
  }
  get charts(): ChartCollection {
    return this.child(
      "charts",
      () => new ChartCollection(this.context, `${this.path}.charts`, () => this.sheet()),
    );
  }
  get notes(): NoteCollection {
    return this.child(
      "notes",
      () => new NoteCollection(this.context, `${this.path}.notes`, () => this.sheet()),
    );
  }

  get freezePanes(): SimFreezePanes {
    return this.child<SimObject>(
      "freezePanes",
      () =>
        new Bag<SheetModel>(this.context, `${this.path}.freezePanes`, () => this.sheet(), {
          props: {},
          methods: {
            // The range's bottom-right cell is the last frozen row and column (from A1).
            freezeAt: (s, at) => {
              const { rect } = targetOf(this, this.context, at, s);
              s.frozen = { rows: rect.r1, columns: rect.c1 };
            },
            freezeRows: (s, n) => {
              s.frozen = { rows: Number(n ?? 1), columns: 0 };
            },
            freezeColumns: (s, n) => {
              s.frozen = { rows: 0, columns: Number(n ?? 1) };
            },
            unfreeze: (s) => {
              s.frozen = { rows: 0, columns: 0 };
            },
          },
        }),
    ) as unknown as SimFreezePanes;
  }

  activate(): void {
    this.queueWrite("activate", null, () => {
      this.sheet();
    });
  }

  delete(): void {
    this.queueWrite("delete", null, () => {
      const wb = wbOf(this.context);
      const s = this.sheet();
      if (wb.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        throw new SimError("InvalidOperation", "Cannot delete the last visible worksheet.", this.path);
      }
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.tables = wb.tables.filter((t) => t.sheet !== s);
    });
  }
}

export class WorksheetCollection extends SimCollection<SheetModel, WorksheetProxy> {
  protected list(): SheetModel[] {
    return wbOf(this.context).sheets;
  }
  protected wrap(m: SheetModel, i: number): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.items[${i}]`, () => m);
  }
  protected itemProps(): readonly string[] {
    return ["name", "id", "visibility", "position"];
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.getItem(${q(key)})`, () =>
      findSheet(wbOf(this.context), key),
    );
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      `${this.path}.getItemOrNullObject(${q(key)})`,
      () => findSheet(wbOf(this.context), key),
      true,
    );
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.getActiveWorksheet()`, () =>
      wbOf(this.context).sheets.find((s) => s.visibility === "Visible"),
    );
  }
  add(name?: string): WorksheetProxy {
    let created: SheetModel | undefined;
    const wb = wbOf(this.context);
    const proxy = new WorksheetProxy(this.context, `${this.path}.add(${q(name ?? "")})`, () => created);
    this.queueWrite("add", name ?? null, () => {
      const finalName = name ?? `Sheet${wb.sheets.length + 1}`;
      created = addSheet(wb, checkSheetName(wb, finalName));
    });
    return proxy;
  }
}
