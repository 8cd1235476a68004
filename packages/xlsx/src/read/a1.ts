/** Table refs such as `B4:H40` or `$B$4:$H$40`, as exceljs hands them over. */
import { parseCell } from "@planbook/workbook";

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B4:H40` → its corners; a single cell is a 1×1 range; null when unreadable. */
export function parseRangeRef(ref: string): RangeRef | null {
  const [a = "", b = a] = ref.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.column, q.column),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.column, q.column),
  };
}
