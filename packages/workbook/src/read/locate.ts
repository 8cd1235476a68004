import type { Finding } from "@planbook/core";
import { a1, parseA1 } from "../grid/a1";
import type { RawWorkbook } from "../grid/raw";
import type { TableSpec } from "../layout/types";
import { SETTINGS_COLLECTION } from "./findings";
import { namedCell } from "./settings";

/** A cell in the real workbook, after any moves the user made. */
export interface CellRef {
  sheet: string;
  /** ListObject name as found; null for named Settings cells. */
  table: string | null;
  /** A1 address on `sheet`. */
  cell: string;
  row: number;
  column: number;
}

/** Where one spec table's cells are in this workbook. */
export interface TablePlacement {
  spec: TableSpec;
  sheet: string;
  table: string;
  headerRow: number;
  firstColumn: number;
  /** Model field (`target`, `months.3`) → 1-based sheet column of its header. */
  columns: Map<string, number>;
  /** Model row index → 1-based sheet row (blank rows skipped in the model, not in the sheet). */
  sheetRows: number[];
}

const SEASONALITY_COLLECTIONS = new Set(["seasonality", "settings.seasonality"]);

function collectionKey(collection: string): string {
  return SEASONALITY_COLLECTIONS.has(collection) ? "seasonality" : collection;
}

function cellRef(p: TablePlacement, row: number, column: number): CellRef {
  return { sheet: p.sheet, table: p.table, cell: a1(row, column), row, column };
}

/** What locating a finding reads of it. */
export type LocatableFinding = Pick<Finding, "rule" | "at" | "params">;

/**
 * Builds `locate(finding)`: a finding at `{collection, index, field}` → the cell of that row under
 * the header of that field (`months.N` → that month's column; no field or a field without a column
 * → the row's first cell); a table-level finding (params.table, no `at`) → the table's first header
 * cell; a Settings finding → the named cell. Null where the workbook has no such place.
 */
export function makeLocator(raw: RawWorkbook, placements: readonly TablePlacement[]) {
  const byCollection = new Map(placements.map((p) => [collectionKey(p.spec.collection), p]));
  const byTable = new Map(placements.map((p) => [p.spec.name.toLowerCase(), p]));

  return function locate(f: LocatableFinding): CellRef | null {
    const at = f.at;
    if (at && at.collection === SETTINGS_COLLECTION) {
      const named = at.field ? namedCell(raw, at.field) : null;
      const pos = named ? parseA1(named.cell) : null;
      return named && pos ? { sheet: named.sheet, table: null, cell: a1(pos.row, pos.column), ...pos } : null;
    }
    if (at) {
      const p = byCollection.get(collectionKey(at.collection));
      const row = p?.sheetRows[at.index];
      if (!p || row === undefined) return null;
      const field = at.field;
      const column =
        (field !== null && (p.columns.get(field) ?? p.columns.get(field.split(".")[0] ?? ""))) ||
        p.firstColumn;
      return cellRef(p, row, column);
    }
    const table = f.params.table;
    const p = typeof table === "string" ? byTable.get(table.toLowerCase()) : undefined;
    if (!p) return null;
    // rows read from below a table: their first cell, where the user typed them
    const first = f.rule === "sheet.rows.outside-table" ? f.params.first : undefined;
    return cellRef(p, typeof first === "number" ? first : p.headerRow, p.firstColumn);
  };
}
