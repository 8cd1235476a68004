import type { ChartSpec, WorkbookFont } from "@planbook/workbook";
import type { ZipEntry } from "../../zip/write";
import { worksheetElementsBetween } from "../worksheet-sequence";
import { chartXml, xmlEscape } from "./chart-xml";

/**
 * Adds native charts to one sheet of a package exceljs wrote (exceljs cannot write charts, ej#141):
 * the chart parts, one drawing part anchoring them, both relationship parts, the content-type
 * overrides and the sheet's `<drawing r:id>`. Pure text edits in a fixed order, so the same
 * charts give the same bytes.
 */
export interface SheetCharts {
  /** The sheet's name as the workbook shows it. */
  sheet: string;
  charts: readonly ChartSpec[];
  font: WorkbookFont;
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DRAWING_TYPE = `${REL_NS}/drawing`;
const CHART_TYPE = `${REL_NS}/chart`;
const CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CT = "application/vnd.openxmlformats-officedocument.drawing+xml";

const xmlUnescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function text(entries: Map<string, ZipEntry>, name: string): string {
  const entry = entries.get(name);
  if (!entry) throw new Error(`the package has no ${name}`);
  return entry.data.toString("utf8");
}

/** Path of the worksheet part named `sheet` (through workbook.xml and its relationships). */
function sheetPart(entries: Map<string, ZipEntry>, sheet: string): string {
  const workbook = text(entries, "xl/workbook.xml");
  const rels = text(entries, "xl/_rels/workbook.xml.rels");
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    if (name === undefined || id === undefined || xmlUnescape(name) !== sheet) continue;
    const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((r) => r[0].includes(`Id="${id}"`));
    const target = rel && /\bTarget="([^"]*)"/.exec(rel[0])?.[1];
    if (!target) break;
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }
  throw new Error(`the package has no sheet named ${sheet}`);
}

/** The next free number N of parts `prefix` N `.xml`. */
function nextNumber(entries: Map<string, ZipEntry>, prefix: string): number {
  let max = 0;
  for (const name of entries.keys()) {
    const m = new RegExp(`^${prefix}(\\d+)\\.xml$`).exec(name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

function anchor(spec: ChartSpec, id: number, rel: string): string {
  const at = (tag: string, p: { row: number; column: number }) =>
    `<xdr:${tag}><xdr:col>${p.column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${at("from", spec.from)}${at("to", spec.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${xmlEscape(spec.name)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL_NS}" r:id="${rel}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function relationships(rels: { id: string; type: string; target: string }[]): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    "</Relationships>"
  );
}

/**
 * CT_Worksheet elements that precede `<drawing>`: it goes right after the last one present. (Not
 * "before the first that follows": a data bar rule carries its own nested `<extLst>`.)
 */
const BEFORE_DRAWING = worksheetElementsBetween("sheetData", "drawing").join("|");

function withDrawing(sheetXml: string, rel: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error("the sheet already has a drawing");
  let at = -1;
  for (const m of sheetXml.matchAll(
    new RegExp(`<(?:${BEFORE_DRAWING})\\b[^>]*/>|</(?:${BEFORE_DRAWING})>`, "g"),
  ))
    at = Math.max(at, m.index + m[0].length);
  if (at < 0) throw new Error("the sheet has no sheetData");
  let xml = `${sheetXml.slice(0, at)}<drawing r:id="${rel}"/>${sheetXml.slice(at)}`;
  if (!/<worksheet\b[^>]*xmlns:r=/.test(xml))
    xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_NS}"`);
  return xml;
}

/** The package's entries with `charts` drawn on their sheet (entry order kept; new parts appended). */
export function addSheetCharts(input: readonly ZipEntry[], add: SheetCharts): ZipEntry[] {
  if (add.charts.length === 0) return [...input];
  const entries = new Map(input.map((e) => [e.name, e]));
  const sheetPath = sheetPart(entries, add.sheet);
  const sheetFile = sheetPath.slice(sheetPath.lastIndexOf("/") + 1);
  const sheetDir = sheetPath.slice(0, sheetPath.lastIndexOf("/"));
  const sheetRelsPath = `${sheetDir}/_rels/${sheetFile}.rels`;

  const drawingN = nextNumber(entries, "xl/drawings/drawing");
  const firstChart = nextNumber(entries, "xl/charts/chart");
  const drawingPath = `xl/drawings/drawing${drawingN}.xml`;
  const added: ZipEntry[] = [];
  const chartRels = add.charts.map((spec, i) => {
    const n = firstChart + i;
    added.push({
      name: `xl/charts/chart${n}.xml`,
      data: Buffer.from(chartXml(spec, add.sheet, add.font), "utf8"),
    });
    return { id: `rId${i + 1}`, type: CHART_TYPE, target: `../charts/chart${n}.xml` };
  });
  const drawing =
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    add.charts.map((spec, i) => anchor(spec, i + 2, `rId${i + 1}`)).join("") +
    "</xdr:wsDr>";
  added.push(
    { name: drawingPath, data: Buffer.from(drawing, "utf8") },
    {
      name: `xl/drawings/_rels/drawing${drawingN}.xml.rels`,
      data: Buffer.from(relationships(chartRels), "utf8"),
    },
  );

  // The sheet's relationships: keep exceljs's, add the drawing under an id not yet taken.
  const existing = entries.get(sheetRelsPath)?.data.toString("utf8");
  const taken = new Set([...(existing ?? "").matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let k = 1;
  while (taken.has(`rIdDrawing${k}`)) k++;
  const drawingRel = `rIdDrawing${k}`;
  const relElement = `<Relationship Id="${drawingRel}" Type="${DRAWING_TYPE}" Target="../drawings/drawing${drawingN}.xml"/>`;
  const sheetRels = existing
    ? existing.replace("</Relationships>", `${relElement}</Relationships>`)
    : `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${relElement}</Relationships>`;

  const overrides = `${add.charts
    .map((_, i) => `<Override PartName="/xl/charts/chart${firstChart + i}.xml" ContentType="${CHART_CT}"/>`)
    .join("")}<Override PartName="/${drawingPath}" ContentType="${DRAWING_CT}"/>`;
  const types = text(entries, "[Content_Types].xml").replace("</Types>", `${overrides}</Types>`);

  const out = input.map((e) => {
    if (e.name === "[Content_Types].xml") return { name: e.name, data: Buffer.from(types, "utf8") };
    if (e.name === sheetPath)
      return { name: e.name, data: Buffer.from(withDrawing(e.data.toString("utf8"), drawingRel), "utf8") };
    if (e.name === sheetRelsPath) return { name: e.name, data: Buffer.from(sheetRels, "utf8") };
    return e;
  });
  if (!existing) out.push({ name: sheetRelsPath, data: Buffer.from(sheetRels, "utf8") });
  return [...out, ...added];
}
