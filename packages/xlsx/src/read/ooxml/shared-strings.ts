import { isSpreadsheetMl } from "./namespaces";
import { RichTextReader } from "./rich-text";
import { type PartContext, parseXml } from "./xml";

/** The shared-string table: one string per `<si>`, plain or rich text (rich-text.ts). */
export function parseSharedStrings(xml: Buffer, ctx: PartContext): string[] {
  const strings: string[] = [];
  const rich = new RichTextReader();
  parseXml(xml, ctx, {
    open(tag) {
      if (!isSpreadsheetMl(tag.uri)) return;
      if (tag.local === "si") rich.begin();
      else rich.open(tag.local);
    },
    close(tag) {
      if (!isSpreadsheetMl(tag.uri)) return;
      if (tag.local === "si") strings.push(rich.end());
      else rich.close(tag.local);
    },
    text(t) {
      rich.text(t);
    },
  });
  return strings;
}
