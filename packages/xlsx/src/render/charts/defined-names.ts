import type { ZipEntry } from "../../zip/write";
import { xmlEscape } from "./chart-xml";

export interface DefinedName {
  name: string;
  /** Formula without `=`, e.g. a structured reference `tblChannels[Channel]`. */
  formula: string;
}

/**
 * Workbook-level defined names whose formula exceljs cannot take (its `definedNames` accepts
 * only A1 ranges, not structured references): added to xl/workbook.xml's `<definedNames>`,
 * sorted by name as Excel keeps them, after the ones exceljs wrote.
 */
export function addDefinedNames(input: readonly ZipEntry[], names: readonly DefinedName[]): ZipEntry[] {
  if (names.length === 0) return [...input];
  const elements = [...names]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((n) => `<definedName name="${xmlEscape(n.name)}">${xmlEscape(n.formula)}</definedName>`)
    .join("");
  return input.map((e) => {
    if (e.name !== "xl/workbook.xml") return e;
    let xml = e.data.toString("utf8");
    if (xml.includes("</definedNames>")) xml = xml.replace("</definedNames>", `${elements}</definedNames>`);
    else if (xml.includes("<definedNames/>"))
      xml = xml.replace("<definedNames/>", `<definedNames>${elements}</definedNames>`);
    else {
      // CT_Workbook: definedNames follows sheets (and functionGroups / externalReferences).
      const at = xml.indexOf("</sheets>") + "</sheets>".length;
      xml = `${xml.slice(0, at)}<definedNames>${elements}</definedNames>${xml.slice(at)}`;
    }
    return { name: e.name, data: Buffer.from(xml, "utf8") };
  });
}
