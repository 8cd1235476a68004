/**
 * Namespaces are matched by URI, never by prefix: Excel writes `<worksheet>` with a default
 * namespace, the .NET Open XML SDK `<x:worksheet>`, and ISO 29500 Strict files use other URIs.
 */
const SPREADSHEETML = {
  transitional: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  strict: "http://purl.oclc.org/ooxml/spreadsheetml/main",
} as const;

const OFFICE_RELATIONSHIPS = {
  transitional: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  strict: "http://purl.oclc.org/ooxml/officeDocument/relationships",
} as const;

/** The namespace of `.rels` parts (the same in Transitional and Strict). */
export const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

const MAIN = new Set<string>(Object.values(SPREADSHEETML));
const RELS = new Set<string>(Object.values(OFFICE_RELATIONSHIPS));

/** SpreadsheetML's main namespace (workbook, worksheet, sst, table, styles), either flavour. */
export const isSpreadsheetMl = (uri: string): boolean => MAIN.has(uri);

/** The namespace of `r:id` attributes, either flavour. */
export const isOfficeRelationships = (uri: string): boolean => RELS.has(uri);

/**
 * The kind of a relationship type URI — `worksheet`, `sharedStrings`, `table`, `styles`,
 * `officeDocument` … — for both flavours; null for types outside the office relationships.
 */
export function relationshipKind(type: string): string | null {
  for (const base of RELS) {
    if (type.startsWith(`${base}/`)) return type.slice(base.length + 1);
  }
  return null;
}
