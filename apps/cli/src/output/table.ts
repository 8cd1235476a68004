import Table from "cli-table3";
import type { Colors } from "../io";

/**
 * An aligned text table. cli-table3 measures cells with string-width, so CJK text (two columns per
 * character) lines up; colour codes are added by the caller through `Colors`, which is a no-op off
 * a terminal.
 */
export function renderTable(
  head: string[],
  rows: string[][],
  c: Colors,
  align?: ("left" | "right")[],
): string {
  const table = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true, "padding-left": 1, "padding-right": 1 },
    ...(align ? { colAligns: align } : {}),
    wordWrap: false,
  });
  for (const row of rows) table.push(row);
  return table.toString();
}
