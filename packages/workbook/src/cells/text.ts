import type { RawCell } from "../grid/raw";

/** An Excel error value as adapters hand it over (`{ error: "#N/A" }`). */
export function isErrorCell(raw: RawCell): raw is { error: string } {
  return typeof raw === "object" && raw !== null && typeof (raw as { error?: unknown }).error === "string";
}

/**
 * The text a user sees in a cell, trimmed; null when the cell is blank or only whitespace.
 * Error values have no text of their own here: callers check `isErrorCell` first.
 */
export function cellText(raw: RawCell): string | null {
  if (raw === null || raw === undefined || isErrorCell(raw)) return null;
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : null;
  if (typeof raw !== "string") return null;
  const t = raw.trim();
  return t === "" ? null : t;
}

/** Display text of any cell, for messages: the error code for error values, "" for blanks. */
export function rawText(raw: RawCell): string {
  if (isErrorCell(raw)) return raw.error;
  return cellText(raw) ?? "";
}
