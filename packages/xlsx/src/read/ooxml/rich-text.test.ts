import { describe, expect, it } from "vitest";
import { isSpreadsheetMl } from "./namespaces";
import { RichTextReader } from "./rich-text";
import { parseXml } from "./xml";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The strings of every `<s>` element in `body`, read as the shared-string table and inline strings are. */
function strings(body: string): string[] {
  const out: string[] = [];
  const rich = new RichTextReader();
  const xml = Buffer.from(`<root xmlns="${NS}">${body}</root>`);
  parseXml(
    xml,
    { file: "f.xlsx", part: "p.xml" },
    {
      open(tag) {
        if (!isSpreadsheetMl(tag.uri)) return;
        if (tag.local === "s") rich.begin();
        else rich.open(tag.local);
      },
      close(tag) {
        if (!isSpreadsheetMl(tag.uri)) return;
        if (tag.local === "s") out.push(rich.end());
        else rich.close(tag.local);
      },
      text(t) {
        rich.text(t);
      },
    },
  );
  return out;
}

describe("RichTextReader", () => {
  it.each([
    ["plain text", "<s><t>Goal ID</t></s>", ["Goal ID"]],
    ["empty", "<s><t/></s><s></s>", ["", ""]],
    ["runs concatenated", "<s><r><t>No</t></r><r><rPr><b/></rPr><t>tes</t></r></s>", ["Notes"]],
    ["white space kept", '<s><r><t xml:space="preserve">in </t></r><r><t>line</t></r></s>', ["in line"]],
    ["phonetic runs skipped", '<s><t>東京</t><rPh sb="0" eb="2"><t>とうきょう</t></rPh></s>', ["東京"]],
    ["text after a phonetic run kept", "<s><r><t>a</t></r><rPh><t>x</t></rPh><r><t>b</t></r></s>", ["ab"]],
    ["text outside <t> ignored", "<s>\n  <r><rPr><sz val='11'/></rPr><t>x</t></r>\n</s>", ["x"]],
    ["entities and CDATA", "<s><t>R&amp;D <![CDATA[<1>]]></t></s>", ["R&D <1>"]],
    ["each string its own", "<s><t>a</t></s><s><r><t>b</t></r></s>", ["a", "b"]],
    ["a <t> outside a string is not one", "<t>stray</t><s><t>kept</t></s><t>stray</t>", ["kept"]],
  ])("%s", (_name, body, expected) => {
    expect(strings(body)).toEqual(expected);
  });
});
