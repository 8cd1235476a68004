import { isSpreadsheetMl } from "./namespaces";
import { attr, type PartContext, parseXml } from "./xml";

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, plus the CJK date ids). */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Whether a format code shows a date: d, m, y, h or s outside quotes, escapes and [colour] blocks. */
function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|m\]|s\]|hh\]|mm\]|ss\])[^\]]*\]/gi, "")
    .replace(/_.|\*./g, "");
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s;-]*$/.test(bare);
}

/**
 * Which cell style indexes (`<c s="N">`) show dates. Only needed for 1904-system workbooks, whose
 * date serials are 1,462 days behind the 1900 system's that the pure reader expects.
 */
export function parseDateStyles(xml: Buffer, ctx: PartContext): Set<number> {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  parseXml(xml, ctx, {
    open(tag) {
      if (!isSpreadsheetMl(tag.uri)) return;
      if (tag.local === "numFmt") {
        const id = Number(attr(tag, "numFmtId"));
        if (Number.isInteger(id)) custom.set(id, attr(tag, "formatCode") ?? "");
      } else if (tag.local === "cellXfs") {
        inCellXfs = true;
      } else if (tag.local === "xf" && inCellXfs) {
        xfFormats.push(Number(attr(tag, "numFmtId") ?? 0));
      }
    },
    close(tag) {
      if (tag.local === "cellXfs" && isSpreadsheetMl(tag.uri)) inCellXfs = false;
    },
  });
  const dates = new Set<number>();
  xfFormats.forEach((id, index) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_IDS.has(id)) dates.add(index);
  });
  return dates;
}
