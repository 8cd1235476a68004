/** `B12` → row 12, column 2 (1-based); null for anything else. `$` anchors are accepted. */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  let i = 0;
  let column = 0;
  const n = ref.length;
  if (ref.charCodeAt(0) === 36) i++;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower-case letters
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  if (column === 0 || column > 16_384) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const start = i;
  for (; i < n; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (i === start || row < 1 || row > 1_048_576) return null;
  return { row, column };
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B4:H40` (or `$B$4:$H$40`, or one cell) → its corners; null when unreadable. */
export function parseRangeRef(ref: string): RangeRef | null {
  const [a = "", b = a, extra] = ref.trim().split(":");
  if (extra !== undefined) return null;
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.column, q.column),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.column, q.column),
  };
}
