import { isSpreadsheetMl } from "./namespaces";
import { type PartContext, parseXml } from "./xml";

/**
 * The shared-string table: one string per `<si>`, plain (`<si><t>`) or rich text (the `<t>` of each
 * `<r>` run, concatenated). Phonetic runs (`<rPh>`, furigana) are annotations, not cell text.
 */
export function parseSharedStrings(xml: Buffer, ctx: PartContext): string[] {
  const strings: string[] = [];
  let inSi = false;
  let phonetic = 0;
  let inT = false;
  let current = "";
  parseXml(xml, ctx, {
    open(tag) {
      if (!isSpreadsheetMl(tag.uri)) return;
      switch (tag.local) {
        case "si":
          inSi = true;
          current = "";
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          inT = inSi && phonetic === 0;
          break;
      }
    },
    close(tag) {
      if (!isSpreadsheetMl(tag.uri)) return;
      switch (tag.local) {
        case "si":
          strings.push(current);
          inSi = false;
          break;
        case "rPh":
          phonetic--;
          break;
        case "t":
          inT = false;
          break;
      }
    },
    text(t) {
      if (inT) current += t;
    },
  });
  return strings;
}
