/**
 * Terminal display width: East Asian wide and fullwidth characters take two columns, combining
 * marks and zero-width characters none, colour codes none. Enough for the tables' CJK text
 * without a dependency; one pass per string, so a table stays linear in its cells.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
const ANSI = /\x1b\[[0-9;]*m/g;

function stripAnsi(s: string): string {
  return s.includes("\x1b") ? s.replace(ANSI, "") : s;
}

/** [first, last] code points of the wide ranges (Unicode East Asian Width W and F, simplified). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

const ZERO = /^(?:\p{M}|[\u200b-\u200f\u2060])$/u;
const VARIATION_SELECTOR = (cp: number) => cp >= 0xfe00 && cp <= 0xfe0f;

function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (VARIATION_SELECTOR(cp)) return 0;
  if (cp < 0x1100) return ZERO.test(ch) ? 0 : 1;
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2;
  return ZERO.test(ch) ? 0 : 1;
}

export function displayWidth(s: string): number {
  const plain = stripAnsi(s);
  let w = 0;
  // fast path: printable ASCII is one column per character
  if (/^[\x20-\x7e]*$/.test(plain)) return plain.length;
  for (const ch of plain) w += charWidth(ch);
  return w;
}

/** The first characters of `s` that fit in `width` columns, with "…" when something was cut. */
export function elide(s: string, width: number): string {
  const plain = stripAnsi(s);
  if (displayWidth(plain) <= width) return s;
  if (width <= 0) return "";
  let out = "";
  let w = 0;
  for (const ch of plain) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** `s` broken into lines of at most `width` columns, at spaces where possible (CJK anywhere). */
export function wrap(s: string, width: number): string[] {
  const plain = stripAnsi(s);
  if (displayWidth(plain) <= width || width <= 0) return [s];
  const lines: string[] = [];
  let line = "";
  let w = 0;
  let lastSpace = -1; // index in `line` after the last space
  for (const ch of plain) {
    const cw = charWidth(ch);
    if (w + cw > width) {
      if (ch === " ") {
        lines.push(line);
        line = "";
        w = 0;
        lastSpace = -1;
        continue;
      }
      if (lastSpace > 0) {
        lines.push(line.slice(0, lastSpace).trimEnd());
        line = line.slice(lastSpace);
      } else {
        lines.push(line);
        line = "";
      }
      w = displayWidth(line);
      lastSpace = -1;
    }
    line += ch;
    w += cw;
    if (ch === " ") lastSpace = line.length;
  }
  if (line !== "") lines.push(line);
  return lines;
}
