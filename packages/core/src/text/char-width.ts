import { eastAsianWidth } from "get-east-asian-width";

/**
 * How many columns a character takes, for the CLI's tables (terminal cells) and the workbook's
 * column widths (Excel's width unit is the default font's digit, and a CJK character is about
 * two of them). The East Asian Width table comes from `get-east-asian-width` (the Unicode data,
 * kept current by its maintainer; 7 KB, no dependencies) instead of a hand list, because the two
 * hand lists this replaces had already drifted apart (emoji, zero-width characters). Ambiguous-width
 * characters (· — “ ”) count as narrow, as both lists did: that is how Western fonts and most
 * terminals draw them.
 */

/**
 * Characters that draw nothing of their own: combining marks (including the variation selectors
 * U+FE00–U+FE0F, which are marks) sit on the character before them; zero-width space,
 * non-joiners and joiners (U+200B–U+200D, emoji ZWJ sequences), direction marks (U+200E–U+200F),
 * word joiner and invisible operators (U+2060–U+2064), and the zero-width no-break space U+FEFF.
 */
const ZERO_WIDTH = /^(?:\p{M}|[\u200b-\u200f\u2060-\u2064\ufeff])$/u;

/** Columns `ch` (one code point, as `for (const ch of text)` yields) takes: 0, 1 or 2. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  // C0 and C1 control characters (tab, newline, ESC) move the cursor or colour; they draw nothing.
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  // No mark and no wide character lies below U+0300: Latin text skips the regular expression and the table.
  if (cp < 0x300) return 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  return eastAsianWidth(cp);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns one line of text takes (the sum of its characters' widths). */
export function textWidth(line: string): number {
  // Most cells and table entries are printable ASCII: one column per character.
  if (PRINTABLE_ASCII.test(line)) return line.length;
  let width = 0;
  for (const ch of line) width += charWidth(ch);
  return width;
}
