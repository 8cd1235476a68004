/**
 * Worksheet XML made smaller before it reaches the XML parser. Two things are dropped, neither
 * of which the reader would use:
 *
 * - cell formulas, `<f …>…</f>` and `<f …/>` (only cached values count); most of a plan's sheet
 *   XML is formulas. Only an element named exactly `f` matches: `<fill>`, `<formula>`, `<xm:f>`
 *   stay.
 * - cells without a value, `<c r="M5" s="40"/>` or `<c r="M5" s="40"><f>…</f></c>` (exceljs writes
 *   formulas without cached results, so a generated Gantt or week view is thousands of them). A
 *   value-less cell reads as blank whatever its type, so dropping it changes nothing, provided the
 *   parser still knows where the next cell is: only a cell with an `r` directly followed
 *   (whitespace aside) by a cell whose `r` is a valid reference is dropped — after that next cell,
 *   the parser's row and column are the same either way. Start tags that are anything but plain
 *   `name="value"` attributes are left for the parser to judge.
 *
 * One native regular-expression pass does it (a cold CLI runs it once: a loop in JavaScript over
 * every tag would cost more than the parsing it saves). Comments and CDATA sections are kept
 * whole (an inline string may hold `<c r="A1"/>` as text).
 */

/** A plain attribute: no `<` or `&` in the value, so no entity can hide what it says. */
const ATTR = String.raw`\s+[A-Za-z_][-\w.:]*\s*=\s*(?:"[^"<&]*"|'[^'<&]*')`;
/** Cells carry a handful of attributes (r, s, t, cm, vm, ph); bounded, so no tag costs more than linear time. */
const ATTRS = `(?:${ATTR}){0,12}`;
const ATTRS_BEFORE_R = `(?:${ATTR}){0,12}?`;
const FORMULA = String.raw`<f(?:\s[^<>]*)?(?:\/>|>[^<]*<\/f>)`;
/** A1 … XFD1048576, `$` anchors allowed: exactly what the worksheet reader places a cell by. */
const COLUMN = "(?:[A-Za-z]{1,2}|[A-Wa-w][A-Za-z]{2}|[Xx][A-Ea-e][A-Za-z]|[Xx][Ff][A-Da-d])";
const ROW =
  "(?:[1-9][0-9]{0,5}|10[0-3][0-9]{4}|104[0-7][0-9]{3}|1048[0-4][0-9]{2}|10485[0-6][0-9]|104857[0-6])";
const REF = String.raw`\$?${COLUMN}\$?${ROW}`;
const EMPTY_CELL = String.raw`<c${ATTRS_BEFORE_R}\s+r\s*=\s*(?:"[^"<&]*"|'[^'<&]*')${ATTRS}\s*(?:\/>|>(?:${FORMULA})?<\/c>)`;
const NEXT_CELL_PLACED = String.raw`(?=\s*<c${ATTRS_BEFORE_R}\s+r\s*=\s*(?:"${REF}"|'${REF}'))`;

const DROPPED = new RegExp(`${FORMULA}|${EMPTY_CELL}${NEXT_CELL_PLACED}`, "g");

/** The whole part compacted (see the module comment). */
export function compactSheetXml(xml: string): string {
  let out = "";
  let from = 0;
  let at = xml.indexOf("<!");
  while (at >= 0) {
    const close = xml.startsWith("<!--", at) ? "-->" : xml.startsWith("<![CDATA[", at) ? "]]>" : null;
    if (close === null) {
      at = xml.indexOf("<!", at + 2);
      continue;
    }
    const found = xml.indexOf(close, at + 4);
    const end = found < 0 ? xml.length : found + close.length;
    out += xml.slice(from, at).replace(DROPPED, "") + xml.slice(at, end);
    from = end;
    at = xml.indexOf("<!", end);
  }
  return from === 0 ? xml.replace(DROPPED, "") : out + xml.slice(from).replace(DROPPED, "");
}

/** Text held back between chunks, at most (see SheetXmlCompactor.push). */
const MAX_CARRY = 4 * 1024 * 1024;

/**
 * `compactSheetXml` for a part that arrives in chunks of text. A formula or cell cut by a chunk
 * boundary is simply not matched and passes on whole, for the parser to read as it would anyway;
 * an open comment or CDATA section (and a tag cut short, which may start one) is held back until
 * its end arrives: its text must not be taken for markup.
 */
export class SheetXmlCompactor {
  private carry = "";

  push(chunk: string): string {
    const text = this.carry + chunk;
    // a tag cut short (it may be the start of a CDATA section) waits for its end
    const lastTag = text.lastIndexOf("<");
    let cut = lastTag >= 0 && text.indexOf(">", lastTag) < 0 ? lastTag : text.length;
    const cdata = text.lastIndexOf("<![CDATA[", cut);
    if (cdata >= 0 && text.indexOf("]]>", cdata) < 0) cut = cdata;
    const comment = text.lastIndexOf("<!--", cut);
    if (comment >= 0 && text.indexOf("-->", comment) < 0) cut = comment;
    // no real sheet has a comment this long: a damaged part that never closes one goes on as it is
    if (text.length - cut > MAX_CARRY) cut = text.length;
    this.carry = text.slice(cut);
    return compactSheetXml(cut === text.length ? text : text.slice(0, cut));
  }

  end(): string {
    const rest = compactSheetXml(this.carry);
    this.carry = "";
    return rest;
  }
}
