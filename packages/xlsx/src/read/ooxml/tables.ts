import { isSpreadsheetMl } from "./namespaces";
import { attr, type PartContext, parseXml } from "./xml";

export interface TablePart {
  name: string;
  ref: string;
  /** Header rows (0 or 1; absent in the XML means 1). */
  headerRowCount: number;
  /** Totals rows at the bottom of `ref` (0 or 1). */
  totalsRowCount: number;
  /** Column names as the table part lists them (used where a header cell is blank). */
  columns: string[];
}

function count(v: string | undefined, fallback: number): number {
  const n = v === undefined ? fallback : Number(v);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** A table part (`xl/tables/tableN.xml`); null when it has no name or no range. */
export function parseTable(xml: Buffer, ctx: PartContext): TablePart | null {
  let table: TablePart | null = null;
  parseXml(xml, ctx, {
    open(tag) {
      if (!isSpreadsheetMl(tag.uri)) return;
      if (tag.local === "table") {
        const name = attr(tag, "name") ?? attr(tag, "displayName");
        const ref = attr(tag, "ref");
        if (!name || !ref) return;
        table = {
          name,
          ref,
          headerRowCount: count(attr(tag, "headerRowCount"), 1),
          totalsRowCount: count(attr(tag, "totalsRowCount"), 0),
          columns: [],
        };
      } else if (tag.local === "tableColumn" && table) {
        table.columns.push(attr(tag, "name") ?? "");
      }
    },
  });
  return table;
}
