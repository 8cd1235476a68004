import { writeFile } from "node:fs/promises";
import path from "node:path";
import { a1, type CellRange, parseRange, rangeA1 } from "@planbook/workbook";
import { readEntries, writeZip, type ZipEntry } from "@planbook/xlsx";

/**
 * Edits a generated workbook's cells and tables in its XML parts, the way a user edits a plan in
 * Excel: the cells named change and every other byte of every part stays as it was. Loading a plan
 * into exceljs and writing it again took ~0.3 s (45,000 cells of data validation expanded and merged
 * back, the whole zip deflated); here a copy parses only the sheets it edits and is stored, not
 * deflated, in a few milliseconds. Tests that plant defects or type actuals use this; what a
 * workbook written by exceljs looks like is tested with `saveXlsx` (helpers.ts).
 */

/** A value typed into a cell: text, a number, a date (stored as its serial), empty, or an error. */
export type CellInput = string | number | Date | null | { error: string };

/** The parts of one workbook, opened once; `copy()` gives an editable workbook that shares them. */
export class XlsxSource {
  private constructor(
    private readonly entries: readonly ZipEntry[],
    private readonly strings: readonly string[],
  ) {}

  static async open(bytes: Buffer): Promise<XlsxSource> {
    const entries = await readEntries(bytes);
    const sst = entries.find((e) => e.name === "xl/sharedStrings.xml")?.data.toString("utf8") ?? "";
    const strings = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1] ?? ""));
    return new XlsxSource(entries, strings);
  }

  copy(): XlsxParts {
    return new XlsxParts(this.entries, this.strings);
  }
}

/** Opens a workbook's bytes for editing. */
export async function editXlsx(bytes: Buffer): Promise<XlsxParts> {
  return (await XlsxSource.open(bytes)).copy();
}

/** One editable copy of a workbook. */
export class XlsxParts {
  private readonly edited = new Map<string, string>();
  private readonly sheets = new Map<string, SheetXml>();
  private readonly removed = new Set<string>();

  constructor(
    private readonly entries: readonly ZipEntry[],
    readonly strings: readonly string[],
  ) {}

  /** A part's text, with this copy's edits. */
  part(name: string): string {
    const edited = this.edited.get(name);
    if (edited !== undefined) return edited;
    const entry = this.entries.find((e) => e.name === name);
    if (!entry || this.removed.has(name)) throw new Error(`no part ${name}`);
    return entry.data.toString("utf8");
  }

  setPart(name: string, text: string): void {
    this.edited.set(name, text);
  }

  sheetXml(part: string): SheetXml {
    let sheet = this.sheets.get(part);
    if (!sheet) {
      sheet = new SheetXml(this.part(part), this.strings);
      this.sheets.set(part, sheet);
    }
    return sheet;
  }

  /** Every table: its name, part, the sheet part and name it is on, and the sheet's relationship id. */
  tables(): { name: string; part: string; sheetPart: string; sheetName: string; relId: string }[] {
    const wbRels = rels(this.part("xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
    const out = [];
    for (const sheet of this.part("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)) {
      const sheetName = unescapeXml(attr(sheet[0], "name") ?? "");
      const sheetPart = wbRels.get(attr(sheet[0], "r:id") ?? "");
      if (!sheetPart) continue;
      const relsPart = relsOf(sheetPart);
      if (!this.has(relsPart)) continue;
      for (const [relId, part] of rels(this.part(relsPart), sheetPart)) {
        if (!part.startsWith("xl/tables/") || !this.has(part)) continue;
        const name = attr(/<table\b[^>]*>/.exec(this.part(part))?.[0] ?? "", "name") ?? "";
        out.push({ name, part, sheetPart, sheetName, relId });
      }
    }
    return out;
  }

  table(name: string): XmlTable {
    const t = this.tables().find((x) => x.name === name);
    if (!t) throw new Error(`no table ${name}`);
    return new XmlTable(this, t.part, this.sheetXml(t.sheetPart));
  }

  /** Deletes a table (its part and the links to it); with `cells`, its cells' values too. */
  removeTable(name: string, o: { cells?: boolean } = {}): void {
    const t = this.tables().find((x) => x.name === name);
    if (!t) throw new Error(`no table ${name}`);
    if (o.cells) {
      const table = this.table(name);
      const { row, column, lastRow, lastColumn } = table.range;
      for (let r = row; r <= lastRow; r++)
        for (let c = column; c <= lastColumn; c++) table.sheet.set(r, c, null);
    }
    const sheet = this.sheetXml(t.sheetPart);
    sheet.tail = sheet.tail.replace(new RegExp(`<tablePart r:id="${t.relId}"/>`), "");
    const left = (sheet.tail.match(/<tablePart\b/g) ?? []).length;
    sheet.tail =
      left === 0
        ? sheet.tail.replace(/<tableParts\b[^>]*>\s*<\/tableParts>|<tableParts\b[^>]*\/>/, "")
        : sheet.tail.replace(/(<tableParts\b[^>]*count=")\d+"/, `$1${left}"`);
    const relsPart = relsOf(t.sheetPart);
    this.setPart(
      relsPart,
      this.part(relsPart).replace(new RegExp(`<Relationship\\b[^>]*Id="${t.relId}"[^>]*/>`), ""),
    );
    this.setPart(
      "[Content_Types].xml",
      this.part("[Content_Types].xml").replace(
        new RegExp(`<Override\\b[^>]*PartName="/${t.part}"[^>]*/>`),
        "",
      ),
    );
    this.removed.add(t.part);
  }

  /** The workbook's bytes with this copy's edits (entries stored: nothing to deflate). */
  bytes(): Buffer {
    for (const [part, sheet] of this.sheets) if (sheet.changed) this.edited.set(part, sheet.toString());
    const entries = this.entries
      .filter((e) => !this.removed.has(e.name))
      .map((e) => {
        const text = this.edited.get(e.name);
        return text === undefined ? e : { name: e.name, data: Buffer.from(text, "utf8") };
      });
    return writeZip(entries, { compression: "store" });
  }

  async save(file: string): Promise<void> {
    await writeFile(file, this.bytes());
  }

  private has(name: string): boolean {
    return !this.removed.has(name) && this.entries.some((e) => e.name === name);
  }
}

/** A table of an edited workbook, addressed by header text and row id, as helpers.ts's TableHandle. */
export class XmlTable {
  constructor(
    private readonly wb: XlsxParts,
    private readonly part: string,
    readonly sheet: SheetXml,
  ) {}

  private get xml(): string {
    return this.wb.part(this.part);
  }

  get range(): CellRange {
    const ref = attr(/<table\b[^>]*>/.exec(this.xml)?.[0] ?? "", "ref") ?? "";
    const range = parseRange(ref);
    if (!range) throw new Error(`bad ref ${ref}`);
    return range;
  }

  headers(): string[] {
    const { row, column, lastColumn } = this.range;
    const out: string[] = [];
    for (let c = column; c <= lastColumn; c++) out.push(this.sheet.text(row, c));
    return out;
  }

  col(header: string): number {
    const i = this.headers().findIndex((h) => h.trim().toLowerCase() === header.toLowerCase());
    if (i < 0) throw new Error(`no column ${header} in ${this.part}: ${this.headers().join("|")}`);
    return this.range.column + i;
  }

  /** Sheet row of the first body row whose `keyHeader` cell equals `id`. */
  row(id: string, keyHeader?: string): number {
    const c = keyHeader ? this.col(keyHeader) : this.range.column;
    for (let r = this.range.row + 1; r <= this.range.lastRow; r++) if (this.sheet.text(r, c) === id) return r;
    throw new Error(`no row ${id} in ${this.part}`);
  }

  /** Sets a cell; returns its A1 address. */
  set(row: number, header: string, value: CellInput): string {
    const c = this.col(header);
    this.sheet.set(row, c, value);
    return a1(row, c);
  }

  /**
   * Grows or shrinks the table to `bodyRows` body rows. Rows a shrink leaves out are emptied, as
   * deleting table rows in Excel does: cells left behind directly below a table are read as its
   * rows (docs/design.md#reading).
   */
  resize(bodyRows: number): void {
    const { row, column, lastRow, lastColumn } = this.range;
    for (let r = row + bodyRows + 1; r <= lastRow; r++)
      for (let c = column; c <= lastColumn; c++) this.sheet.set(r, c, null);
    const ref = rangeA1(row, column, row + bodyRows, lastColumn);
    this.wb.setPart(
      this.part,
      this.xml
        .replace(/(<table\b[^>]*\bref=")[^"]*"/, `$1${ref}"`)
        .replace(/(<autoFilter\b[^>]*\bref=")[^"]*"/, `$1${ref}"`),
    );
  }

  renameHeader(header: string, to: string): string {
    const c = this.col(header);
    const { row, column } = this.range;
    this.sheet.set(row, c, to);
    let i = 0;
    this.wb.setPart(
      this.part,
      this.xml.replace(/<tableColumn\b[^>]*>/g, (tag) =>
        i++ === c - column ? tag.replace(/\bname="[^"]*"/, `name="${escapeXml(to)}"`) : tag,
      ),
    );
    return a1(row, c);
  }
}

interface RowXml {
  open: string;
  /** the row's cells by column, parsed from `inner` when first needed */
  cells?: Map<number, string>;
  inner: string;
}

/** A worksheet part split into its rows; rows and cells are parsed when first touched. */
export class SheetXml {
  readonly head: string;
  tail: string;
  private readonly rows = new Map<number, RowXml>();
  private readonly originalTail: string;
  private edits = 0;

  constructor(
    xml: string,
    private readonly strings: readonly string[],
  ) {
    const data = /<sheetData\s*\/>|<sheetData>([\s\S]*)<\/sheetData>/.exec(xml);
    if (!data) throw new Error("no sheetData");
    this.head = xml.slice(0, data.index);
    this.tail = xml.slice(data.index + data[0].length);
    this.originalTail = this.tail;
    for (const m of (data[1] ?? "").matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const r = Number(attr(m[0], "r"));
      this.rows.set(r, { open: `<row${m[1] ?? ""}>`, inner: m[2] ?? "" });
    }
  }

  get changed(): boolean {
    return this.edits > 0 || this.tail !== this.originalTail;
  }

  private cells(r: number, create: boolean): Map<number, string> | undefined {
    let row = this.rows.get(r);
    if (!row) {
      if (!create) return undefined;
      row = { open: `<row r="${r}">`, inner: "" };
      this.rows.set(r, row);
    }
    if (!row.cells) {
      row.cells = new Map();
      for (const m of row.inner.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
        const range = parseRange(attr(m[0], "r") ?? "");
        if (range) row.cells.set(range.column, m[0]);
      }
    }
    return row.cells;
  }

  /** A cell's value as text (`""` when empty): shared or inline string, number, error, formula result. */
  text(r: number, c: number): string {
    const xml = this.cells(r, false)?.get(c);
    if (!xml) return "";
    const open = /^<c\b[^>]*>/.exec(xml)?.[0] ?? "";
    const type = attr(open, "t");
    const v = /<v>([\s\S]*?)<\/v>/.exec(xml)?.[1];
    if (type === "s") return this.strings[Number(v)] ?? "";
    if (type === "inlineStr") return textOf(/<is>([\s\S]*?)<\/is>/.exec(xml)?.[1] ?? "");
    return v === undefined ? "" : unescapeXml(v);
  }

  /** Types a value into a cell, keeping its style; a formula it held is gone, as in Excel. */
  set(r: number, c: number, value: CellInput): void {
    const cells = this.cells(r, true);
    if (!cells) throw new Error(`row ${r}`);
    const style = attr(/^<c\b[^>]*>/.exec(cells.get(c) ?? "")?.[0] ?? "", "s");
    const open = `<c r="${a1(r, c)}"${style === undefined ? "" : ` s="${style}"`}`;
    cells.set(c, `${open}${cellBody(value)}`);
    this.edits++;
  }

  toString(): string {
    const rows = [...this.rows.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, row]) => {
        const inner = row.cells
          ? [...row.cells.entries()]
              .sort(([a], [b]) => a - b)
              .map(([, xml]) => xml)
              .join("")
          : row.inner;
        return `${row.open}${inner}</row>`;
      });
    return `${this.head}<sheetData>${rows.join("")}</sheetData>${this.tail}`;
  }
}

/** Excel's serial day number of a UTC date (1900 date system). */
const serial = (d: Date) => d.getTime() / 86_400_000 + 25_569;

/** A cell's XML after `<c r=".." s=".."`: its type and value. */
function cellBody(value: CellInput): string {
  if (value === null) return "/>";
  if (typeof value === "number") return `><v>${value}</v></c>`;
  if (value instanceof Date) return `><v>${serial(value)}</v></c>`;
  if (typeof value === "string")
    return ` t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  return ` t="e"><v>${escapeXml(value.error)}</v></c>`;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The text of a string item: its `<t>` runs joined. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1] ?? "")).join("");
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] ?? "";
  });
}

/** The relationships part of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
function relsOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

/** A relationships part's targets by id, resolved against the part they belong to. */
function rels(xml: string, source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (!id || !target) continue;
    out.set(
      id,
      target.startsWith("/")
        ? target.slice(1)
        : path.posix.normalize(path.posix.join(path.posix.dirname(source), target)),
    );
  }
  return out;
}
