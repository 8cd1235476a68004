import { Bag } from "./bag";
import { SimCollection } from "./collection";
import type { SimContext, SimObject } from "./context";
import { SimError } from "./errors";
import type { ConditionalFormatModel, SheetModel } from "./model";
import { newConditionalFormat, type RangeProxy } from "./range";
import { overlaps, q, wbOf } from "./shared";

/** Conditional formats of a range (cellValue rules and data bars). */
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

export interface SimConditionalFormat extends SimObject {
  readonly type: string;
  readonly id: string;
  readonly cellValue: SimObject & {
    rule: unknown;
    readonly format: SimObject & {
      readonly fill: SimObject & { color: string };
      readonly font: SimObject & { color: string };
    };
  };
  readonly dataBar: SimObject & { showDataBarOnly: boolean };
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
  add(type: string): SimConditionalFormat {
    let created: { sheet: SheetModel; cf: ConditionalFormatModel } | undefined;
    const proxy = cfBag(this.context, `${this.path}.add(${q(type)})`, () => created);
    this.queueWrite("add", type, () => {
      if (type !== "CellValue" && type !== "DataBar") {
        throw new SimError("InvalidArgument", `Conditional format ${type} is not simulated.`, this.path);
      }
      const { sheet, rect } = this.range.target();
      const cf = newConditionalFormat(wbOf(this.context), type, rect);
      sheet.conditionalFormats.push(cf);
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

function cfBag(ctx: SimContext, path: string, resolve: () => CfRef | undefined) {
  const parent = new Bag<CfRef>(ctx, path, resolve, {
    props: {
      type: { get: (x) => x.cf.type },
      id: { get: (x) => x.cf.id },
      priority: { get: (x) => x.sheet.conditionalFormats.indexOf(x.cf) },
    },
    children: {
      cellValue: (p) =>
        new Bag<CfRef>(ctx, `${path}.cellValue`, () => (p as Bag<CfRef>).target(), {
          props: {
            rule: {
              get: (x) => x.cf.rule ?? null,
              set: (x, v) => {
                if (x.cf.type !== "CellValue")
                  throw new SimError("InvalidArgument", "Not a cellValue format.", path);
                const r = v as { formula1?: unknown; formula2?: unknown; operator?: unknown };
                if (
                  typeof r?.operator !== "string" ||
                  !CF_OPERATORS.has(r.operator) ||
                  r.formula1 === undefined
                ) {
                  throw new SimError("InvalidArgument", `Invalid cellValue rule ${JSON.stringify(v)}.`, path);
                }
                x.cf.rule = {
                  formula1: String(r.formula1),
                  formula2: r.formula2 === undefined ? undefined : String(r.formula2),
                  operator: r.operator,
                };
              },
            },
          },
          children: {
            format: (cv) =>
              new Bag<CfRef>(ctx, `${path}.cellValue.format`, () => (cv as Bag<CfRef>).target(), {
                props: {},
                children: {
                  fill: (f) =>
                    new Bag<CfRef>(ctx, `${path}.cellValue.format.fill`, () => (f as Bag<CfRef>).target(), {
                      props: {
                        color: { get: (x) => x.cf.fill ?? null, set: (x, v) => (x.cf.fill = String(v)) },
                      },
                    }),
                  font: (f) =>
                    new Bag<CfRef>(ctx, `${path}.cellValue.format.font`, () => (f as Bag<CfRef>).target(), {
                      props: {
                        color: {
                          get: (x) => x.cf.fontColor ?? null,
                          set: (x, v) => (x.cf.fontColor = String(v)),
                        },
                      },
                    }),
                },
              }),
          },
        }),
      dataBar: (p) =>
        new Bag<CfRef>(ctx, `${path}.dataBar`, () => (p as Bag<CfRef>).target(), {
          props: {
            showDataBarOnly: { get: () => false, set: () => {} },
            barDirection: { get: () => "Context", set: () => {} },
          },
        }),
    },
    methods: {
      delete: (x) => {
        x.sheet.conditionalFormats = x.sheet.conditionalFormats.filter((c) => c !== x.cf);
      },
    },
  });
  return parent;
}
