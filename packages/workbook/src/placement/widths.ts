/**
 * Column widths are in "characters" of the default font's digit width. A CJK (or other wide)
 * character takes about two of them, so a width fitted to `text.length` cuts Chinese text in half.
 */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Width of the longest line of `text` in character units (wide characters count 2). */
export function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r?\n/)) {
    let width = 0;
    for (const ch of line) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
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
