import { idKey } from "@planbook/core";
import type { RawCell } from "../grid/raw";
import { cellText } from "./text";

/** Separators of ids inside one cell (docs/design.md#cell-values): , ， 、 ; ； and line breaks. */
const SEPARATORS = /[,，、;；\r\n]+/;

/**
 * Ids or names listed in one cell, in order, trimmed, empties dropped; an id given twice
 * (compared like MATCH: trimmed, case-insensitive) is kept once, as first written.
 * Error values and blanks give an empty list (the reader reports error values itself).
 */
export function parseList(raw: RawCell): string[] {
  const text = cellText(raw);
  if (text === null) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const item = part.trim();
    if (item === "" || seen.has(idKey(item))) continue;
    seen.add(idKey(item));
    out.push(item);
  }
  return out;
}
