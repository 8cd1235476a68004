import { fullAddress, parseRect, splitSheet } from "./address";
import { Bag } from "./bag";
import { SimCollection } from "./collection";
import { type SimContext, SimObject } from "./context";
import { SimError } from "./errors";
import { findName, findSheet, findTable, type NameModel, type WorkbookModel } from "./model";
import { RangeProxy, type RangeTarget, targetOf } from "./range";
import { checkArgBatch, q, wbOf } from "./shared";

/** Workbook-level defined names. */
function nameTarget(wb: WorkbookModel, n: NameModel): RangeTarget | undefined {
  const text = n.formula.replace(/^=/, "");
  const { sheet, local } = splitSheet(text);
  if (sheet === null) return undefined;
  const s = findSheet(wb, sheet);
  const rect = parseRect(local);
  return s && rect ? { sheet: s, rect } : undefined;
}

function constantOf(n: NameModel): unknown {
  const text = n.formula.replace(/^=/, "");
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  return text;
}

function namedItem(
  ctx: SimContext,
  path: string,
  resolve: () => NameModel | undefined,
  nullable = false,
): SimNamedItem {
  const wb = wbOf(ctx);
  const bag = new Bag<NameModel>(
    ctx,
    path,
    resolve,
    {
      props: {
        name: { get: (x) => x.name },
        formula: { get: (x) => x.formula },
        comment: { get: (x) => x.comment, set: (x, v) => (x.comment = String(v)) },
        visible: { get: (x) => x.visible, set: (x, v) => (x.visible = Boolean(v)) },
        type: {
          get: (x) => {
            if (nameTarget(wb, x)) return "Range";
            const v = constantOf(x);
            return typeof v === "number" ? "Double" : "String";
          },
        },
        value: { get: (x) => (nameTarget(wb, x) ? x.formula.replace(/^=/, "") : constantOf(x)) },
      },
      methods: {
        delete: (x) => {
          wb.names.splice(wb.names.indexOf(x), 1);
        },
      },
    },
    nullable,
  );
  const rangeOf = (orNull: boolean) =>
    new RangeProxy(
      ctx,
      `${path}.getRange${orNull ? "OrNullObject" : ""}()`,
      () => {
        const t = nameTarget(wb, bag.target());
        if (!t && !orNull)
          throw new SimError("InvalidOperation", `The name does not refer to a range.`, path);
        return t;
      },
      orNull,
    );
  return Object.assign(bag, {
    getRange: () => rangeOf(false),
    getRangeOrNullObject: () => rangeOf(true),
  }) as unknown as SimNamedItem;
}

export interface SimNamedItem extends SimObject {
  readonly name: string;
  readonly formula: string;
  readonly type: string;
  readonly value: unknown;
  comment: string;
  visible: boolean;
  getRange(): RangeProxy;
  getRangeOrNullObject(): RangeProxy;
  delete(): void;
}

export class NamedItemCollection extends SimCollection<NameModel, SimNamedItem> {
  protected list(): NameModel[] {
    return wbOf(this.context).names;
  }
  protected wrap(m: NameModel, i: number): SimNamedItem {
    return namedItem(this.context, `${this.path}.items[${i}]`, () => m);
  }
  protected itemProps(): readonly string[] {
    return ["name", "formula", "comment", "visible", "type", "value"];
  }
  getItem(name: string) {
    return namedItem(this.context, `${this.path}.getItem(${q(name)})`, () =>
      findName(wbOf(this.context), name),
    );
  }
  getItemOrNullObject(name: string) {
    return namedItem(
      this.context,
      `${this.path}.getItemOrNullObject(${q(name)})`,
      () => findName(wbOf(this.context), name),
      true,
    );
  }
  add(name: string, reference: unknown, comment?: string) {
    checkArgBatch(this.context, reference);
    let created: NameModel | undefined;
    const proxy = namedItem(this.context, `${this.path}.add(${q(name)})`, () => created);
    const payload = reference instanceof SimObject ? reference.path : reference;
    this.queueWrite("add", [name, payload, comment ?? ""], () => {
      const wb = wbOf(this.context);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
        throw new SimError("InvalidArgument", `${name} is not a valid name.`);
      }
      if (findName(wb, name) || findTable(wb, name))
        throw new SimError("ItemAlreadyExists", `The name ${name} already exists.`);
      let formula: string;
      if (reference instanceof RangeProxy) {
        const t = targetOf(this, this.context, reference, undefined);
        formula = `=${fullAddress(t.sheet.name, t.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
      } else formula = String(reference).startsWith("=") ? String(reference) : `=${String(reference)}`;
      created = { name, formula, comment: comment ?? "", visible: true };
      wb.names.push(created);
    });
    return proxy;
  }
}
