import type { ChartSeries, ChartSpec, WorkbookFont } from "@planbook/workbook";

/**
 * DrawingML (ECMA-376 Part 1, §21.2) for one chart of the layout's chart descriptions. Series
 * carry only cell references (`c:f`), no cached values: the workbook is recalculated on load
 * (fullCalcOnLoad), and Excel, WPS and LibreOffice draw the charts from the cells they compute.
 * Element order follows the schema's sequences (CT_ChartSpace, CT_Chart, CT_BarChart …), which
 * Excel enforces.
 */

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** `'Sheet name'!$A$1:$A$4`: always quoted, quotes doubled (names such as 进度看板 or "Q1 plan"). */
function sheetRef(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

const val = (tag: string, v: string | number) => `<c:${tag} val="${v}"/>`;

function fontRun(font: WorkbookFont, size: number, bold: boolean, colour = "404040"): string {
  return (
    `<a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">` +
    `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>` +
    `<a:latin typeface="${xmlEscape(font.latin)}"/><a:ea typeface="${xmlEscape(font.eastAsian)}"/>` +
    `<a:cs typeface="${xmlEscape(font.latin)}"/></a:defRPr>`
  );
}

function textProps(font: WorkbookFont, size: number, bold = false): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${fontRun(font, size, bold)}</a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
}

function title(spec: ChartSpec, sheet: string, font: WorkbookFont): string {
  const props = `<a:pPr>${fontRun(font, 12, true)}</a:pPr>`;
  const tx = spec.titleCell
    ? `<c:tx><c:strRef><c:f>${xmlEscape(sheetRef(sheet, spec.titleCell))}</c:f>` +
      `<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xmlEscape(spec.title)}</c:v></c:pt></c:strCache>` +
      `</c:strRef></c:tx>`
    : `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>${props}<a:r><a:rPr lang="en-US" sz="1200" b="1"/>` +
      `<a:t>${xmlEscape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>`;
  const txPr = spec.titleCell
    ? `<c:txPr><a:bodyPr/><a:lstStyle/><a:p>${props}<a:endParaRPr lang="en-US"/></a:p></c:txPr>`
    : "";
  return `<c:title>${tx}${val("overlay", 0)}${txPr}</c:title>${val("autoTitleDeleted", 0)}`;
}

function series(s: ChartSeries, i: number, spec: ChartSpec, sheet: string): string {
  const f = (a1: string) => `<c:f>${xmlEscape(sheetRef(sheet, a1))}</c:f>`;
  const head = `${val("idx", i)}${val("order", i)}<c:tx><c:strRef>${f(s.name)}</c:strRef></c:tx>`;
  const data = `<c:cat><c:strRef>${f(spec.categories)}</c:strRef></c:cat><c:val><c:numRef>${f(s.values)}</c:numRef></c:val>`;
  if (s.kind === "line") {
    const line = `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill><a:round/></a:ln></c:spPr>`;
    const marker = `<c:marker>${val("symbol", "circle")}${val("size", 5)}<c:spPr><a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill></c:spPr></c:marker>`;
    return `<c:ser>${head}${line}${marker}${data}${val("smooth", 0)}</c:ser>`;
  }
  const fill = `<c:spPr><a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill></c:spPr>`;
  return `<c:ser>${head}${fill}${val("invertIfNegative", 0)}${data}</c:ser>`;
}

const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

function axes(spec: ChartSpec, font: WorkbookFont, horizontal: boolean): string {
  const gridline = `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>`;
  // Bars across: categories top to bottom in the Dashboard's order (maxMin), values along the bottom.
  const catAx =
    `<c:catAx>${val("axId", CAT_AXIS)}<c:scaling>${val("orientation", horizontal ? "maxMin" : "minMax")}</c:scaling>` +
    `${val("delete", 0)}${val("axPos", horizontal ? "l" : "b")}` +
    `<c:numFmt formatCode="General" sourceLinked="0"/>${val("majorTickMark", "none")}${val("minorTickMark", "none")}` +
    `${val("tickLblPos", "nextTo")}${textProps(font, 9)}${val("crossAx", VAL_AXIS)}${val("crosses", "autoZero")}` +
    `${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>`;
  const bounds = spec.stacked ? `${val("max", 1)}${val("min", 0)}` : "";
  const valAx =
    `<c:valAx>${val("axId", VAL_AXIS)}<c:scaling>${val("orientation", "minMax")}${bounds}</c:scaling>` +
    `${val("delete", 0)}${val("axPos", horizontal ? "b" : "l")}${gridline}` +
    `<c:numFmt formatCode="${xmlEscape(spec.valueFormat)}" sourceLinked="${spec.valueFormat === "General" ? 1 : 0}"/>` +
    `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${textProps(font, 9)}` +
    `${val("crossAx", CAT_AXIS)}${val("crosses", horizontal ? "max" : "autoZero")}${val("crossBetween", "between")}</c:valAx>`;
  return catAx + valAx;
}

/** The chart part (`xl/charts/chartN.xml`) of one chart drawn from cells of `sheet`. */
export function chartXml(spec: ChartSpec, sheet: string, font: WorkbookFont): string {
  const horizontal = spec.series.every((s) => s.kind === "bar");
  const bars = spec.series.map((s, i) => ({ s, i })).filter(({ s }) => s.kind !== "line");
  const lines = spec.series.map((s, i) => ({ s, i })).filter(({ s }) => s.kind === "line");
  const axIds = `${val("axId", CAT_AXIS)}${val("axId", VAL_AXIS)}`;
  const barChart =
    bars.length === 0
      ? ""
      : `<c:barChart>${val("barDir", horizontal ? "bar" : "col")}${val("grouping", spec.stacked ? "stacked" : "clustered")}` +
        `${val("varyColors", 0)}${bars.map(({ s, i }) => series(s, i, spec, sheet)).join("")}` +
        `${val("gapWidth", 60)}${spec.stacked ? val("overlap", 100) : ""}${axIds}</c:barChart>`;
  const lineChart =
    lines.length === 0
      ? ""
      : `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}` +
        `${lines.map(({ s, i }) => series(s, i, spec, sheet)).join("")}${val("marker", 1)}${axIds}</c:lineChart>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace ${NS}>${val("date1904", 0)}${val("roundedCorners", 0)}<c:chart>${title(spec, sheet, font)}` +
    `<c:plotArea><c:layout/>${barChart}${lineChart}${axes(spec, font, horizontal)}</c:plotArea>` +
    `<c:legend>${val("legendPos", "b")}${val("overlay", 0)}${textProps(font, 9)}</c:legend>` +
    `${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `${textProps(font, 10)}</c:chartSpace>`
  );
}
