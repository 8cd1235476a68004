import { foldLabel } from "../cells/text";
import { SHEETS, TABLES } from "../layout/spec";
import type { TableSpec } from "../layout/types";
import { headerCoverage, matchHeaders } from "./headers";
import type { RawCell, RawSheet, RawTable, RawWorkbook } from "./raw";
import { HEADER_MATCH_THRESHOLD } from "./tables";

const isBlank = (c: RawCell | undefined) =>
  c === null || c === undefined || (typeof c === "string" && c.trim() === "");

const text = (c: RawCell | undefined): string =>
  c === null || c === undefined ? "" : typeof c === "object" ? c.error : String(c).trim();

function homeSheetNames(spec: TableSpec): string[] {
  const home = SHEETS.find((s) => s.tables.includes(spec));
  return home ? [foldLabel(home.name.en), foldLabel(home.name["zh-CN"])] : [];
}

/** Rows of the sheet already covered by a table part (a header row inside one is not a lost table). */
function coveredRows(raw: RawWorkbook, sheet: string): (row: number) => boolean {
  const folded = foldLabel(sheet);
  const spans = raw.tables
    .filter((t) => foldLabel(t.sheet) === folded)
    .map((t) => [t.headerRow, t.headerRow + t.rows.length + (t.below?.length ?? 0)] as const);
  return (row) => spans.some(([top, bottom]) => row >= top && row <= bottom);
}

/**
 * A spec table rebuilt from the cells of its sheet: the first row (outside other tables) that
 * carries enough of its headers (either language, any order — as for renamed tables), widened to
 * the run of non-blank header cells around them; its body runs down to the first entirely blank
 * row. Null when no such row exists.
 */
function recoverOne(spec: TableSpec, sheet: RawSheet, covered: (row: number) => boolean): RawTable | null {
  const rows = sheet.rows;
  for (let i = 0; i < rows.length; i++) {
    const header = rows[i];
    if (!header || covered(header.row)) continue;
    const texts = Array.from(header.cells, (c) => text(c));
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
      if (!r || r.row !== expected || covered(r.row)) break; // a missing row is a blank row
      const cells: RawCell[] = [];
      for (let c = left; c <= right; c++) cells.push(r.cells[c] ?? null);
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
 * part), found by their header rows on their home sheets (DESIGN §7). Only specs in `missing` are
 * looked for, and only on the sheets the adapter handed over.
 */
export function recoverTables(raw: RawWorkbook, missing: ReadonlySet<string>): RawTable[] {
  const out: RawTable[] = [];
  for (const sheet of raw.sheets ?? []) {
    const folded = foldLabel(sheet.name);
    const covered = coveredRows(raw, sheet.name);
    const taken = new Set<number>();
    for (const spec of TABLES) {
      if (!missing.has(spec.name) || !homeSheetNames(spec).includes(folded)) continue;
      const table = recoverOne(spec, sheet, (row) => covered(row) || taken.has(row));
      if (!table) continue;
      for (let r = table.headerRow; r <= table.headerRow + table.rows.length; r++) taken.add(r);
      out.push(table);
    }
  }
  return out;
}
