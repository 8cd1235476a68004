import { parseRect } from "./address";
import { type SimContext, SimObject } from "./context";
import { findSheet } from "./model";
import { NamedItemCollection } from "./names";
import { NoteCollection } from "./notes";
import { RangeProxy } from "./range";
import { SettingCollection } from "./settings";
import { wbOf } from "./shared";
import { TableCollection } from "./tables";
import { WorksheetCollection } from "./worksheets";

/** The workbook proxy a RequestContext hands out. */
export class WorkbookProxy extends SimObject {
  readonly tables: TableCollection;
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
  readonly settings: SettingCollection;
  readonly notes: NoteCollection;

  constructor(context: SimContext) {
    super(context, "workbook");
    this.tables = new TableCollection(context, "workbook.tables", null);
    this.worksheets = new WorksheetCollection(context, "workbook.worksheets");
    this.names = new NamedItemCollection(context, "workbook.names");
    this.settings = new SettingCollection(context, "workbook.settings");
    this.notes = new NoteCollection(context, "workbook.notes", null);
  }
  protected scalarProps(): readonly string[] {
    return ["name"];
  }
  protected snapshot(): Record<string, unknown> {
    return { name: "Book.xlsx" };
  }
  protected exists(): boolean {
    return true;
  }
  get name(): string {
    return this.read("name");
  }
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, "workbook.getSelectedRange()", () => {
      const wb = wbOf(this.context);
      const sel = wb.selection;
      const sheet = (sel && findSheet(wb, sel.sheet)) || wb.sheets.find((s) => s.visibility === "Visible");
      if (!sheet) return undefined;
      return { sheet, rect: (sel && parseRect(sel.address)) || { r0: 1, c0: 1, r1: 1, c1: 1 } };
    });
  }
}
