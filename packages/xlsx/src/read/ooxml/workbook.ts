import { isOfficeRelationships, isSpreadsheetMl } from "./namespaces";
import { attr, type PartContext, parseXml } from "./xml";

export interface WorkbookSheet {
  name: string;
  /** Relationship id of the sheet part (`r:id`). */
  rid: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface DefinedName {
  name: string;
  /** Index into the sheet list for a sheet-scoped name; null for a workbook-scoped one. */
  localSheetId: number | null;
  /** The formula text: `Settings!$B$2`, `'My Sheet'!$C$9`, `#REF!` … */
  formula: string;
}

export interface WorkbookPart {
  sheets: WorkbookSheet[];
  definedNames: DefinedName[];
  /** The 1904 date system (Mac Excel's old default): serial 0 is 1904-01-01. */
  date1904: boolean;
}

const truthy = (v: string | undefined) => v === "1" || v === "true" || v === "on";

/** workbook.xml: sheets in order, defined names of both scopes, and the date system. */
export function parseWorkbook(xml: Buffer, ctx: PartContext): WorkbookPart {
  const out: WorkbookPart = { sheets: [], definedNames: [], date1904: false };
  let name: DefinedName | null = null;
  parseXml(xml, ctx, {
    open(tag) {
      if (!isSpreadsheetMl(tag.uri)) return;
      if (tag.local === "workbookPr") {
        out.date1904 = truthy(attr(tag, "date1904"));
      } else if (tag.local === "sheet") {
        const sheetName = attr(tag, "name");
        const rid = attr(tag, "id", isOfficeRelationships);
        if (sheetName === undefined || rid === undefined) return;
        const state = attr(tag, "state");
        out.sheets.push({
          name: sheetName,
          rid,
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
        });
      } else if (tag.local === "definedName") {
        const local = attr(tag, "localSheetId");
        const n = local === undefined ? null : Number(local);
        name = {
          name: attr(tag, "name") ?? "",
          localSheetId: n !== null && Number.isInteger(n) && n >= 0 ? n : null,
          formula: "",
        };
      }
    },
    close(tag) {
      if (tag.local === "definedName" && isSpreadsheetMl(tag.uri) && name) {
        if (name.name !== "") out.definedNames.push({ ...name, formula: name.formula.trim() });
        name = null;
      }
    },
    text(t) {
      if (name) name.formula += t;
    },
  });
  return out;
}
