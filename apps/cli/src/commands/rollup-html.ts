import {
  type BrandSummary,
  brandName,
  enumLabel,
  formatPercent,
  formatPortfolioNote,
  formatValue,
  type Language,
  type Portfolio,
  PortfolioStatus,
} from "@planbook/core";
import { fixText, type RollupLabel, rollupLabel, statusColour, statusLabel } from "@planbook/workbook";
import * as echarts from "echarts";
import { GENERATOR } from "../version";

/**
 * `--html`: the one-page report (docs/design.md#rollup). Self-contained — no script, font, image or style is
 * fetched at view time — so it can be forwarded in WeChat or by mail and opened offline. Charts are
 * rendered here to SVG with ECharts' server-side renderer, so the page shows them with scripts
 * disabled; each chart has a table of the same numbers below it for screen readers.
 */

/** Bar colours: the workbook's pale status fills are for cell backgrounds, too light for bars. */
const BAR_COLOURS: Record<PortfolioStatus, string> = {
  achieved: "#2E7D32",
  on_track: "#2F75B5",
  at_risk: "#B7860B",
  off_track: "#C00000",
  not_started: "#8C8C8C",
  check: "#7030A0",
};

/** System fonts only (Chinese ones named so phones pick a CJK face without downloading one). */
const FONT_STACK =
  '-apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif';

/** Chart width in SVG units; the SVG scales down to the screen (viewBox), so phones get it whole. */
const CHART_WIDTH = 520;

/** A report shows 0.1 % steps (78.3 %); the JSON and the workbook keep the unrounded numbers. */
const roundPercent = (x: number): number => Math.round(x * 1000) / 1000;

const esc = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

function svgChart(option: Record<string, unknown>, height: number, label: string): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: CHART_WIDTH, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_STACK, fontSize: 13 }, ...option });
    const svg = chart.renderToSVGString();
    // Named image for assistive technology; the numbers are in the table that follows.
    return svg.replace(
      /^<svg /,
      `<svg role="img" aria-label="${esc(label)}" preserveAspectRatio="xMinYMin meet" class="chart" `,
    );
  } finally {
    chart.dispose();
  }
}

interface View {
  p: Portfolio;
  lang: Language;
  ok: BrandSummary[];
  L: (k: RollupLabel) => string;
  pct: (v: number | null) => string;
}

function statusCell(v: View, s: PortfolioStatus | null): string {
  if (s === null) return "<td></td>";
  return `<td class="st" style="background:#${statusColour(s)}">${esc(statusLabel(s, v.lang))}</td>`;
}

function pctCell(v: View, value: number | null, s?: PortfolioStatus): string {
  const bg = s ? ` style="background:#${statusColour(s)}"` : "";
  return `<td class="num"${bg}>${esc(v.pct(value))}</td>`;
}

/** Columns from `numericFrom` up to (not including) `numericTo` hold numbers: right-aligned headers. */
function table(
  caption: string,
  head: string[],
  rows: string[],
  numericFrom = 1,
  numericTo = head.length,
): string {
  const th = head
    .map((h, i) => `<th scope="col"${i >= numericFrom && i < numericTo ? ' class="num"' : ""}>${esc(h)}</th>`)
    .join("");
  // A region that scrolls sideways on a phone must be reachable by keyboard (tabindex) and named.
  return `<div class="scroll" tabindex="0" role="region" aria-label="${esc(caption)}"><table><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

/** A horizontal bar per category, 0–100 %, coloured by status and labelled as the workbook shows it. */
function attainmentBars(
  lang: Language,
  categories: string[],
  bars: { value: number | null; status: PortfolioStatus }[],
  barMaxWidth: number,
) {
  return {
    grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
    xAxis: {
      type: "value",
      min: 0,
      max: 1,
      axisLabel: { formatter: (x: number) => `${Math.round(x * 100)}%` },
    },
    yAxis: { type: "category", inverse: true, data: categories },
    series: [
      {
        type: "bar",
        barMaxWidth,
        label: {
          show: true,
          position: "right",
          formatter: (d: { value: number | null }) => (d.value === null ? "—" : formatPercent(d.value, lang)),
        },
        data: bars.map((b) => ({ value: b.value, itemStyle: { color: BAR_COLOURS[b.status] } })),
      },
    ],
  };
}

function overviewSection(v: View): string {
  const { p, ok, L, lang } = v;
  const names = ok.map(brandName);
  const barHeight = 60 + 34 * (ok.length + 1);
  const chart = svgChart(
    attainmentBars(
      lang,
      [...names, L("portfolio")],
      [
        ...ok.map((b) => ({ value: b.attainment, status: b.status })),
        { value: p.attainment, status: p.status },
      ],
      22,
    ),
    barHeight,
    L("overall"),
  );
  const dims = p.dimensions.map((d) => d.dimension);
  const rows = ok.map((b) => {
    const byDim = new Map(b.dimensions.map((d) => [d.dimension, d]));
    return `<tr><th scope="row">${esc(brandName(b))}</th>${pctCell(v, b.attainment)}${statusCell(v, b.status)}${dims
      .map((d) => {
        const x = byDim.get(d);
        return pctCell(v, x?.attainment ?? null, x?.attainment === null ? undefined : x?.status);
      })
      .join("")}</tr>`;
  });
  rows.push(
    `<tr class="total"><th scope="row">${esc(L("portfolio"))}</th>${pctCell(v, p.attainment)}${statusCell(v, p.status)}${p.dimensions
      .map((d) => pctCell(v, d.attainment, d.attainment === null ? undefined : d.status))
      .join("")}</tr>`,
  );
  return `<section><h2>${esc(L("overviewCaption"))}</h2><div class="pair"><figure>${chart}</figure><figure>${dimensionChart(v)}</figure></div>${table(
    L("overviewCaption"),
    [L("brand"), L("overall"), L("status"), ...dims.map((d) => enumLabel("dimension", d, lang))],
    rows,
  )}</section>`;
}

/** Attainment per dimension, a bar per brand; its numbers are the overview table's. */
function dimensionChart(v: View): string {
  const { p, ok, lang } = v;
  const dims = p.dimensions.map((d) => enumLabel("dimension", d.dimension, lang));
  const palette = ["#2F75B5", "#ED7D31", "#70AD47", "#7F6000", "#5B9BD5", "#A5A5A5", "#264478", "#9E480E"];
  const chart = svgChart(
    {
      color: palette,
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12 } },
      grid: { left: 8, right: 8, top: 30 + 16 * Math.ceil(ok.length / 4), bottom: 8, containLabel: true },
      xAxis: { type: "category", data: dims, axisLabel: { interval: 0, fontSize: 11 } },
      yAxis: {
        type: "value",
        min: 0,
        max: 1,
        axisLabel: { formatter: (x: number) => `${Math.round(x * 100)}%` },
      },
      series: ok.map((b) => ({
        type: "bar",
        name: brandName(b),
        data: b.dimensions.map((d) => d.attainment),
      })),
    },
    260,
    rollupLabel("overviewCaption", lang),
  );
  return chart;
}

function statusSection(v: View): string {
  const { p, ok, L, lang } = v;
  const statuses = PortfolioStatus.options;
  const chart = svgChart(
    {
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12 } },
      grid: { left: 8, right: 16, top: 52, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: ok.map(brandName) },
      series: statuses.map((s) => ({
        type: "bar",
        stack: "goals",
        name: statusLabel(s, lang),
        itemStyle: { color: BAR_COLOURS[s] },
        barMaxWidth: 22,
        data: ok.map((b) => b.goals[s]),
      })),
    },
    70 + 34 * ok.length,
    L("goalsCaption"),
  );
  const rows = ok.map(
    (b) =>
      `<tr><th scope="row">${esc(brandName(b))}</th>${statuses
        .map((s) => `<td class="num">${b.goals[s]}</td>`)
        .join("")}<td class="num">${b.findings.error}</td><td class="num">${b.findings.warning}</td></tr>`,
  );
  rows.push(
    `<tr class="total"><th scope="row">${esc(L("portfolio"))}</th>${statuses
      .map((s) => `<td class="num">${p.goals[s]}</td>`)
      .join("")}<td class="num">${p.findings.error}</td><td class="num">${p.findings.warning}</td></tr>`,
  );
  return `<section><h2>${esc(L("goalsCaption"))}</h2><figure>${chart}</figure>${table(
    `${L("goalsCaption")} · ${L("findingsCaption")}`,
    [L("brand"), ...statuses.map((s) => statusLabel(s, lang)), L("errors"), L("warnings")],
    rows,
  )}</section>`;
}

function channelSection(v: View): string {
  const { p, ok, L } = v;
  const channels = p.channels;
  if (channels.length === 0) return "";
  const name = (c: string | null) => c ?? L("allChannels");
  const chart = svgChart(
    attainmentBars(
      v.lang,
      channels.map((c) => name(c.channel)),
      channels.map((c) => ({ value: c.attainment, status: c.status })),
      18,
    ),
    40 + 26 * channels.length,
    L("channelsCaption"),
  );
  const key = (c: string | null) => (c === null ? null : c.trim().toLowerCase());
  const rows = channels.map(
    (c) =>
      `<tr><th scope="row">${esc(name(c.channel))}</th>${pctCell(v, c.attainment)}${statusCell(v, c.status)}${ok
        .map((b) => pctCell(v, b.channels.find((x) => key(x.channel) === key(c.channel))?.attainment ?? null))
        .join("")}</tr>`,
  );
  return `<section><h2>${esc(L("channelsCaption"))}</h2><figure>${chart}</figure>${table(
    L("channelsCaption"),
    [L("channel"), L("portfolio"), L("status"), ...ok.map(brandName)],
    rows,
  )}</section>`;
}

function watchSection(v: View): string {
  const { p, L, lang } = v;
  if (p.watch.length === 0)
    return `<section><h2>${esc(L("watchSheet"))}</h2><p>${esc(L("watchEmpty"))}</p></section>`;
  const val = (x: number | null, unit: string) =>
    x === null ? "—" : formatValue(unit === "percent" ? roundPercent(x) : x, unit, lang);
  const rows = p.watch.map(
    (w) =>
      `<tr><th scope="row">${esc(brandName(w))}</th><td>${esc(w.id)}</td><td>${esc(w.metric ?? "")}</td><td>${esc(
        w.owner ?? "",
      )}</td>${statusCell(v, w.status)}${pctCell(v, w.attainment)}<td class="num">${esc(
        val(w.gapToYtdTarget, w.unit),
      )}</td><td class="num">${esc(val(w.gapToTarget, w.unit))}</td><td class="fix">${w.fix
        .map((f) => esc(fixText(f)))
        .join("<br>")}</td></tr>`,
  );
  return `<section><h2>${esc(L("watchSheet"))}</h2>${table(
    L("watchCaption"),
    [
      L("brand"),
      L("goal"),
      L("metric"),
      L("owner"),
      L("status"),
      L("attainment"),
      L("gapToYtdTarget"),
      L("gapToTarget"),
      L("fix"),
    ],
    rows,
    5,
    8,
  )}</section>`;
}

function sourcesSection(v: View): string {
  const { p, L } = v;
  const items = p.brands
    .map((b) =>
      b.error === null
        ? `<li><code>${esc(b.file)}</code> — ${esc(brandName(b))} ${b.year ?? ""} · ${esc(L("asOf"))} ${b.asOfMonth ?? "—"}</li>`
        : `<li class="bad"><code>${esc(b.file)}</code> — ${esc(b.error.message)}</li>`,
    )
    .join("");
  return `<section class="sources"><h2>${esc(L("sourcesCaption"))}</h2><ul>${items}</ul><p class="gen">${esc(
    L("generated"),
  )}: ${esc(`${GENERATOR.name} ${GENERATOR.version}`)}</p></section>`;
}

function legend(v: View): string {
  const items = PortfolioStatus.options
    .map(
      (s) =>
        `<li><span class="sw" style="background:#${statusColour(s)};border-color:${BAR_COLOURS[s]}"></span>${esc(
          statusLabel(s, v.lang),
        )}</li>`,
    )
    .join("");
  return `<div class="legend"><h2 class="vh">${esc(v.L("legend"))}</h2><ul aria-label="${esc(v.L("legend"))}">${items}</ul></div>`;
}

const CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;padding:12px;font-family:${FONT_STACK};font-size:14px;line-height:1.45;color:#1b1b1b;background:#fff}
main{max-width:820px;margin:0 auto}
h1{font-size:20px;margin:0 0 4px;color:#1F4E79}
h2{font-size:16px;margin:18px 0 6px;color:#1F4E79}
.meta{margin:0;color:#404040}
.notes{margin:8px 0;padding:8px 10px 8px 26px;background:#FFF8E1;border-left:4px solid #B7860B}
.notes li.bad{color:#9C0006}
figure{margin:0}
svg.chart{display:block;width:100%;height:auto;max-width:${CHART_WIDTH}px}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}
caption{text-align:left;font-size:12px;color:#404040;padding:2px 0}
th,td{border:1px solid #d0d0d0;padding:3px 6px;text-align:left;white-space:nowrap}
thead th{background:#1F4E79;color:#fff}
.num{text-align:right}
td.st{text-align:center}
td.fix{white-space:normal;min-width:12em;font-size:12px}
tr.total th,tr.total td{font-weight:bold;border-top:2px solid #404040}
.legend ul{list-style:none;display:flex;flex-wrap:wrap;gap:4px 14px;padding:0;margin:6px 0}
.sw{display:inline-block;width:12px;height:12px;border:2px solid;margin-right:4px;vertical-align:-1px}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.sources ul{padding-left:18px;margin:4px 0}
.sources .bad{color:#9C0006}
code{font-size:12px;word-break:break-all}
.gen{color:#595959;font-size:12px}
@page{size:A4;margin:10mm}
@media print{
 body{padding:0;font-size:9pt}
 main{max-width:none}
 h1{font-size:14pt}
 h2{font-size:11pt;margin:8px 0 3px}
 table{font-size:7.5pt;margin:3px 0}
 th,td{padding:1px 4px}
 svg.chart{max-width:125mm;max-height:48mm}
 .pair{display:grid;grid-template-columns:1fr 1fr;gap:4mm;align-items:start}
 .pair svg.chart{max-width:none}
 figure,tr{break-inside:avoid}
 h2{break-after:avoid}
 .scroll{overflow:visible}
}
`;

/** The whole page as one string (UTF-8). */
export function rollupHtml(p: Portfolio, lang: Language): string {
  const L = (k: RollupLabel) => rollupLabel(k, lang);
  const v: View = {
    p,
    lang,
    ok: p.brands.filter((b): b is BrandSummary => b.error === null),
    L,
    pct: (x) => (x === null ? "—" : formatPercent(roundPercent(x), lang)),
  };
  const asOf = p.asOfMonth === null ? L("noData") : String(p.asOfMonth);
  const months = p.asOfMonths.length > 1 ? ` (${L("asOfMonths")}: ${p.asOfMonths.join(", ")})` : "";
  const notes = p.notes.length
    ? `<ul class="notes">${p.notes
        .map(
          (n) =>
            `<li${n.severity === "error" ? ' class="bad"' : ""}>${esc(formatPortfolioNote(n, lang))}</li>`,
        )
        .join("")}</ul>`
    : "";
  const body = [
    `<header><h1>${esc(L("title"))}</h1><p class="meta">${esc(L("asOf"))}: <strong>${esc(asOf)}</strong>${esc(
      months,
    )} · ${esc(L("years"))}: ${esc(p.years.join(", ") || "—")} · ${esc(L("brands"))}: ${v.ok.length}</p>${legend(v)}${notes}</header>`,
    overviewSection(v),
    statusSection(v),
    channelSection(v),
    watchSection(v),
    sourcesSection(v),
  ].join("\n");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(L("title"))} · ${esc(asOf)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export async function renderRollupHtml(p: Portfolio, lang: Language): Promise<Uint8Array> {
  return Buffer.from(rollupHtml(p, lang), "utf8");
}
