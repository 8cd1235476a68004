import type { RawCell } from "@planbook/workbook";
import type { CellValue } from "exceljs";

const MS_PER_DAY = 86_400_000;
/** Days from the 1900-system epoch (serial 0 = 1899-12-30, Lotus leap-year bug included) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** exceljs reads dates as UTC instants (ej#486); the serial is the same UTC day count back. */
export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/**
 * One exceljs cell value as the pure reader wants it: formula cells become their cached result,
 * rich text and hyperlinks their text, dates serials, errors `{ error }`. An invalid Date (exceljs
 * makes one from a garbage date cell) is kept as text so it is reported, not silently dropped.
 */
export function toRawCell(value: CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? "Invalid Date" : dateToSerial(value);
  }
  if (typeof value !== "object") return String(value);
  const v = value as unknown as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) return richTextToString(v.richText);
  if ("formula" in v || "sharedFormula" in v) {
    // a formula with no cached result (e.g. written by exceljs without `result`) reads as blank
    return "result" in v ? toRawCell(v.result as CellValue) : null;
  }
  if ("hyperlink" in v || "text" in v) {
    const text = v.text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && Array.isArray((text as { richText?: unknown }).richText)) {
      return richTextToString((text as { richText: unknown[] }).richText);
    }
    return typeof v.hyperlink === "string" ? v.hyperlink : null;
  }
  return null;
}

function richTextToString(runs: unknown[]): string {
  return runs
    .map((r) =>
      r && typeof r === "object" && "text" in r ? String((r as { text: unknown }).text ?? "") : "",
    )
    .join("");
}
