import { writeZip, type ZipEntry } from "../../zip/write";

/** Test support: a minimal .xlsx written by hand, in the shapes other writers use. */
export interface HandPackageOptions {
  /** Prefix every SpreadsheetML element (`x:` as the .NET Open XML SDK does); "" = default namespace. */
  prefix?: string;
  strict?: boolean;
  /** Relationship targets as absolute part names (`/xl/...`), as openpyxl writes them. */
  absolute?: boolean;
  date1904?: boolean;
  /** Sheet XML body rows (inside sheetData), written with the prefix. */
  rows: string;
  sharedStrings?: string[];
  /** A table on the sheet: ref and column names. */
  table?: { name: string; ref: string; columns: string[] };
  definedNames?: string;
  styles?: string;
}

export function handPackage(o: HandPackageOptions): Buffer {
  const p = o.prefix ? `${o.prefix}:` : "";
  const main = o.strict
    ? "http://purl.oclc.org/ooxml/spreadsheetml/main"
    : "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = o.strict
    ? "http://purl.oclc.org/ooxml/officeDocument/relationships"
    : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const xmlns = o.prefix ? `xmlns:${o.prefix}="${main}"` : `xmlns="${main}"`;
  const tgt = (abs: string, rel: string) => (o.absolute ? abs : rel);
  const pkgRels = "http://schemas.openxmlformats.org/package/2006/relationships";
  const entries: ZipEntry[] = [
    {
      name: "[Content_Types].xml",
      data: Buffer.from('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    },
    {
      name: "_rels/.rels",
      data: Buffer.from(
        `<Relationships xmlns="${pkgRels}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="${tgt("/xl/workbook.xml", "xl/workbook.xml")}"/></Relationships>`,
      ),
    },
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        `<${p}workbook ${xmlns} xmlns:r="${rel}">${o.date1904 ? `<${p}workbookPr date1904="1"/>` : ""}<${p}sheets><${p}sheet name="Goals" sheetId="1" r:id="rId1"/></${p}sheets>${o.definedNames ?? ""}</${p}workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        `<Relationships xmlns="${pkgRels}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="${tgt("/xl/worksheets/sheet1.xml", "worksheets/sheet1.xml")}"/>` +
          `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="${tgt("/xl/sharedStrings.xml", "sharedStrings.xml")}"/>` +
          `<Relationship Id="rId3" Type="${rel}/styles" Target="${tgt("/xl/styles.xml", "styles.xml")}"/></Relationships>`,
      ),
    },
    {
      name: "xl/sharedStrings.xml",
      data: Buffer.from(
        `<${p}sst ${xmlns}>${(o.sharedStrings ?? []).map((s) => (s.startsWith("<") ? `<${p}si>${s}</${p}si>` : `<${p}si><${p}t>${s}</${p}t></${p}si>`)).join("")}</${p}sst>`,
      ),
    },
    { name: "xl/styles.xml", data: Buffer.from(o.styles ?? `<${p}styleSheet ${xmlns}/>`) },
    {
      name: "xl/worksheets/sheet1.xml",
      data: Buffer.from(
        `<${p}worksheet ${xmlns} xmlns:r="${rel}"><${p}sheetData>${o.rows}</${p}sheetData>${o.table ? `<${p}tableParts count="1"><${p}tablePart r:id="rId1"/></${p}tableParts>` : ""}</${p}worksheet>`,
      ),
    },
  ];
  if (o.table) {
    entries.push(
      {
        name: "xl/worksheets/_rels/sheet1.xml.rels",
        data: Buffer.from(
          `<Relationships xmlns="${pkgRels}"><Relationship Id="rId1" Type="${rel}/table" Target="${tgt("/xl/tables/table1.xml", "../tables/table1.xml")}"/></Relationships>`,
        ),
      },
      {
        name: "xl/tables/table1.xml",
        data: Buffer.from(
          `<${p}table ${xmlns} id="1" name="${o.table.name}" displayName="${o.table.name}" ref="${o.table.ref}"><${p}tableColumns count="${o.table.columns.length}">${o.table.columns.map((c, i) => `<${p}tableColumn id="${i + 1}" name="${c}"/>`).join("")}</${p}tableColumns></${p}table>`,
        ),
      },
    );
  }
  return writeZip(entries, { compression: "deflate" });
}
