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
 * every tag would cost more than the parsing it saves). Comments, CDATA sections and processing
 * instructions are kept whole (an inline string may hold `<c r="A1"/>` as text).
 */

/*
 * Every pattern below matches only markup that is certainly well-formed, so compacting never turns
 * a part the parser would reject into one it accepts; anything else is left for the parser.
 * Whitespace is XML's four characters, not `\s`.
 */
const WS = "[ \\t\\r\\n]";
/**
 * An attribute name: unprefixed (an unbound prefix is an error) and not `xmlns` (a default
 * namespace declaration would make a `<c>` a foreign element, which the parser skips).
 */
const NAME = String.raw`(?!xmlns${WS}*=)[A-Za-z_][-\w.]*`;
/** Printable ASCII without `<`, `>`, `&` or the quote: no entity, no character XML forbids. */
const VALUE = `(?:"[ !#-%'-;=?-~]*"|'[ -%(-;=?-~]*')`;
/** An attribute whose name `\\group` does not come again later in its tag (a duplicate is an error). */
const attribute = (group: number) => `${WS}+(${NAME})${WS}*=${WS}*${VALUE}(?![^<>]*${WS}\\${group}${WS}*=)`;
/** Cells carry a handful of attributes (r, s, t, cm, vm, ph); bounded, so no tag costs more than linear time. */
const attributes = (group: number, lazy = "") => `(?:${attribute(group)}){0,12}${lazy}`;
/**
 * Formula text: characters XML allows (surrogates only in pairs), the five predefined entities,
 * and never `]]>`.
 */
const TEXT = String.raw`(?:[^<&\]\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|\](?!\]>)|&(?:lt|gt|amp|quot|apos);)*`;
const formula = (group: number) => `<f${attributes(group)}${WS}*(?:\\/>|>${TEXT}<\\/f>)`;
/** A1 … XFD1048576, `$` anchors allowed: exactly what the worksheet reader places a cell by. */
const COLUMN = "(?:[A-Za-z]{1,2}|[A-Wa-w][A-Za-z]{2}|[Xx][A-Ea-e][A-Za-z]|[Xx][Ff][A-Da-d])";
const ROW =
  "(?:[1-9][0-9]{0,5}|10[0-3][0-9]{4}|104[0-7][0-9]{3}|1048[0-4][0-9]{2}|10485[0-6][0-9]|104857[0-6])";
const REF = String.raw`\$?${COLUMN}\$?${ROW}`;
/** Capture groups 1–4 are the attribute names the duplicate checks refer back to. */
const EMPTY_CELL =
  `<c${attributes(2, "?")}${WS}+r${WS}*=${WS}*${VALUE}(?![^<>]*${WS}r${WS}*=)${attributes(3)}` +
  `${WS}*(?:\\/>|>(?:${formula(4)})?<\\/c>)`;
/** The next start tag is a `<c>` of the same namespace with a valid `r`, whatever else it says. */
const PLAIN_ATTRIBUTE = `${WS}+${NAME}${WS}*=${WS}*${VALUE}`;
const NEXT_CELL_PLACED =
  `(?=${WS}*<c(?:${PLAIN_ATTRIBUTE}){0,12}?${WS}+r${WS}*=${WS}*(?:"${REF}"|'${REF}')` +
  `(?:${PLAIN_ATTRIBUTE}){0,12}${WS}*\\/?>)`;

const DROPPED = new RegExp(`${formula(1)}|${EMPTY_CELL}${NEXT_CELL_PLACED}`, "g");

/** Where comments, CDATA sections, processing instructions and declarations start. */
const SPECIAL = /<[!?]/g;

/** The whole part compacted (see the module comment). */
export function compactSheetXml(xml: string): string {
  return compact(xml).text;
}

/**
 * The compacted text, and whether a DOCTYPE (never in a real sheet) was met: its internal subset
 * may hold markup-like text, so from there on the part goes to the parser as it is.
 */
function compact(xml: string): { text: string; declaration: boolean } {
  let out = "";
  let from = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(xml); m !== null; m = SPECIAL.exec(xml)) {
    const at = m.index;
    const close = xml.startsWith("<!--", at)
      ? "-->"
      : xml.startsWith("<![CDATA[", at)
        ? "]]>"
        : xml.startsWith("<?", at)
          ? "?>"
          : null;
    if (close === null) {
      return { text: out + xml.slice(from, at).replace(DROPPED, "") + xml.slice(at), declaration: true };
    }
    const found = xml.indexOf(close, at + 2);
    const end = found < 0 ? xml.length : found + close.length;
    out += xml.slice(from, at).replace(DROPPED, "") + xml.slice(at, end);
    from = end;
    SPECIAL.lastIndex = end;
  }
  return {
    text: from === 0 ? xml.replace(DROPPED, "") : out + xml.slice(from).replace(DROPPED, ""),
    declaration: false,
  };
}

/** Text held back between chunks, at most (see SheetXmlCompactor.push). */
const MAX_CARRY = 4 * 1024 * 1024;

/**
 * `compactSheetXml` for a part that arrives in chunks of text. A formula or cell cut by a chunk
 * boundary is simply not matched and passes on whole, for the parser to read as it would anyway;
 * an open comment, CDATA section or processing instruction (and a tag cut short, which may start
 * one) is held back until its end arrives: its text must not be taken for markup.
 */
export class SheetXmlCompactor {
  private carry = "";
  private asIs = false;

  push(chunk: string): string {
    if (this.asIs) return chunk;
    const text = this.carry + chunk;
    const lastTag = text.lastIndexOf("<");
    let cut = lastTag >= 0 && text.indexOf(">", lastTag) < 0 ? lastTag : text.length;
    for (const [open, close] of OPEN_CLOSE) {
      const at = lastBefore(text, open, cut);
      if (at >= 0 && text.indexOf(close, at + 2) < 0) cut = at;
    }
    // no real sheet has a comment this long: a damaged part that never closes one goes on as it is
    if (text.length - cut > MAX_CARRY) cut = text.length;
    this.carry = text.slice(cut);
    const { text: out, declaration } = compact(cut === text.length ? text : text.slice(0, cut));
    if (!declaration) return out;
    this.asIs = true;
    const rest = this.carry;
    this.carry = "";
    return out + rest;
  }

  end(): string {
    const rest = this.asIs ? this.carry : compactSheetXml(this.carry);
    this.carry = "";
    return rest;
  }
}

const OPEN_CLOSE = [
  ["<![CDATA[", "]]>"],
  ["<!--", "-->"],
  ["<?", "?>"],
] as const;

/**
 * `text.lastIndexOf(search, before)`, found by searching forward: V8's lastIndexOf is a plain loop
 * in its runtime, and a chunk of sheet XML (64 KiB, usually without any comment, CDATA or
 * processing instruction) was scanned three times over — 2% of a cold `validate`.
 */
function lastBefore(text: string, search: string, before: number): number {
  let last = -1;
  for (let at = text.indexOf(search); at >= 0 && at <= before; at = text.indexOf(search, at + 1)) last = at;
  return last;
}
