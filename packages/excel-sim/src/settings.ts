import { Bag } from "./bag";
import { SimCollection } from "./collection";
import type { SimContext, SimObject } from "./context";
import { SimError } from "./errors";
import { q, wbOf } from "./shared";

/** workbook.settings: the add-in's own key/value store. */
interface SettingRef {
  key: string;
}

function settingBag(ctx: SimContext, path: string, resolve: () => SettingRef | undefined, nullable = false) {
  const store = wbOf(ctx).settings;
  return new Bag<SettingRef>(
    ctx,
    path,
    resolve,
    {
      props: {
        key: { get: (x) => x.key },
        value: {
          get: (x) => JSON.parse(store.get(x.key) ?? "null"),
          set: (x, v) => store.set(x.key, JSON.stringify(v)),
        },
      },
      methods: { delete: (x) => store.delete(x.key) },
    },
    nullable,
  );
}

export class SettingCollection extends SimCollection<SettingRef, SimObject> {
  private store() {
    return wbOf(this.context).settings;
  }
  protected list(): SettingRef[] {
    return [...this.store().keys()].map((key) => ({ key }));
  }
  protected wrap(m: SettingRef, i: number): SimObject {
    return settingBag(this.context, `${this.path}.items[${i}]`, () => m);
  }
  protected itemProps(): readonly string[] {
    return ["key", "value"];
  }
  getItem(key: string) {
    return settingBag(this.context, `${this.path}.getItem(${q(key)})`, () =>
      this.store().has(key) ? { key } : undefined,
    );
  }
  getItemOrNullObject(key: string) {
    return settingBag(
      this.context,
      `${this.path}.getItemOrNullObject(${q(key)})`,
      () => (this.store().has(key) ? { key } : undefined),
      true,
    );
  }
  add(key: string, value: unknown) {
    const proxy = settingBag(this.context, `${this.path}.add(${q(key)})`, () =>
      this.store().has(key) ? { key } : undefined,
    );
    this.queueWrite("add", [key, value], () => {
      if (typeof key !== "string" || key === "")
        throw new SimError("InvalidArgument", "A setting needs a key.");
      this.store().set(key, JSON.stringify(value));
    });
    return proxy;
  }
}
