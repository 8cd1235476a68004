import { type ClientResult, type LoadArg, loadNames, type SimContext, SimObject } from "./context";
import { SimError } from "./errors";

/**
 * A collection proxy: `load("items/name")` (or `load("name")`) brings back one bound proxy per
 * item as it is at sync time, with those properties loaded; `count` and `getCount()` too.
 */
export abstract class SimCollection<M, P extends SimObject> extends SimObject {
  constructor(context: SimContext, path: string) {
    super(context, path, false);
  }

  protected abstract list(): M[];
  protected abstract wrap(model: M, index: number): P;
  protected abstract itemProps(): readonly string[];

  get items(): P[] {
    return this.read<P[]>("items");
  }

  get count(): number {
    return this.read<number>("count");
  }

  getCount(): ClientResult<number> {
    return this.queueResult("getCount", () => this.list().length);
  }

  protected scalarProps(): readonly string[] {
    return ["count"];
  }

  protected snapshot(props: readonly string[]): Record<string, unknown> {
    return props.includes("count") ? { count: this.list().length } : {};
  }

  protected exists(): boolean {
    return true;
  }

  override load(arg?: LoadArg): this {
    const names = loadNames(arg, this.path);
    const own: string[] = [];
    const item: string[] = [];
    for (const n of names) {
      if (n === "count") own.push(n);
      else if (n === "items") {
        throw new SimError(
          "InvalidArgument",
          `Load item properties, e.g. 'items/name', not 'items' on ${this.path}.`,
        );
      } else {
        const leaf = n.startsWith("items/") ? n.slice(6) : n;
        if (!this.itemProps().includes(leaf)) {
          throw new SimError(
            "InvalidArgument",
            `'${leaf}' is not a loadable property of the items of ${this.path}.`,
          );
        }
        item.push(leaf);
      }
    }
    if (own.length > 0) this.queueLoad(own);
    if (item.length > 0) this.queueItems(item);
    return this;
  }

  private queueItems(props: string[]): void {
    let proxies: P[] = [];
    this.context.enqueue({
      kind: "load",
      owner: this,
      describe: () => ({ o: this.path, load: props.map((p) => `items/${p}`) }),
      run: () => {
        proxies = this.list().map((m, i) => this.wrap(m, i));
        return proxies.map((p) => p.collect(props));
      },
      deliver: (values) => {
        const rows = values as Record<string, unknown>[];
        proxies.forEach((p, i) => {
          p.deliver(rows[i] ?? {});
        });
        this.deliver({ items: proxies });
      },
    });
  }
}
