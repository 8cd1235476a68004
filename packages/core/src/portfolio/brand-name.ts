/**
 * What the roll-up calls a brand in its tables, charts and watch list: the name its workbook gives,
 * else its brand ID, else its file (a workbook that names neither still needs a row heading).
 */
export function brandName(b: { brand: string | null; brandId: string | null; file: string }): string {
  return b.brand ?? b.brandId ?? b.file;
}
