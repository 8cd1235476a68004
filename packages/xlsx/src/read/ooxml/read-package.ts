import { foldLabel } from "@planbook/core";
import {
  a1,
  type CellRange,
  parseA1,
  parseRange,
  type RawCell,
  type RawSheet,
  type RawTable,
  type RawWorkbook,
  rangesOverlap,
  SHEETS,
} from "@planbook/workbook";
import { WorkbookFileError } from "../errors";
import type { ReadLimits } from "../limits";
import { openGuardedPackage } from "../zip-guard";
import { parseRelationships, type Relationship, relsPartOf } from "./opc-rels";
import { parseSharedStrings } from "./shared-strings";
import { parseDateStyles } from "./styles";
import { parseTable, type TablePart } from "./tables";
import { type DefinedName, parseWorkbook, type WorkbookSheet } from "./workbook";
import { type SheetGrid, streamWorksheet } from "./worksheet";

/** The hidden sheet where the generator keeps schemaVersion, brandId, year, language … */
const META_SHEET = "_planbook";

/** Folded names of the sheets that hold plan tables, in both languages. */
const PLAN_SHEETS = new Map<string, readonly string[]>(
  SHEETS.filter((s) => s.tables.length > 0).flatMap((s) => {
    const tables = s.tables.map((t) => t.name.toLowerCase());
    return [
      [foldLabel(s.name.en), tables],
      [foldLabel(s.name["zh-CN"]), tables],
    ] as const;
  }),
);

interface LoadedSheet {
  sheet: WorkbookSheet;
  grid: SheetGrid;
  tables: { part: TablePart; range: CellRange }[];
}

/**
 * Reads an .xlsx package into the RawWorkbook the pure reader takes, by the OOXML/OPC specification
 * rather than one writer's habits (docs/design.md#reading): the workbook part is found through the package
 * relationships, every part through its source's relationships (relative, absolute or `..`
 * targets), elements by namespace URI (any prefix; Transitional or Strict). Only the parts a plan
 * needs are inflated: workbook, rels, shared strings, the sheets that hold tables or carry a plan
 * sheet's name or a defined name (not a built-in print area or title), their tables, the meta
 * sheet (and styles in 1904 workbooks).
 */
export async function readXlsxPackage(buf: Buffer, file: string, limits: ReadLimits): Promise<RawWorkbook> {
  const pkg = await openGuardedPackage(buf, file, limits);
  const notXlsx = (detail: string) => new WorkbookFileError({ code: "file.not-xlsx", file, detail });

  const rels = (part: string): Relationship[] => {
    const relsPart = relsPartOf(part);
    if (!pkg.find(relsPart)) return [];
    return parseRelationships(pkg.read(relsPart), part, { file, part: relsPart });
  };

  const root = rels("").find((r) => r.kind === "officeDocument" && r.target !== null);
  const workbookPart = pkg.find(root?.target ?? "xl/workbook.xml");
  if (!workbookPart) throw notXlsx("the package has no workbook part (not a spreadsheet)");
  const wb = parseWorkbook(pkg.read(workbookPart), { file, part: workbookPart });
  const wbRels = new Map(rels(workbookPart).map((r) => [r.id, r]));

  const sstRel = [...wbRels.values()].find((r) => r.kind === "sharedStrings" && r.target !== null);
  const sstPart = sstRel?.target ? pkg.find(sstRel.target) : null;
  const sharedStrings = sstPart ? parseSharedStrings(pkg.read(sstPart), { file, part: sstPart }) : [];
  let dateStyles: Set<number> = new Set();
  if (wb.date1904) {
    const stylesRel = [...wbRels.values()].find((r) => r.kind === "styles" && r.target !== null);
    const stylesPart = stylesRel?.target ? pkg.find(stylesRel.target) : null;
    if (stylesPart) dateStyles = parseDateStyles(pkg.read(stylesPart), { file, part: stylesPart });
  }

  // built-in names (print areas and titles on every sheet) are never read: their sheets are not needed
  const namedSheets = new Set(
    wb.definedNames
      .filter((n) => !n.name.startsWith("_xlnm."))
      .flatMap((n) => sheetOfFormula(n.formula) ?? [])
      .map(foldLabel),
  );
  const loaded: LoadedSheet[] = [];
  for (const sheet of wb.sheets) {
    const rel = wbRels.get(sheet.rid);
    if (rel?.kind !== "worksheet" || !rel.target) continue; // chart sheets, dialog sheets
    const part = pkg.find(rel.target);
    if (!part) continue;
    const sheetRels = rels(part);
    const tableRels = sheetRels.filter((r) => r.kind === "table" && r.target !== null);
    const folded = foldLabel(sheet.name);
    const wanted =
      tableRels.length > 0 ||
      PLAN_SHEETS.has(folded) ||
      namedSheets.has(folded) ||
      sheet.name.toLowerCase() === META_SHEET;
    if (!wanted) continue;
    const ctx = { file, part, sharedStrings, date1904: wb.date1904, dateStyles };
    const grid = await streamWorksheet(pkg, part, ctx);
    const byId = new Map(sheetRels.map((r) => [r.id, r]));
    const tables: LoadedSheet["tables"] = [];
    for (const rid of grid.tableRids) {
      const target = byId.get(rid)?.target;
      const tablePart = target ? pkg.find(target) : null;
      if (!tablePart) continue;
      const t = parseTable(pkg.read(tablePart), { file, part: tablePart });
      const range = t ? parseRange(t.ref) : null;
      if (t && range) tables.push({ part: t, range });
    }
    loaded.push({ sheet, grid, tables });
  }

  const tables = loaded.flatMap((s) => s.tables.map((t) => rawTable(s, t)));
  const meta = loaded.find((s) => s.sheet.name.toLowerCase() === META_SHEET);
  const sheets = loaded.flatMap((s) => recoverySheet(s) ?? []);
  const raw: RawWorkbook = {
    tables,
    names: definedNames(wb.definedNames, wb.sheets, loaded),
    meta: meta ? readMeta(meta.grid) : {},
    sheetNames: wb.sheets.map((s) => s.name),
  };
  if (sheets.length > 0) raw.sheets = sheets;
  return raw;
}

function cellAt(grid: SheetGrid, row: number, column: number): RawCell {
  return grid.rows.get(row)?.[column - 1] ?? null;
}

function asText(cell: RawCell): string {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.error;
  return String(cell);
}

const isBlank = (c: RawCell | undefined) =>
  c === null || c === undefined || (typeof c === "string" && c.trim() === "");

function rowCells(grid: SheetGrid, row: number, left: number, right: number): RawCell[] {
  const cells = grid.rows.get(row);
  const out: RawCell[] = [];
  for (let c = left; c <= right; c++) out.push(cells?.[c - 1] ?? null);
  return out;
}

/**
 * A table's header cells, body rows, and the filled rows directly below it (up to the first blank
 * row, or the next table) — a table without a totals row only: under a totals row, rows are not
 * the table's continuation.
 */
function rawTable(s: LoadedSheet, t: LoadedSheet["tables"][number]): RawTable {
  const { range, part } = t;
  const grid = s.grid;
  const hasHeader = part.headerRowCount > 0;
  const headers: string[] = [];
  for (let c = range.column; c <= range.lastColumn; c++) {
    const fromCell = hasHeader ? asText(cellAt(grid, range.row, c)).trim() : "";
    headers.push(fromCell !== "" ? fromCell : (part.columns[c - range.column] ?? ""));
  }
  const firstBody = range.row + (hasHeader ? 1 : 0);
  const lastBody = range.lastRow - Math.min(1, part.totalsRowCount);
  const rows: RawCell[][] = [];
  for (let r = firstBody; r <= lastBody; r++) rows.push(rowCells(grid, r, range.column, range.lastColumn));
  const table: RawTable = {
    name: part.name,
    sheet: s.sheet.name,
    headerRow: hasHeader ? range.row : range.row - 1,
    firstColumn: range.column,
    headers,
    rows,
  };
  if (part.totalsRowCount === 0) {
    const below: RawCell[][] = [];
    const others = s.tables.filter((o) => o !== t).map((o) => o.range);
    for (let r = range.lastRow + 1; ; r++) {
      const line = { ...range, row: r, lastRow: r };
      if (others.some((o) => rangesOverlap(o, line))) break;
      const cells = rowCells(grid, r, range.column, range.lastColumn);
      if (cells.every(isBlank)) break;
      below.push(cells);
    }
    if (below.length > 0) table.below = below;
  }
  return table;
}

/**
 * The cells of a plan sheet on which one of its spec tables has no table part, so the pure reader
 * can find that table by its header row. Sheets whose tables are all present are not handed over.
 */
function recoverySheet(s: LoadedSheet): RawSheet | null {
  const expected = PLAN_SHEETS.get(foldLabel(s.sheet.name));
  if (!expected) return null;
  const present = new Set(s.tables.map((t) => t.part.name.toLowerCase()));
  if (expected.every((name) => present.has(name))) return null;
  const rows = [...s.grid.rows]
    .filter(([, cells]) => cells.some((c) => !isBlank(c)))
    .sort((a, b) => a[0] - b[0])
    .map(([row, cells]) => ({ row, cells }));
  return { name: s.sheet.name, rows };
}

/** `'My Sheet'!$B$3` → `My Sheet`; null for formulas that are not a plain reference. */
function sheetOfFormula(formula: string): string | null {
  const bang = formula.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = formula.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return sheet;
}

/**
 * Defined names with the value of the first cell they refer to. Workbook-scoped names come first;
 * a sheet-scoped name (`localSheetId`, as LibreOffice and users' "Scope: Settings" make them) is
 * used where no workbook-scoped name of that name exists. Built-in `_xlnm.` names are skipped.
 */
function definedNames(
  names: readonly DefinedName[],
  sheets: readonly WorkbookSheet[],
  loaded: readonly LoadedSheet[],
): RawWorkbook["names"] {
  const out: RawWorkbook["names"] = {};
  const ordered = [...names].sort(
    (a, b) => Number(a.localSheetId !== null) - Number(b.localSheetId !== null),
  );
  for (const n of ordered) {
    if (n.name.startsWith("_xlnm.") || out[n.name]) continue;
    const sheet = sheetOfFormula(n.formula);
    const at = parseA1(n.formula);
    if (sheet === null || !at) continue;
    if (n.localSheetId !== null && !sheets[n.localSheetId]) continue;
    const folded = foldLabel(sheet);
    const grid = loaded.find((s) => foldLabel(s.sheet.name) === folded)?.grid;
    const realName = sheets.find((s) => foldLabel(s.name) === folded)?.name ?? sheet;
    out[n.name] = {
      value: grid ? cellAt(grid, at.row, at.column) : null,
      sheet: realName,
      cell: a1(at.row, at.column),
    };
  }
  return out;
}

/** Key/value pairs in columns A and B of the meta sheet. */
function readMeta(grid: SheetGrid): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const row of [...grid.rows.keys()].sort((a, b) => a - b)) {
    const key = asText(cellAt(grid, row, 1)).trim();
    if (key !== "") meta[key] = asText(cellAt(grid, row, 2));
  }
  return meta;
}
