import { StringDecoder } from "node:string_decoder";
import { parseCell, type RawCell } from "@planbook/workbook";
import type { GuardedPackage } from "../zip-guard";
import { SheetXmlCompactor } from "./compact-sheet-xml";
import { isOfficeRelationships, isSpreadsheetMl } from "./namespaces";
import { RichTextReader } from "./rich-text";
import { attr, corruptPart, decodeXml, type PartContext, parseXml, type XmlHandlers, XmlStream } from "./xml";

/** A worksheet's cells: sheet row → cells, index 0 = column A (sparse). */
export interface SheetGrid {
  rows: Map<number, RawCell[]>;
  /** Relationship ids of the sheet's `<tablePart>`s. */
  tableRids: string[];
}

export interface WorksheetContext extends PartContext {
  sharedStrings: readonly string[];
  /** 1904 date system: date-styled numbers are shifted onto the 1900 serials RawCell uses. */
  date1904: boolean;
  /** Style indexes that show dates (only consulted in 1904 workbooks). */
  dateStyles: ReadonlySet<number>;
}

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and 1904 systems' serial 0. */
const DAYS_1904 = 1_462;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** A `t="d"` cell (ISO 8601) as a 1900-system serial; the text itself when it is not a date. */
function isoDateToSerial(text: string): number | string {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return text;
  const [y, mo, d, h = "0", mi = "0", s = "0"] = m.slice(1);
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), 0) + Number(s) * 1000;
  const check = new Date(t);
  if (Number.isNaN(t) || check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d))
    return text;
  return t / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function toNumberCell(v: string): RawCell {
  const text = v.trim();
  if (text === "") return null;
  const n = Number(text);
  // a value that is not a number is kept as text so the reader reports it, never a silent blank
  return Number.isFinite(n) ? n : text;
}

/**
 * Streams one worksheet into its cells, reading each cell's value the way its type says: shared
 * string `s`, inline string, formula string `str`, boolean `b`, error `e`, ISO date `d`, number.
 * Formulas are ignored (only cached values count). Rows and cells without an `r` follow the
 * previous one, as the schema allows.
 */
export function parseWorksheet(xml: Buffer, ctx: WorksheetContext): SheetGrid {
  const { grid, handlers } = worksheetHandlers(ctx);
  parseXml(xml, ctx, handlers);
  return grid;
}

/**
 * The same, reading the part as it is inflated: formulas and value-less cells dropped chunk by
 * chunk before parsing (they are most of a plan's sheet XML and never read; compact-sheet-xml.ts),
 * so neither the inflated part nor its text is ever whole in memory.
 */
export async function streamWorksheet(
  pkg: GuardedPackage,
  part: string,
  ctx: WorksheetContext,
): Promise<SheetGrid> {
  const { grid, handlers } = worksheetHandlers(ctx);
  const xml = new XmlStream(ctx, handlers);
  const compactor = new SheetXmlCompactor();
  const text = new StringDecoder("utf8");
  let first = true;
  let utf16: Buffer[] | null = null;
  await pkg.stream(part, (chunk) => {
    let bytes = chunk;
    if (first) {
      first = false;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) utf16 = [];
      else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    if (utf16) utf16.push(bytes);
    else xml.write(compactor.push(text.write(bytes)));
  });
  if (utf16) xml.write(compactor.push(decodeXml(Buffer.concat(utf16))));
  else xml.write(compactor.push(text.end()));
  xml.write(compactor.end());
  xml.close();
  return grid;
}

function worksheetHandlers(ctx: WorksheetContext): { grid: SheetGrid; handlers: XmlHandlers } {
  const grid: SheetGrid = { rows: new Map(), tableRids: [] };
  let row = 0;
  let column = 0;
  let cells: RawCell[] = [];
  let type = "n";
  let style = 0;
  let inCell = false;
  let inV = false;
  let inIs = false;
  const rich = new RichTextReader();
  let value = "";
  let inline = "";
  let hasV = false;

  const finishCell = () => {
    let cell: RawCell;
    switch (type) {
      case "s": {
        if (!hasV) {
          cell = null;
          break;
        }
        const i = Number(value.trim());
        const s = Number.isInteger(i) ? ctx.sharedStrings[i] : undefined;
        if (s === undefined)
          throw corruptPart(
            ctx,
            `cell ${row}:${column} names shared string ${value.trim()}, which does not exist`,
          );
        cell = s === "" ? null : s;
        break;
      }
      case "inlineStr":
        cell = inline === "" ? (hasV && value !== "" ? value : null) : inline;
        break;
      case "str":
        cell = value === "" ? null : value;
        break;
      case "b": {
        const b = value.trim();
        cell = b === "1" || b === "true" ? true : b === "0" || b === "false" ? false : b === "" ? null : b;
        break;
      }
      case "e":
        cell = value.trim() === "" ? null : { error: value.trim() };
        break;
      case "d":
        cell = value.trim() === "" ? null : isoDateToSerial(value);
        break;
      default: {
        cell = toNumberCell(value);
        if (ctx.date1904 && typeof cell === "number" && ctx.dateStyles.has(style)) cell += DAYS_1904;
      }
    }
    if (cell !== null) cells[column - 1] = cell;
  };

  const handlers: XmlHandlers = {
    open(tag) {
      if (!isSpreadsheetMl(tag.uri)) return;
      switch (tag.local) {
        case "row": {
          const r = Number(attr(tag, "r"));
          row = Number.isInteger(r) && r > row && r <= 1_048_576 ? r : row + 1;
          column = 0;
          cells = [];
          grid.rows.set(row, cells);
          break;
        }
        case "c": {
          const ref = attr(tag, "r");
          const at = ref === undefined ? null : parseCell(ref);
          if (at && at.row !== row) {
            // a cell outside its row element: keep it where its reference says
            row = at.row;
            cells = grid.rows.get(row) ?? [];
            grid.rows.set(row, cells);
          }
          column = at ? at.column : column + 1;
          if (row === 0) {
            row = 1;
            grid.rows.set(row, cells);
          }
          type = attr(tag, "t") ?? "n";
          const s = attr(tag, "s");
          style = s === undefined ? 0 : Number(s);
          inCell = true;
          hasV = false;
          value = "";
          inline = "";
          break;
        }
        case "v":
          if (inCell) {
            inV = true;
            hasV = true;
          }
          break;
        case "is":
          if (inCell) {
            inIs = true;
            rich.begin();
          }
          break;
        case "tablePart": {
          const rid = attr(tag, "id", isOfficeRelationships);
          if (rid !== undefined) grid.tableRids.push(rid);
          break;
        }
        default:
          rich.open(tag.local);
      }
    },
    close(tag) {
      if (!isSpreadsheetMl(tag.uri)) return;
      switch (tag.local) {
        case "c":
          if (inCell) finishCell();
          inCell = false;
          break;
        case "v":
          inV = false;
          break;
        case "is":
          if (inIs) inline += rich.end();
          inIs = false;
          break;
        default:
          rich.close(tag.local);
      }
    },
    text(t) {
      if (inV) value += t;
      else rich.text(t);
    },
  };
  return { grid, handlers };
}
