import { describe, expect, it } from "vitest";
import { parseSharedStrings } from "./shared-strings";
import { parseWorksheet } from "./worksheet";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const ctx = { file: "f.xlsx", part: "p.xml" };

/** `content` as the one string of a shared-string table (`<si>`). */
const shared = (content: string) =>
  parseSharedStrings(Buffer.from(`<sst xmlns="${NS}"><si>${content}</si></sst>`), ctx);

/** `content` as cell A1's inline string (`<is>`); "" reads as an empty cell. */
function inline(content: string): unknown {
  const xml = `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>${content}</is></c></row></sheetData></worksheet>`;
  const grid = parseWorksheet(Buffer.from(xml), {
    ...ctx,
    sharedStrings: [],
    date1904: false,
    dateStyles: new Set(),
  });
  return grid.rows.get(1)?.[0] ?? "";
}

// The shared-string table and inline strings read the same rich text (rich-text.ts).
describe("rich text of shared and inline strings", () => {
  it.each([
    ["plain text", "<t>Goal ID</t>", "Goal ID"],
    ["empty", "<t/>", ""],
    ["runs concatenated", "<r><t>No</t></r><r><rPr><b/></rPr><t>tes</t></r>", "Notes"],
    ["white space kept", '<r><t xml:space="preserve">in </t></r><r><t>line</t></r>', "in line"],
    ["phonetic runs skipped", '<t>東京</t><rPh sb="0" eb="2"><t>とうきょう</t></rPh>', "東京"],
    ["text after a phonetic run kept", "<r><t>a</t></r><rPh><t>x</t></rPh><r><t>b</t></r>", "ab"],
    ["text outside <t> ignored", "\n  <r><rPr><sz val='11'/></rPr><t>x</t></r>\n", "x"],
    ["entities and CDATA", "<t>R&amp;D <![CDATA[<1>]]></t>", "R&D <1>"],
  ])("%s", (_name, content, expected) => {
    expect(shared(content)).toEqual([expected]);
    expect(inline(content)).toBe(expected);
  });

  it("starts each string empty", () => {
    const xml = `<sst xmlns="${NS}"><si><t>a</t></si><si><r><t>b</t></r></si><si/></sst>`;
    expect(parseSharedStrings(Buffer.from(xml), ctx)).toEqual(["a", "b", ""]);
  });
});
