import { charWidth, textWidth } from "@planbook/core/char-width";

/**
 * Terminal display width: what core's `charWidth` says of each character (wide and fullwidth
 * two columns, marks and zero-width characters none), and colour codes none. One pass per
 * string, so a table stays linear in its cells.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
const ANSI = /\x1b\[[0-9;]*m/g;

function stripAnsi(s: string): string {
  return s.includes("\x1b") ? s.replace(ANSI, "") : s;
}

export function displayWidth(s: string): number {
  return textWidth(stripAnsi(s));
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
