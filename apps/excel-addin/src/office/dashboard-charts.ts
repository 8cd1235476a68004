import type { Language } from "@planbook/core";
import {
  CHART_DATA_COLUMN,
  CHART_DATA_COLUMN_WIDTH,
  CHART_NAMES,
  CHART_PICK_CELL,
  CHART_PICK_LABEL,
  CHART_TEXT,
  chartDataBlocks,
  columnLetters,
  dashboardChartLayout,
  dashboardCharts,
  type FormulaRefs,
  rangeA1,
} from "@planbook/workbook";
import { applyFont, POINTS_PER_CHARACTER } from "./sheet-style";
import type { WriteBudget } from "./write-budget";

/** Planbook's own charts (today's names; a user's charts are never touched). */
const OURS = new Set<string>(Object.values(CHART_NAMES).map((n) => n.toLowerCase()));

const cellA1 = (p: { row: number; column: number }) => `${columnLetters(p.column)}${p.row}`;

/** What the charts' steps need: the Dashboard's layout is set by its number of channel rows. */
interface ChartsInput {
  channelCount: number;
  lang: Language;
}

/** `'Sheet name'!$A$1`: always quoted, quotes doubled (names such as 进度看板 or "Q1 plan"). */
const sheetRef = (sheet: string, a1: string) => `'${sheet.replace(/'/g, "''")}'!${a1}`;

/**
 * The Dashboard's charts as the generator draws them (one description in @planbook/workbook):
 * writeChartBlocks then replaceCharts.
 * `pick`: the goal to put into the picker, or undefined to keep the cell as it is.
 * `existing`: names of the Dashboard's charts before (from the read sync).
 */
export async function writeDashboardCharts(
  dash: Excel.Worksheet,
  opts: ChartsInput & {
    refs: Pick<FormulaRefs, "column" | "months">;
    pick: string | undefined;
    existing: readonly string[];
    sheetName: string;
  },
  budget: WriteBudget,
): Promise<void> {
  await writeChartBlocks(dash, opts, budget);
  await replaceCharts(dash, opts, budget);
}

/**
 * The monthly chart's goal picker beside the as-of month and the formula blocks every chart
 * reads, with their number formats. `pick`: the goal to put into the picker, or undefined to keep
 * the cell as it is.
 */
export async function writeChartBlocks(
  dash: Excel.Worksheet,
  opts: ChartsInput & { refs: Pick<FormulaRefs, "column" | "months">; pick: string | undefined },
  budget: WriteBudget,
): Promise<void> {
  const { lang } = opts;
  const layout = dashboardChartLayout(opts.channelCount);
  const blocks = chartDataBlocks(layout, opts.refs, lang).map((b) => ({
    address: rangeA1(b.row, b.column, b.row + b.rows.length - 1, b.column + (b.rows[0]?.length ?? 1) - 1),
    header: rangeA1(b.row, b.column, b.row, b.column + (b.rows[0]?.length ?? 1) - 1),
    formulas: b.rows.map((r) =>
      r.map((c) => (c === null ? "" : typeof c === "string" ? c : `=${c.formula}`)),
    ),
    formats: b.formats,
    first: b,
  }));
  await budget.add([blocks.map((b) => b.formulas), opts.pick ?? ""], () => {
    dash.getRange(CHART_PICK_LABEL).values = [[CHART_TEXT[lang].pick]];
    const labels = columnLetters(CHART_DATA_COLUMN);
    dash.getRange(`${labels}:${labels}`).format.columnWidth = CHART_DATA_COLUMN_WIDTH * POINTS_PER_CHARACTER;
    if (opts.pick !== undefined) dash.getRange(CHART_PICK_CELL).values = [[opts.pick]];
    for (const b of blocks) {
      dash.getRange(b.address).formulas = b.formulas;
      applyFont(dash.getRange(b.header), b.first.headerFont);
      b.formats.forEach((format, j) => {
        if (format === undefined || b.first.rows.length < 2) return;
        const column = b.first.column + j;
        const rows = b.first.rows.length - 1;
        dash.getRange(rangeA1(b.first.row + 1, column, b.first.row + rows, column)).numberFormat = Array.from(
          { length: rows },
          () => [format],
        );
      });
    }
  });
}

/**
 * Planbook's charts: deletes its earlier ones (by name, so there is never a second copy; a user's
 * charts are never touched) and adds them again over the blocks. A chart with a title cell (the
 * monthly one) takes its title from that cell by formula (ExcelApi 1.7), so it names the goal
 * picked on the Dashboard and follows a new pick. `existing`: names of the Dashboard's charts
 * before (from the read sync); `sheetName`: the Dashboard's name, which a title formula must carry.
 */
export async function replaceCharts(
  dash: Excel.Worksheet,
  opts: ChartsInput & { existing: readonly string[]; sheetName: string },
  budget: WriteBudget,
): Promise<void> {
  const specs = dashboardCharts(dashboardChartLayout(opts.channelCount), opts.lang);
  const old = opts.existing.filter((n) => OURS.has(n.toLowerCase()));
  await budget.add([old, specs.map((s) => s.source)], () => {
    for (const name of old) dash.charts.getItem(name).delete();
    for (const spec of specs) {
      const chart = dash.charts.add(spec.officeType, dash.getRange(spec.source), "Columns");
      chart.name = spec.name;
      if (spec.titleCell) chart.title.setFormula(`=${sheetRef(opts.sheetName, spec.titleCell)}`);
      else chart.title.text = spec.title;
      chart.setPosition(cellA1(spec.from), cellA1(spec.to));
      spec.series.forEach((s, i) => {
        const series = chart.series.getItemAt(i);
        if (s.kind === "line") {
          series.chartType = "Line";
          series.format.line.color = `#${s.colour}`;
        } else series.format.fill.setSolidColor(`#${s.colour}`);
      });
    }
  });
}
