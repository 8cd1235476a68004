import type { Colors } from "../io";
import { displayWidth, elide, wrap } from "./width";

export type Align = "left" | "right";

export interface TableOptions {
  align?: Align[];
  /** Terminal columns to fit in; undefined (not a terminal, or --wide): as wide as the text. */
  width?: number;
  /**
   * Columns that may give up width, with how their text then fits: `wrap` onto more lines
   * (messages), `elide` with "…" (names). Others keep their full width (ids, numbers, statuses).
   */
  shrink?: Partial<Record<number, "wrap" | "elide">>;
}

/** Narrowest a shrinking column gets: room for a few characters of CJK text and the "…". */
const MIN_SHRUNK = 8;

/**
 * An aligned text table with box-drawing borders. Widths come from one pass over the cells, and
 * each row is written once, so the cost is linear in the number of rows (cli-table3, used before,
 * was quadratic: 20k goals took ten times as long as the JSON). Cells are measured in display
 * columns (CJK = 2); colour codes in cells do not count.
 */
export function renderTable(
  head: string[],
  rows: string[][],
  c: Colors,
  options: TableOptions | Align[] = {},
): string {
  // an array is the column alignment alone (the signature of the cli-table3 days)
  const o: TableOptions = Array.isArray(options) ? { align: options } : options;
  const n = head.length;
  const data = head.map(() => 0);
  for (const row of rows) {
    for (let i = 0; i < n; i++) {
      const w = displayWidth(row[i] ?? "");
      if (w > (data[i] ?? 0)) data[i] = w;
    }
  }
  const widths = head.map((h, i) => Math.max(displayWidth(h), data[i] ?? 0));
  if (o.width !== undefined) {
    // headers wider than their values wrap first, so that names need to give up less
    wrapHeaders(widths, head, data, o.width);
    fit(widths, head, o.width, o.shrink ?? {});
  }

  const align = o.align ?? [];
  const pad = (s: string, i: number) => {
    const room = (widths[i] ?? 0) - displayWidth(s);
    if (room <= 0) return s;
    return align[i] === "right" ? " ".repeat(room) + s : s + " ".repeat(room);
  };
  const rule = (l: string, m: string, r: string) => `${l}${widths.map((w) => "─".repeat(w + 2)).join(m)}${r}`;
  const out: string[] = [rule("┌", "┬", "┐")];
  const emit = (cells: string[], paint?: (s: string) => string) => {
    const lines = cells.map((cell, i) => {
      const w = widths[i] ?? 0;
      if (displayWidth(cell) <= w) return [cell];
      return o.shrink?.[i] === "wrap" || cells === head ? wrap(cell, w) : [elide(cell, w)];
    });
    const height = Math.max(1, ...lines.map((l) => l.length));
    for (let k = 0; k < height; k++) {
      const parts = [];
      for (let i = 0; i < n; i++) {
        const text = pad(lines[i]?.[k] ?? "", i);
        parts.push(paint ? paint(text) : text);
      }
      out.push(`│ ${parts.join(" │ ")} │`);
    }
  };
  emit(head, c.bold);
  out.push(rule("├", "┼", "┤"));
  for (const row of rows) emit(Array.from({ length: n }, (_, i) => row[i] ?? ""));
  out.push(rule("└", "┴", "┘"));
  return out.join("\n");
}

/**
 * Narrows the shrinkable columns until the table fits `width`: always the currently widest one,
 * one column at a time, never below MIN_SHRUNK or its header. A table that cannot fit stays at its
 * narrowest (the terminal then wraps lines, as it would anyway).
 */
function fit(widths: number[], head: string[], width: number, shrink: TableOptions["shrink"] & {}): void {
  const total = () => widths.reduce((a, b) => a + b, 0) + 3 * widths.length + 1;
  const floor = (i: number) => Math.max(MIN_SHRUNK, Math.min(displayWidth(head[i] ?? ""), 20));
  let excess = total() - width;
  while (excess > 0) {
    let widest = -1;
    for (const key of Object.keys(shrink)) {
      const i = Number(key);
      if ((widths[i] ?? 0) > floor(i) && (widest < 0 || (widths[i] ?? 0) > (widths[widest] ?? 0))) widest = i;
    }
    if (widest < 0) return;
    // one column at a time from the widest, so the names share the cut evenly
    const cut = 1;
    widths[widest] = (widths[widest] ?? 0) - cut;
    excess -= cut;
  }
}

/**
 * Still too wide: let headers that are wider than their column's values ("YTD target" over
 * numbers) wrap at spaces (CJK between any two characters), narrowing the widest such column first.
 */
function wrapHeaders(widths: number[], head: string[], data: number[], width: number): void {
  const total = () => widths.reduce((a, b) => a + b, 0) + 3 * widths.length + 1;
  const floor = head.map((h, i) => {
    const words = /[\u2e80-\u9fff\uac00-\ud7a3\uff00-\uff60]/.test(h) ? [...h] : h.split(" ");
    return Math.max(data[i] ?? 0, ...words.map(displayWidth));
  });
  let excess = total() - width;
  while (excess > 0) {
    let best = -1;
    for (let i = 0; i < widths.length; i++) {
      const room = (widths[i] ?? 0) - (floor[i] ?? 0);
      if (room > 0 && (best < 0 || room > (widths[best] ?? 0) - (floor[best] ?? 0))) best = i;
    }
    if (best < 0) return;
    const cut = Math.min(excess, (widths[best] ?? 0) - (floor[best] ?? 0));
    widths[best] = (widths[best] ?? 0) - cut;
    excess -= cut;
  }
}
