import { textWidth } from "@planbook/core/char-width";

/*
 * Column widths are in "characters" of the default font's digit width. A CJK (or other wide)
 * character takes about two of them, so a width fitted to `text.length` cuts Chinese text in
 * half: core's `textWidth` counts wide characters 2, as the terminal tables do.
 */

/** Width of the longest line of `text` in character units (wide characters count 2). */
export function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r?\n/)) {
    const width = textWidth(line);
    if (width > widest) widest = width;
  }
  return widest;
}

/** Lines `text` takes when wrapped in a column `width` characters wide (at least 1). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/** Room the autofilter dropdown button takes in a header cell. */
export const FILTER_BUTTON_WIDTH = 3;
/** Widest a text column grows to fit its content; longer text wraps. */
export const MAX_TEXT_WIDTH = 48;

/**
 * The width a table column needs: at least the spec's width and its header (plus the filter
 * button), and for text the longest value up to MAX_TEXT_WIDTH. Returns whether values wrap.
 */
export function fitColumn(
  specWidth: number | undefined,
  header: string,
  texts: readonly string[],
): { width: number; wrap: boolean } {
  const base = Math.max(specWidth ?? 10, displayWidth(header) + FILTER_BUTTON_WIDTH);
  const longest = texts.reduce((w, t) => Math.max(w, displayWidth(t)), 0);
  if (longest + 2 <= base) return { width: base, wrap: false };
  if (longest + 2 <= MAX_TEXT_WIDTH) return { width: longest + 2, wrap: false };
  return { width: Math.max(base, MAX_TEXT_WIDTH), wrap: true };
}
