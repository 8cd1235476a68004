import type { WorkbookFont } from "@planbook/workbook";
import { readEntries } from "../zip/read";
import { writeZip } from "../zip/write";
import { addDefinedNames, type DefinedName } from "./charts/defined-names";
import { addSheetCharts, type SheetCharts } from "./charts/package-charts";
import { withNamedFonts } from "./named-fonts";

/**
 * exceljs gives each modern data bar a random GUID linking the rule to its x14 extension; the
 * same GUID, in order of appearance, becomes a counter-based one, so the link survives and the
 * bytes repeat. (The fixed `ext uri` GUIDs are not matched: only ids of x14 rules are.)
 */
function stableRuleIds(xml: string, sheet: number): string {
  const ids = new Map<string, string>();
  const stable = (guid: string) => {
    let id = ids.get(guid);
    if (id === undefined) {
      const n = (sheet * 4096 + ids.size + 1).toString(16).toUpperCase().padStart(12, "0");
      id = `{00000000-0000-4000-8000-${n}}`;
      ids.set(guid, id);
    }
    return id;
  };
  return xml
    .replace(/<x14:id>(\{[0-9A-Fa-f-]{36}\})<\/x14:id>/g, (_, g: string) => `<x14:id>${stable(g)}</x14:id>`)
    .replace(
      /(<x14:cfRule [^>]*id=")(\{[0-9A-Fa-f-]{36}\})"/g,
      (_, pre: string, g: string) => `${pre}${stable(g)}"`,
    );
}

/**
 * Re-packs the workbook exceljs wrote so the same plan gives the same bytes: JSZip stamps each
 * entry with the current time (all entries get `at` instead) and data bars carry random ids.
 * `charts`: native charts to add to a sheet, `names`: defined names over structured references
 * (exceljs can write neither), `font`: the typeface named on every cell font.
 */
export async function deterministicXlsx(
  zip: Buffer,
  at: Date,
  extras: { charts?: SheetCharts; names?: readonly DefinedName[]; font?: WorkbookFont } = {},
): Promise<Buffer> {
  const unnamed = await readEntries(zip);
  const read = extras.font ? withNamedFonts(unnamed, extras.font) : unnamed;
  const named = extras.names ? addDefinedNames(read, extras.names) : read;
  const entries = extras.charts ? addSheetCharts(named, extras.charts) : named;
  const sheetNumber = (name: string) => Number(/worksheets\/sheet(\d+)\.xml$/.exec(name)?.[1] ?? 0);
  return writeZip(
    entries.map((e) =>
      // Only sheets with x14 rules carry ids; the others pass through without a decode/encode.
      /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name) && e.data.includes("<x14:id>")
        ? {
            name: e.name,
            data: Buffer.from(stableRuleIds(e.data.toString("utf8"), sheetNumber(e.name)), "utf8"),
          }
        : e,
    ),
    { compression: "deflate", at },
  );
}
