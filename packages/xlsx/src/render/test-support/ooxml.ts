import { type CellRange, parseRange } from "@planbook/workbook";

/** An XML element as Python's xml.etree (a real parser) reads it: namespaces as known prefixes. */
export interface XmlNode {
  /** Local name, prefixed for namespaces other than SpreadsheetML main (`x14:cfRule`, `xm:sqref`). */
  t: string;
  a: Record<string, string>;
  c: XmlNode[];
  /** Text content (null when none). */
  x: string | null;
}

/** Every XML part of the package (by zip path), parsed; a part that fails to parse fails the script. */
export const DUMP_PARTS = `
import json, sys, zipfile
import xml.etree.ElementTree as ET
PREFIX = {
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "",
  "http://schemas.openxmlformats.org/package/2006/relationships": "",
  "http://schemas.openxmlformats.org/package/2006/content-types": "",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r:",
  "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main": "x14:",
  "http://schemas.microsoft.com/office/excel/2006/main": "xm:",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc:",
  "http://schemas.openxmlformats.org/drawingml/2006/chart": "c:",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a:",
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing": "xdr:",
}
def name(tag):
  if tag.startswith("{"):
    ns, local = tag[1:].split("}", 1)
    return PREFIX.get(ns, "{" + ns + "}") + local
  return tag
def node(e):
  return {"t": name(e.tag), "a": {name(k): v for k, v in e.attrib.items()},
          "c": [node(ch) for ch in e], "x": e.text}
out = {}
with zipfile.ZipFile(sys.argv[1]) as z:
  bad = z.testzip()
  if bad: raise SystemExit("corrupt zip entry " + bad)
  for info in z.infolist():
    if info.filename.endswith(".xml") or info.filename.endswith(".rels"):
      out[info.filename] = node(ET.fromstring(z.read(info.filename)))
print(json.dumps(out, ensure_ascii=False))
`;

export function children(node: XmlNode, tag: string): XmlNode[] {
  return node.c.filter((c) => c.t === tag);
}

export function child(node: XmlNode, tag: string): XmlNode | undefined {
  return node.c.find((c) => c.t === tag);
}

/** All descendants (depth first) with the tag. */
export function descendants(node: XmlNode, tag: string): XmlNode[] {
  const found: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const c of n.c) {
      if (c.t === tag) found.push(c);
      walk(c);
    }
  };
  walk(node);
  return found;
}

/** Text of an element and its descendants (the `<t>` of rich-text runs included). */
export function textOf(node: XmlNode): string {
  return (node.x ?? "") + node.c.map(textOf).join("");
}

/** Resolves a relationship target against the folder of the part that owns the .rels file. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ownerPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The .rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** The range of an A1 reference in a part (`B4:H40`, `C7`); a reference no reader takes fails the test. */
export function rangeOf(ref: string): CellRange {
  const range = parseRange(ref);
  if (!range) throw new Error(`not an A1 range: ${ref}`);
  return range;
}

/** Function names called in a formula, string literals skipped (`"x(y)"` is no call). */
export function functionsIn(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => m[1]!.toUpperCase());
}
