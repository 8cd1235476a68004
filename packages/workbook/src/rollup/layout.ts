import {
  type BrandSummary,
  brandName,
  enumLabel,
  formatPortfolioNote,
  type Language,
  type Portfolio,
  type PortfolioStatus,
  PortfolioStatus as Statuses,
  type Unit,
} from "@planbook/core";
import { columnLetters } from "../grid/a1";
import type { ChartSpec } from "../layout/charts";
import { PERCENT_FORMAT } from "../layout/formats";
import { type RollupLabel, rollupLabel, statusLabel } from "./labels";

/**
 * The portfolio workbook as a description (sheets, tables, cells, formulas, formats), so the
 * exceljs renderer only draws it and tests can check it without a file. Brand figures are values
 * (each brand's own progress numbers); the portfolio row and column are formulas over them, so a
 * spreadsheet recalculation gives the JSON's portfolio numbers (tested in LibreOffice).
 */

/** Years, months and counts of goals and findings: plain integers (a year is never 2,027). */
const ROLLUP_INTEGER_FORMAT = "0";
/** Goal values of any unit but percent: brands use different currencies, so no currency mark. */
const ROLLUP_VALUE_FORMAT = "#,##0.##";

export type RollupCell =
  | { t: "text"; v: string | null }
  | { t: "number"; v: number | null; format: string }
  /** Shown as its label in the workbook's language, filled with the status colour. */
  | { t: "status"; v: PortfolioStatus | null }
  /** `f` without `=`; `result` is the value the formula gives, cached for readers that do not calculate. */
  | { t: "formula"; f: string; result: number | string | null; format?: string; status?: boolean };

interface RollupColumn {
  header: string;
  width: number;
  /** Attainment columns: Excel data bars from 0 to 100 %. */
  dataBar?: boolean;
}

export interface RollupTable {
  /** Excel table name (ASCII, fixed). */
  name: string;
  caption: string;
  /** Worksheet row of the header; the caption is the row above. */
  headerRow: number;
  columns: RollupColumn[];
  /** At least one row (an empty Excel table corrupts the file). */
  rows: RollupCell[][];
  /** A row right below the table (not part of it, so sorting the table leaves it alone). */
  summary?: RollupCell[];
}

export interface RollupSheet {
  key: "overview" | "channels" | "watch" | "sources";
  name: string;
  title: string;
  /** Lines under the title (as-of month, years, thresholds, legend …). */
  lines: string[];
  tables: RollupTable[];
  /** Native charts over the sheet's own cells (drawn by the chart writer of @planbook/xlsx). */
  charts?: ChartSpec[];
}

export interface RollupWorkbookSpec {
  lang: Language;
  sheets: RollupSheet[];
}

const text = (v: string | null): RollupCell => ({ t: "text", v });
const pct = (v: number | null): RollupCell => ({ t: "number", v, format: PERCENT_FORMAT });
const count = (v: number | null): RollupCell => ({ t: "number", v, format: ROLLUP_INTEGER_FORMAT });
const value = (v: number | null, unit: Unit): RollupCell => ({
  t: "number",
  v,
  format: unit === "percent" ? PERCENT_FORMAT : ROLLUP_VALUE_FORMAT,
});

/** Nested IFs (not IFS) so LibreOffice 7.4 and old Excel evaluate them. */
function statusFormula(cell: string, p: Portfolio, lang: Language): string {
  const q = (s: PortfolioStatus) => `"${statusLabel(s, lang).replaceAll('"', '""')}"`;
  const { onTrack, atRisk } = p.thresholds;
  return `IF(${cell}="",${q("not_started")},IF(${cell}>=${onTrack},${q("on_track")},IF(${cell}>=${atRisk},${q("at_risk")},${q("off_track")})))`;
}

/** An equal-weight mean over the brands with a number, blank when none has one. */
function meanFormula(range: string): string {
  return `IF(COUNT(${range})=0,"",AVERAGE(${range}))`;
}

const TITLE_ROWS = 1;

function asOfLine(p: Portfolio, lang: Language): string {
  const L = (k: RollupLabel) => rollupLabel(k, lang);
  const asOf = p.asOfMonth === null ? L("noData") : String(p.asOfMonth);
  const months = p.asOfMonths.length > 1 ? ` (${L("asOfMonths")}: ${p.asOfMonths.join(", ")})` : "";
  return `${L("asOf")}: ${asOf}${months} · ${L("years")}: ${p.years.join(", ") || "—"} · ${L("thresholds")}: ${p.thresholds.onTrack} / ${p.thresholds.atRisk}`;
}

function legendLine(lang: Language): string {
  return `${rollupLabel("legend", lang)}: ${Statuses.options.map((s) => statusLabel(s, lang)).join(" · ")}`;
}

function overviewSheet(p: Portfolio, ok: BrandSummary[], lang: Language): RollupSheet {
  const L = (k: RollupLabel) => rollupLabel(k, lang);
  const headerRow = TITLE_ROWS + 5;
  const dims = p.dimensions.map((d) => d.dimension);
  const columns: RollupColumn[] = [
    { header: L("brand"), width: 18 },
    { header: L("file"), width: 24 },
    { header: L("year"), width: 7 },
    { header: L("asOf"), width: 9 },
    { header: L("overall"), width: 12, dataBar: true },
    { header: L("status"), width: 12 },
    ...dims.map((d) => ({ header: enumLabel("dimension", d, lang), width: 14, dataBar: true })),
    ...Statuses.options.map((s) => ({ header: statusLabel(s, lang), width: 10 })),
    { header: L("errors"), width: 8 },
    { header: L("warnings"), width: 8 },
    { header: L("infos"), width: 8 },
  ];
  const rows: RollupCell[][] = ok.map((b) => {
    const byDim = new Map(b.dimensions.map((d) => [d.dimension, d]));
    return [
      text(b.brand ?? b.brandId),
      text(b.file),
      count(b.year),
      count(b.asOfMonth),
      pct(b.attainment),
      { t: "status", v: b.status },
      ...dims.map((d) => pct(byDim.get(d)?.attainment ?? null)),
      ...Statuses.options.map((s) => count(b.goals[s])),
      count(b.findings.error),
      count(b.findings.warning),
      count(b.findings.info),
    ];
  });
  const first = headerRow + 1;
  const last = headerRow + Math.max(rows.length, 1);
  const col = (i: number) => columnLetters(i + 1);
  const range = (i: number) => `${col(i)}${first}:${col(i)}${last}`;
  const summaryRow = last + 1;
  const summary: RollupCell[] = [
    text(L("portfolio")),
    text(null),
    text(null),
    count(p.asOfMonth),
    { t: "formula", f: meanFormula(range(4)), result: p.attainment ?? "", format: PERCENT_FORMAT },
    {
      t: "formula",
      f: statusFormula(`${col(4)}${summaryRow}`, p, lang),
      result: statusLabel(p.status, lang),
      status: true,
    },
    ...p.dimensions.map((d, i) => ({
      t: "formula" as const,
      f: meanFormula(range(6 + i)),
      result: d.attainment ?? "",
      format: PERCENT_FORMAT,
    })),
    ...Statuses.options.map((s, i) => ({
      t: "formula" as const,
      f: `SUM(${range(6 + dims.length + i)})`,
      result: p.goals[s],
      format: ROLLUP_INTEGER_FORMAT,
    })),
    ...(["error", "warning", "info"] as const).map((sev, i) => ({
      t: "formula" as const,
      f: `SUM(${range(6 + dims.length + Statuses.options.length + i)})`,
      result: p.findings[sev],
      format: ROLLUP_INTEGER_FORMAT,
    })),
  ];
  // Two native charts below the table, over its cells: each brand's overall attainment (bars
  // across) and the portfolio row by dimension (columns), so they follow the formulas.
  const chartTop = summaryRow + 2;
  const dimFirst = col(6);
  const dimLast = col(5 + dims.length);
  const charts: ChartSpec[] = [
    {
      key: "byChannel",
      name: "Planbook.Portfolio.Brands",
      title: `${L("overall")} · ${L("brand")}`,
      categories: `A${first}:A${last}`,
      series: [{ name: `E${headerRow}`, values: `E${first}:E${last}`, colour: "2F75B5", kind: "bar" }],
      stacked: false,
      valueFormat: PERCENT_FORMAT,
      source: `A${headerRow}:A${last}`,
      officeType: "BarStacked",
      from: { row: chartTop, column: 1 },
      to: { row: chartTop + 16, column: 5 },
    },
    {
      key: "byDimension",
      name: "Planbook.Portfolio.Dimensions",
      title: `${L("portfolio")} · ${L("dimension")}`,
      categories: `${dimFirst}${headerRow}:${dimLast}${headerRow}`,
      series: [
        {
          name: `A${summaryRow}`,
          values: `${dimFirst}${summaryRow}:${dimLast}${summaryRow}`,
          colour: "2F75B5",
          kind: "column",
        },
      ],
      stacked: false,
      valueFormat: PERCENT_FORMAT,
      source: `${dimFirst}${headerRow}:${dimLast}${summaryRow}`,
      officeType: "ColumnClustered",
      from: { row: chartTop, column: 6 },
      to: { row: chartTop + 16, column: 12 },
    },
  ];
  return {
    key: "overview",
    name: L("overviewSheet"),
    title: L("title"),
    lines: [asOfLine(p, lang), legendLine(lang), L("chartsNote")],
    charts,
    tables: [
      {
        name: "tblPortfolio",
        caption: `${L("overviewCaption")} · ${L("goalsCaption")} · ${L("findingsCaption")}`,
        headerRow,
        columns,
        rows: rows.length > 0 ? rows : [columns.map(() => text(null))],
        summary,
      },
    ],
  };
}

function channelsSheet(p: Portfolio, ok: BrandSummary[], lang: Language): RollupSheet {
  const L = (k: RollupLabel) => rollupLabel(k, lang);
  const headerRow = TITLE_ROWS + 3;
  const columns: RollupColumn[] = [
    { header: L("channel"), width: 16 },
    ...ok.map((b) => ({ header: brandName(b), width: 14, dataBar: true })),
    { header: L("portfolio"), width: 16, dataBar: true },
    { header: L("status"), width: 12 },
    { header: L("brands"), width: 8 },
  ];
  const key = (c: string | null) => (c === null ? null : c.trim().toLowerCase());
  const n = ok.length;
  const rows: RollupCell[][] = p.channels.map((c, r) => {
    const row = headerRow + 1 + r;
    const brandRange = `${columnLetters(2)}${row}:${columnLetters(1 + n)}${row}`;
    const mean = `${columnLetters(2 + n)}${row}`;
    return [
      text(c.channel ?? L("allChannels")),
      ...ok.map((b) => pct(b.channels.find((x) => key(x.channel) === key(c.channel))?.attainment ?? null)),
      { t: "formula", f: meanFormula(brandRange), result: c.attainment ?? "", format: PERCENT_FORMAT },
      { t: "formula", f: statusFormula(mean, p, lang), result: statusLabel(c.status, lang), status: true },
      { t: "formula", f: `COUNT(${brandRange})`, result: c.brands, format: ROLLUP_INTEGER_FORMAT },
    ];
  });
  return {
    key: "channels",
    name: L("channelsSheet"),
    title: L("channelsCaption"),
    lines: [asOfLine(p, lang)],
    tables: [
      {
        name: "tblPortfolioChannels",
        caption: L("channelsCaption"),
        headerRow,
        columns,
        rows: rows.length > 0 ? rows : [columns.map(() => text(null))],
      },
    ],
  };
}

/** `Goals!J7: message` — where to go in the brand's own workbook, and what to do there. */
export function fixText(f: { sheet: string | null; cell: string | null; message: string }): string {
  const at = f.sheet && f.cell ? `${f.sheet}!${f.cell}: ` : f.cell ? `${f.cell}: ` : "";
  return `${at}${f.message}`;
}

function watchSheet(p: Portfolio, lang: Language): RollupSheet {
  const L = (k: RollupLabel) => rollupLabel(k, lang);
  const headerRow = TITLE_ROWS + 3;
  const columns: RollupColumn[] = [
    { header: L("brand"), width: 16 },
    { header: L("goal"), width: 8 },
    { header: L("metric"), width: 16 },
    { header: L("dimension"), width: 14 },
    { header: L("channel"), width: 12 },
    { header: L("owner"), width: 10 },
    { header: L("status"), width: 12 },
    { header: L("attainment"), width: 11, dataBar: true },
    { header: L("target"), width: 13 },
    { header: L("ytdTarget"), width: 13 },
    { header: L("ytdActual"), width: 13 },
    { header: L("gapToYtdTarget"), width: 14 },
    { header: L("gapToTarget"), width: 14 },
    { header: L("forecast"), width: 13 },
    { header: L("fix"), width: 48 },
  ];
  const rows: RollupCell[][] = p.watch.map((w) => [
    text(brandName(w)),
    text(w.id),
    text(w.metric),
    text(w.dimension === null ? null : enumLabel("dimension", w.dimension, lang)),
    text(w.channel ?? L("allChannels")),
    text(w.owner),
    { t: "status", v: w.status },
    pct(w.attainment),
    value(w.target, w.unit),
    value(w.ytdTarget, w.unit),
    value(w.ytdActual, w.unit),
    value(w.gapToYtdTarget, w.unit),
    value(w.gapToTarget, w.unit),
    value(w.forecast, w.unit),
    text(w.fix.length ? w.fix.map(fixText).join("\n") : null),
  ]);
  return {
    key: "watch",
    name: L("watchSheet"),
    title: L("watchCaption"),
    lines: [asOfLine(p, lang)],
    tables: [
      {
        name: "tblPortfolioWatch",
        caption: L("watchCaption"),
        headerRow,
        columns,
        rows: rows.length > 0 ? rows : [[text(L("watchEmpty")), ...columns.slice(1).map(() => text(null))]],
      },
    ],
  };
}

function sourcesSheet(p: Portfolio, lang: Language, generator: string): RollupSheet {
  const L = (k: RollupLabel) => rollupLabel(k, lang);
  const notes = p.notes.map((n) => formatPortfolioNote(n, lang));
  const headerRow = TITLE_ROWS + 3 + notes.length + 1;
  return {
    key: "sources",
    name: L("sourcesSheet"),
    title: L("sourcesCaption"),
    lines: [`${L("generated")}: ${generator}`, ...notes],
    tables: [
      {
        name: "tblPortfolioSources",
        caption: L("sourcesCaption"),
        headerRow,
        columns: [
          { header: L("file"), width: 28 },
          { header: L("brand"), width: 18 },
          { header: L("year"), width: 7 },
          { header: L("asOf"), width: 9 },
          { header: L("error"), width: 60 },
        ],
        rows: p.brands.map((b) => [
          text(b.file),
          text(b.brand ?? b.brandId),
          count(b.year),
          count(b.asOfMonth),
          text(b.error?.message ?? null),
        ]),
      },
    ],
  };
}

/** The portfolio workbook's description (docs/design.md#rollup `--out`). */
export function rollupWorkbookSpec(p: Portfolio, lang: Language, generator: string): RollupWorkbookSpec {
  const ok = p.brands.filter((b): b is BrandSummary => b.error === null);
  return {
    lang,
    sheets: [
      overviewSheet(p, ok, lang),
      channelsSheet(p, ok, lang),
      watchSheet(p, lang),
      sourcesSheet(p, lang, generator),
    ],
  };
}
