import { fullAddress, splitSheet } from "./address";
import { Bag } from "./bag";
import { SimCollection } from "./collection";
import { type SimContext, SimObject } from "./context";
import { SimError } from "./errors";
import type { NoteModel, SheetModel } from "./model";
import { RangeProxy, resolveAddress, targetOf } from "./range";
import { checkArgBatch, q, wbOf } from "./shared";

/** Cell notes (ExcelApi 1.18), workbook- and worksheet-level. */
interface NoteRef {
  sheet: SheetModel;
  note: NoteModel;
}

function noteBag(ctx: SimContext, path: string, resolve: () => NoteRef | undefined, nullable = false) {
  const bag = new Bag<NoteRef>(
    ctx,
    path,
    resolve,
    {
      props: {
        content: { get: (x) => x.note.content, set: (x, v) => (x.note.content = String(v)) },
        authorName: { get: (x) => x.note.author },
        visible: { get: () => false, set: () => {} },
        height: { get: () => 60, set: () => {} },
        width: { get: () => 120, set: () => {} },
      },
      methods: {
        delete: (x) => {
          const i = x.sheet.notes.indexOf(x.note);
          if (i < 0) throw new SimError("ItemNotFound", "The note no longer exists.", path);
          x.sheet.notes.splice(i, 1);
        },
      },
    },
    nullable,
  );
  return Object.assign(bag, {
    getLocation: () =>
      new RangeProxy(ctx, `${path}.getLocation()`, () => {
        const x = bag.target();
        return { sheet: x.sheet, rect: { r0: x.note.row, c0: x.note.col, r1: x.note.row, c1: x.note.col } };
      }),
  });
}

export class NoteCollection extends SimCollection<NoteRef, SimObject> {
  constructor(
    context: SimContext,
    path: string,
    private readonly scope: (() => SheetModel) | null,
  ) {
    super(context, path);
  }
  protected list(): NoteRef[] {
    const sheets = this.scope ? [this.scope()] : wbOf(this.context).sheets;
    return sheets.flatMap((sheet) => sheet.notes.map((note) => ({ sheet, note })));
  }
  protected wrap(m: NoteRef, i: number): SimObject {
    return noteBag(this.context, `${this.path}.items[${i}]`, () => m);
  }
  protected itemProps(): readonly string[] {
    return ["content", "authorName", "visible", "height", "width"];
  }
  private find(key: string): NoteRef | undefined {
    const t = resolveAddress(wbOf(this.context), key, this.scope?.());
    const note = t.sheet.notes.find((n) => n.row === t.rect.r0 && n.col === t.rect.c0);
    return note ? { sheet: t.sheet, note } : undefined;
  }
  getItem(key: string) {
    return noteBag(this.context, `${this.path}.getItem(${q(key)})`, () => this.find(key));
  }
  getItemOrNullObject(key: string) {
    return noteBag(this.context, `${this.path}.getItemOrNullObject(${q(key)})`, () => this.find(key), true);
  }
  getItemAt(index: number) {
    return noteBag(this.context, `${this.path}.getItemAt(${index})`, () => this.list()[index]);
  }
  add(cellAddress: unknown, content: unknown) {
    checkArgBatch(this.context, cellAddress);
    let created: NoteRef | undefined;
    const proxy = noteBag(this.context, `${this.path}.add()`, () => created);
    const payload = cellAddress instanceof SimObject ? cellAddress.path : cellAddress;
    this.queueWrite("add", [payload, content], () => {
      const t = targetOf(this, this.context, cellAddress, this.scope?.());
      if (this.scope === null && typeof cellAddress === "string" && splitSheet(cellAddress).sheet === null) {
        throw new SimError(
          "InvalidArgument",
          "workbook.notes.add needs a sheet-qualified address.",
          this.path,
        );
      }
      if (t.rect.r0 !== t.rect.r1 || t.rect.c0 !== t.rect.c1) {
        throw new SimError("InvalidArgument", "A note belongs to a single cell.", this.path);
      }
      if (t.sheet.notes.some((n) => n.row === t.rect.r0 && n.col === t.rect.c0)) {
        throw new SimError(
          "InvalidOperation",
          "The cell already has a note.",
          fullAddress(t.sheet.name, t.rect),
        );
      }
      const note: NoteModel = {
        row: t.rect.r0,
        col: t.rect.c0,
        content: String(content),
        author: "Planbook",
      };
      t.sheet.notes.push(note);
      created = { sheet: t.sheet, note };
    });
    return proxy;
  }
}
