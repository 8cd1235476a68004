import { fullAddress, parseRect, splitSheet } from "./address";
import { Bag } from "./bag";
import { SimCollection } from "./collection";
import { type SimContext, SimObject } from "./context";
import { SimError } from "./errors";
import { type ChartModel, findSheet, getCell, newId, type SheetModel, type WorkbookModel } from "./model";
import { RangeProxy, targetOf } from "./range";
import { checkArgBatch, q, wbOf } from "./shared";

/** Native charts: what was added, from which range, with which title. */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
]);

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

/**
 * ChartTitle.setFormula (ExcelApi 1.7) as the sim takes it: a reference to one cell, with its
 * sheet (Excel wants the sheet in a chart formula; quoted when the name needs it). Anything else
 * — no `=`, no sheet, a sheet that does not exist, a range — is InvalidArgument.
 */
function titleFormula(wb: WorkbookModel, formula: unknown, path: string): string {
  const text = String(formula);
  const { sheet, local } = splitSheet(text.startsWith("=") ? text.slice(1) : "");
  const rect = parseRect(local);
  const target = sheet === null ? undefined : findSheet(wb, sheet);
  if (!target || !rect || rect.r0 !== rect.r1 || rect.c0 !== rect.c1)
    throw new SimError(
      "InvalidArgument",
      `The chart title formula ${q(text)} is not a cell of a sheet.`,
      path,
    );
  return `=${fullAddress(target.name, rect)}`;
}

/** The title shown: the text set, or the value of the cell its formula names (cached: the sim does not calculate). */
function titleText(wb: WorkbookModel, chart: ChartModel): string {
  if (chart.titleFormula === undefined) return chart.title;
  const { sheet, local } = splitSheet(chart.titleFormula.slice(1));
  const rect = parseRect(local);
  const target = sheet === null ? undefined : findSheet(wb, sheet);
  return target && rect ? String(getCell(target, rect.r0, rect.c0)?.value ?? "") : "";
}

/** One series of a chart (`chart.series.getItemAt(i)`): its type and colours, nothing more. */
function seriesBag(ctx: SimContext, path: string, resolve: () => ChartRef | undefined, index: number) {
  const series = (x: ChartRef) => {
    const s = x.chart.series?.[index];
    if (!s) throw new SimError("InvalidArgument", `The chart has no series ${index}.`, path);
    return s;
  };
  return new Bag<ChartRef>(ctx, path, resolve, {
    props: {
      chartType: {
        get: (x) => series(x).chartType,
        set: (x, v) => {
          if (!CHART_TYPES.has(String(v)))
            throw new SimError("InvalidArgument", `Chart type ${v} is not simulated.`, path);
          series(x).chartType = String(v);
        },
      },
    },
    children: {
      format: (parent) =>
        new Bag<ChartRef>(ctx, `${path}.format`, () => parent.target(), {
          props: {},
          children: {
            fill: (p) =>
              new Bag<ChartRef>(ctx, `${path}.format.fill`, () => p.target(), {
                props: {},
                methods: { setSolidColor: (x, c) => (series(x).fill = String(c)) },
              }),
            line: (p) =>
              new Bag<ChartRef>(ctx, `${path}.format.line`, () => p.target(), {
                props: {
                  color: { get: (x) => series(x).line ?? "", set: (x, c) => (series(x).line = String(c)) },
                },
              }),
          },
        }),
    },
  });
}

function chartBag(ctx: SimContext, path: string, resolve: () => ChartRef | undefined, nullable = false) {
  return new Bag<ChartRef>(
    ctx,
    path,
    resolve,
    {
      props: {
        name: {
          get: (x) => x.chart.name,
          set: (x, v) => {
            x.chart.name = String(v);
          },
        },
        id: { get: (x) => x.chart.id },
        chartType: { get: (x) => x.chart.type },
        height: { get: () => 300, set: () => {} },
        width: { get: () => 480, set: () => {} },
        top: { get: () => 0, set: () => {} },
        left: { get: () => 0, set: () => {} },
      },
      children: {
        series: (parent) => {
          const collection = new Bag<ChartRef>(
            ctx,
            `${path}.series`,
            () => (parent as Bag<ChartRef>).target(),
            {
              props: { count: { get: (x) => x.chart.series?.length ?? 0 } },
            },
          );
          Object.defineProperty(collection, "getItemAt", {
            value: (i: number) =>
              seriesBag(ctx, `${path}.series.getItemAt(${i})`, () => (parent as Bag<ChartRef>).target(), i),
          });
          return collection;
        },
        title: (parent) =>
          new Bag<ChartRef>(ctx, `${path}.title`, () => (parent as Bag<ChartRef>).target(), {
            props: {
              text: {
                get: (x) => titleText(wbOf(ctx), x.chart),
                set: (x, v) => {
                  x.chart.title = String(v);
                  x.chart.titleFormula = undefined;
                },
              },
            },
            methods: {
              setFormula: (x, formula) => {
                x.chart.titleFormula = titleFormula(wbOf(ctx), formula, `${path}.title.setFormula`);
              },
            },
          }),
      },
      methods: {
        delete: (x) => {
          const i = x.sheet.charts.indexOf(x.chart);
          if (i < 0) throw new SimError("ItemNotFound", "The chart no longer exists.", path);
          x.sheet.charts.splice(i, 1);
        },
        setPosition: (x, start, end) => {
          x.chart.top = String(start);
          x.chart.bottom = end === undefined ? undefined : String(end);
        },
      },
    },
    nullable,
  );
}

export class ChartCollection extends SimCollection<ChartRef, SimObject> {
  constructor(
    context: SimContext,
    path: string,
    private readonly sheetOf: () => SheetModel,
  ) {
    super(context, path);
  }
  protected list(): ChartRef[] {
    const sheet = this.sheetOf();
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected wrap(m: ChartRef, i: number): SimObject {
    return chartBag(this.context, `${this.path}.items[${i}]`, () => m);
  }
  protected itemProps(): readonly string[] {
    return ["name", "id", "chartType", "height", "width", "top", "left"];
  }
  private find(name: string): ChartRef | undefined {
    return this.list().find((c) => c.chart.name.toLowerCase() === name.toLowerCase());
  }
  getItem(name: string) {
    return chartBag(this.context, `${this.path}.getItem(${q(name)})`, () => this.find(name));
  }
  getItemOrNullObject(name: string) {
    return chartBag(
      this.context,
      `${this.path}.getItemOrNullObject(${q(name)})`,
      () => this.find(name),
      true,
    );
  }
  add(type: string, sourceData: unknown, seriesBy = "Auto") {
    checkArgBatch(this.context, sourceData);
    let created: ChartRef | undefined;
    const proxy = chartBag(this.context, `${this.path}.add(${q(type)})`, () => created);
    const payload = sourceData instanceof SimObject ? sourceData.path : sourceData;
    this.queueWrite("add", [type, payload, seriesBy], () => {
      if (!CHART_TYPES.has(type))
        throw new SimError("InvalidArgument", `Chart type ${type} is not simulated.`, this.path);
      if (!(sourceData instanceof RangeProxy))
        throw new SimError("InvalidArgument", "sourceData must be a Range.", this.path);
      const src = targetOf(this, this.context, sourceData, undefined);
      const sheet = this.sheetOf();
      const wb = wbOf(this.context);
      // seriesBy Columns: a series per column after the label column (the header row names it).
      const columns = src.rect.c1 - src.rect.c0;
      const chart: ChartModel = {
        id: newId(wb, "chart"),
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: fullAddress(src.sheet.name, src.rect),
        seriesBy,
        title: "",
        series: Array.from({ length: seriesBy === "Columns" ? columns : 0 }, () => ({ chartType: type })),
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return proxy;
  }
}
