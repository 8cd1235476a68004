import { foldLabel } from "@planbook/core";
import type { CellRange } from "../grid/a1";
import { type RawCell, type RawSheet, type RawTable, type RawWorkbook, rawTableRange } from "../grid/raw";
import { SHEETS, TABLES } from "../layout/spec";
import type { TableSpec } from "../layout/types";
import { headerCoverage, matchHeaders } from "./headers";
import { HEADER_MATCH_THRESHOLD } from "./tables";

const isBlank = (c: RawCell | undefined) =>
  c === null || c === undefined || (typeof c === "string" && c.trim() === "");

const text = (c: RawCell | undefined): string =>
  c === null || c === undefined ? "" : typeof c === "object" ? c.error : String(c).trim();

function homeSheetNames(spec: TableSpec): string[] {
  const home = SHEETS.find((s) => s.tables.includes(spec));
  return home ? [foldLabel(home.name.en), foldLabel(home.name["zh-CN"])] : [];
}

/** The ranges of the sheet's surviving table parts, with the rows read below them: their cells are not a lost table's. */
function tableRegions(raw: RawWorkbook, sheet: string): CellRange[] {
  const folded = foldLabel(sheet);
  return raw.tables
    .filter((t) => foldLabel(t.sheet) === folded)
    .map((t) => {
      const range = rawTableRange(t);
      return { ...range, lastRow: range.lastRow + (t.below?.length ?? 0) };
    });
}

/** A row's cells with those inside `regions` blanked (tables side by side share their rows). */
function outside(row: number, cells: readonly RawCell[], regions: readonly CellRange[]): RawCell[] {
  const inRow = regions.filter((r) => r.row <= row && row <= r.lastRow);
  if (inRow.length === 0) return Array.from(cells, (c) => c ?? null);
  return Array.from(cells, (c, i) =>
    inRow.some((r) => r.column <= i + 1 && i + 1 <= r.lastColumn) ? null : (c ?? null),
  );
}

/**
 * A spec table rebuilt from the cells of its sheet: the first row that carries enough of its
 * headers outside other tables (either language, any order — as for renamed tables), widened to
 * the run of non-blank header cells around them; its body runs down to the first row that is
 * entirely blank across those columns. Null when no such row exists.
 */
function recoverOne(spec: TableSpec, sheet: RawSheet, regions: readonly CellRange[]): RawTable | null {
  const rows = sheet.rows;
  for (let i = 0; i < rows.length; i++) {
    const header = rows[i];
    if (!header) continue;
    const texts = outside(header.row, header.cells, regions).map(text);
    if (headerCoverage(spec, texts) < HEADER_MATCH_THRESHOLD) continue;
    const matched = [...matchHeaders(spec, texts).columns.values()];
    let left = Math.min(...matched);
    let right = Math.max(...matched);
    while (left > 0 && texts[left - 1] !== "") left--;
    while (right + 1 < texts.length && texts[right + 1] !== "") right++;
    const body: RawCell[][] = [];
    let expected = header.row + 1;
    for (let j = i + 1; j < rows.length; j++) {
      const r = rows[j];
      if (!r || r.row !== expected) break; // a missing row is a blank row
      const line = outside(r.row, r.cells, regions);
      const cells: RawCell[] = [];
      for (let c = left; c <= right; c++) cells.push(line[c] ?? null);
      if (cells.every(isBlank)) break;
      body.push(cells);
      expected++;
    }
    return {
      name: spec.name,
      sheet: sheet.name,
      headerRow: header.row,
      firstColumn: left + 1,
      headers: texts.slice(left, right + 1),
      rows: body,
    };
  }
  return null;
}

/**
 * Tables a tool dropped (SheetJS, gnumeric, openpyxl write-only keep the cells, not the table
 * part), found by their header rows on their home sheets (docs/design.md#reading). Only specs in `missing` are
 * looked for, and only on the sheets the adapter handed over.
 */
export function recoverTables(raw: RawWorkbook, missing: ReadonlySet<string>): RawTable[] {
  const out: RawTable[] = [];
  for (const sheet of raw.sheets ?? []) {
    const folded = foldLabel(sheet.name);
    const regions = tableRegions(raw, sheet.name);
    for (const spec of TABLES) {
      if (!missing.has(spec.name) || !homeSheetNames(spec).includes(folded)) continue;
      const table = recoverOne(spec, sheet, regions);
      if (!table) continue;
      regions.push(rawTableRange(table));
      out.push(table);
    }
  }
  return out;
}
