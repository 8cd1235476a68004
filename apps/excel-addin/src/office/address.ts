/** Keys for the addresses Office.js hands back (A1 parsing and the range type: @planbook/workbook's grid). */

/** Key for comparing cell locations: sheet case-insensitive, cell upper-case without `$`. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet.toLowerCase()}!${cell.replace(/\$/g, "").toUpperCase()}`;
}
