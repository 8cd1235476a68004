import type { Language } from "@planbook/core";
import type { RawCell, RawTable, RawWorkbook } from "../grid/raw";
import { SHEETS, tableSpec } from "../layout/spec";
import type { TableName } from "../layout/types";

/**
 * Test support: builds RawTables the way adapters report them, from rows keyed by model field,
 * with headers in a chosen language and order and optional user columns.
 */
export interface TableFixture {
  name: TableName;
  /** Sheet name; defaults to the spec sheet's name in `lang`. */
  sheet?: string;
  /** Name the ListObject has in the workbook (default: the spec name). */
  listObjectName?: string;
  headerRow: number;
  firstColumn: number;
  /** Field keys in the workbook's column order; default: the spec's order, tool-owned included. */
  order?: readonly string[];
  /** Header text per field instead of the spec header (users rename within the aliases). */
  headerOverride?: Record<string, string>;
  /** User columns inserted before the column at `before` (a field key) or at the end. */
  extra?: { header: string; before?: string; values: RawCell[] }[];
  /** Body rows keyed by field; `{}` is a blank row. */
  rows: Record<string, RawCell>[];
}

function buildTable(fx: TableFixture, lang: Language): RawTable {
  const spec = tableSpec(fx.name);
  const order = [...(fx.order ?? spec.columns.map((c) => c.key))];
  type Col = { header: string; cell: (row: Record<string, RawCell>, i: number) => RawCell };
  const cols: Col[] = order.map((key) => {
    const c = spec.columns.find((x) => x.key === key);
    if (!c) throw new Error(`no column ${key} in ${fx.name}`);
    return { header: fx.headerOverride?.[key] ?? c.header[lang], cell: (row) => row[key] ?? null };
  });
  for (const extra of fx.extra ?? []) {
    const at = extra.before ? order.indexOf(extra.before) : -1;
    const col: Col = { header: extra.header, cell: (_row, i) => extra.values[i] ?? null };
    if (at < 0) {
      cols.push(col);
    } else {
      cols.splice(at, 0, col);
      order.splice(at, 0, `#${extra.header}`);
    }
  }
  const home = SHEETS.find((s) => s.tables.includes(spec));
  return {
    name: fx.listObjectName ?? fx.name,
    sheet: fx.sheet ?? home?.name[lang] ?? "Sheet1",
    headerRow: fx.headerRow,
    firstColumn: fx.firstColumn,
    headers: cols.map((c) => c.header),
    rows: fx.rows.map((row, i) => cols.map((c) => c.cell(row, i))),
  };
}

export function buildWorkbook(
  lang: Language,
  tables: readonly TableFixture[],
  names: Record<string, { value: RawCell; cell: string }>,
  meta: Record<string, string> = {},
): RawWorkbook {
  const settingsSheet = SHEETS.find((s) => s.kind === "settings")?.name[lang] ?? "Settings";
  const built = tables.map((t) => buildTable(t, lang));
  return {
    tables: built,
    names: Object.fromEntries(
      Object.entries(names).map(([k, v]) => [k, { value: v.value, sheet: settingsSheet, cell: v.cell }]),
    ),
    meta,
    sheetNames: [...new Set([...built.map((t) => t.sheet), settingsSheet])],
  };
}
