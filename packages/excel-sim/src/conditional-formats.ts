import { Bag } from "./bag";
import { SimCollection } from "./collection";
import type { SimContext, SimObject } from "./context";
import { SimError } from "./errors";
import { type ConditionalFormatModel, type DataBarBound, newId, type SheetModel } from "./model";
import type { RangeProxy } from "./range";
import { overlaps, q, wbOf } from "./shared";

/** Conditional formats of a range: cellValue rules, custom (formula) rules and data bars. */
const CF_OPERATORS = new Set([
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
]);
const CF_TYPES = new Set<string>(["CellValue", "Custom", "DataBar"]);
/** Excel.ConditionalFormatRuleType values a data bar bound takes; the last four need a formula. */
const BOUND_TYPES = new Set([
  "Automatic",
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
]);
const BOUND_NEEDS_FORMULA = new Set(["Number", "Percent", "Formula", "Percentile"]);

interface SimFormatColours extends SimObject {
  readonly fill: SimObject & { color: string };
  readonly font: SimObject & { color: string };
}

export interface SimConditionalFormat extends SimObject {
  readonly type: string;
  readonly id: string;
  /** 0 = top: the format that wins where several apply. */
  readonly priority: number;
  readonly cellValue: SimObject & { rule: unknown; readonly format: SimFormatColours };
  readonly custom: SimObject & {
    readonly rule: SimObject & { formula: string };
    readonly format: SimFormatColours;
  };
  readonly dataBar: SimObject & {
    showDataBarOnly: boolean;
    barDirection: string;
    lowerBoundRule: unknown;
    upperBoundRule: unknown;
    readonly positiveFormat: SimObject & { fillColor: string };
  };
  delete(): void;
}

export class ConditionalFormatCollection extends SimCollection<ConditionalFormatModel, SimObject> {
  constructor(private readonly range: RangeProxy) {
    super(range.context, `${range.path}.conditionalFormats`);
  }
  protected list(): ConditionalFormatModel[] {
    const { sheet, rect } = this.range.target();
    return sheet.conditionalFormats.filter((cf) => overlaps(cf.rect, rect));
  }
  protected wrap(m: ConditionalFormatModel, i: number): SimObject {
    return cfBag(this.context, `${this.path}.items[${i}]`, () => ({
      sheet: this.range.target().sheet,
      cf: m,
    }));
  }
  protected itemProps(): readonly string[] {
    return ["type", "id", "priority"];
  }
  /** Like Excel, the new format goes to the top priority (before every format already there). */
  add(type: string): SimConditionalFormat {
    let created: { sheet: SheetModel; cf: ConditionalFormatModel } | undefined;
    const proxy = cfBag(this.context, `${this.path}.add(${q(type)})`, () => created);
    this.queueWrite("add", type, () => {
      if (!CF_TYPES.has(type)) {
        throw new SimError("InvalidArgument", `Conditional format ${type} is not simulated.`, this.path);
      }
      const { sheet, rect } = this.range.target();
      const cf: ConditionalFormatModel = {
        id: newId(wbOf(this.context), "cf"),
        type: type as ConditionalFormatModel["type"],
        rect,
      };
      sheet.conditionalFormats.unshift(cf);
      created = { sheet, cf };
    });
    return proxy as unknown as SimConditionalFormat;
  }
  clearAll(): void {
    this.queueWrite("clearAll", null, () => {
      const { sheet, rect } = this.range.target();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !overlaps(cf.rect, rect));
    });
  }
}

interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

/** The type-specific part of a format (`cellValue`, `custom`, `dataBar`): only on a format of that type. */
function ofType(x: CfRef, type: ConditionalFormatModel["type"], path: string): ConditionalFormatModel {
  if (x.cf.type !== type) {
    throw new SimError("InvalidArgument", `Not a ${type} conditional format (it is ${x.cf.type}).`, path);
  }
  return x.cf;
}

/** `format.fill.color` and `format.font.color` of a cellValue or custom format. */
function colours(ctx: SimContext, path: string, type: ConditionalFormatModel["type"], parent: () => CfRef) {
  return new Bag<CfRef>(ctx, `${path}.format`, parent, {
    props: {},
    children: {
      fill: () =>
        new Bag<CfRef>(ctx, `${path}.format.fill`, parent, {
          props: {
            color: {
              get: (x) => ofType(x, type, path).fill ?? null,
              set: (x, v) => (ofType(x, type, path).fill = String(v)),
            },
          },
        }),
      font: () =>
        new Bag<CfRef>(ctx, `${path}.format.font`, parent, {
          props: {
            color: {
              get: (x) => ofType(x, type, path).fontColor ?? null,
              set: (x, v) => (ofType(x, type, path).fontColor = String(v)),
            },
          },
        }),
    },
  });
}

function cellValueRule(v: unknown, path: string): NonNullable<ConditionalFormatModel["rule"]> {
  const r = v as { formula1?: unknown; formula2?: unknown; operator?: unknown };
  if (typeof r?.operator !== "string" || !CF_OPERATORS.has(r.operator) || r.formula1 === undefined) {
    throw new SimError("InvalidArgument", `Invalid cellValue rule ${JSON.stringify(v)}.`, path);
  }
  return {
    formula1: String(r.formula1),
    formula2: r.formula2 === undefined ? undefined : String(r.formula2),
    operator: r.operator,
  };
}

function dataBarBound(v: unknown, path: string): DataBarBound {
  const r = v as { type?: unknown; formula?: unknown };
  const needsFormula = typeof r?.type === "string" && BOUND_NEEDS_FORMULA.has(r.type);
  if (
    typeof r?.type !== "string" ||
    !BOUND_TYPES.has(r.type) ||
    (needsFormula && (typeof r.formula !== "string" || r.formula.trim() === ""))
  ) {
    throw new SimError("InvalidArgument", `Invalid data bar rule ${JSON.stringify(v)}.`, path);
  }
  return needsFormula ? { type: r.type, formula: String(r.formula) } : { type: r.type };
}

function cfBag(ctx: SimContext, path: string, resolve: () => CfRef | undefined) {
  const parent = new Bag<CfRef>(ctx, path, resolve, {
    props: {
      type: { get: (x) => x.cf.type },
      id: { get: (x) => x.cf.id },
      priority: { get: (x) => x.sheet.conditionalFormats.indexOf(x.cf) },
    },
    children: {
      cellValue: (p) => {
        const target = () => (p as Bag<CfRef>).target();
        const at = `${path}.cellValue`;
        return new Bag<CfRef>(ctx, at, target, {
          props: {
            rule: {
              get: (x) => ofType(x, "CellValue", at).rule ?? null,
              set: (x, v) => (ofType(x, "CellValue", at).rule = cellValueRule(v, at)),
            },
          },
          children: { format: () => colours(ctx, at, "CellValue", target) },
        });
      },
      custom: (p) => {
        const target = () => (p as Bag<CfRef>).target();
        const at = `${path}.custom`;
        return new Bag<CfRef>(ctx, at, target, {
          props: {},
          children: {
            rule: () =>
              new Bag<CfRef>(ctx, `${at}.rule`, target, {
                props: {
                  formula: {
                    get: (x) => ofType(x, "Custom", at).formula ?? null,
                    set: (x, v) => {
                      const cf = ofType(x, "Custom", at);
                      if (typeof v !== "string" || v.trim() === "" || v.trim() === "=") {
                        throw new SimError(
                          "InvalidArgument",
                          `Invalid custom rule formula ${JSON.stringify(v)}.`,
                          at,
                        );
                      }
                      cf.formula = v;
                    },
                  },
                },
              }),
            format: () => colours(ctx, at, "Custom", target),
          },
        });
      },
      dataBar: (p) => {
        const target = () => (p as Bag<CfRef>).target();
        const at = `${path}.dataBar`;
        const bar = (x: CfRef) => {
          const cf = ofType(x, "DataBar", at);
          if (!cf.dataBar) cf.dataBar = {};
          return cf.dataBar;
        };
        return new Bag<CfRef>(ctx, at, target, {
          props: {
            showDataBarOnly: { get: () => false, set: () => {} },
            barDirection: { get: () => "Context", set: () => {} },
            lowerBoundRule: {
              get: (x) => bar(x).lowerBound ?? { type: "LowestValue" },
              set: (x, v) => (bar(x).lowerBound = dataBarBound(v, at)),
            },
            upperBoundRule: {
              get: (x) => bar(x).upperBound ?? { type: "HighestValue" },
              set: (x, v) => (bar(x).upperBound = dataBarBound(v, at)),
            },
          },
          children: {
            positiveFormat: () =>
              new Bag<CfRef>(ctx, `${at}.positiveFormat`, target, {
                props: {
                  fillColor: {
                    get: (x) => bar(x).fillColor ?? "#638EC6",
                    set: (x, v) => (bar(x).fillColor = String(v)),
                  },
                },
              }),
          },
        });
      },
    },
    methods: {
      delete: (x) => {
        x.sheet.conditionalFormats = x.sheet.conditionalFormats.filter((c) => c !== x.cf);
      },
    },
  });
  return parent;
}
