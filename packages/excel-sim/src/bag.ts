import { BoundObject, type SimContext, type SimObject } from "./context";
import { SimError } from "./errors";

interface PropSpec<T> {
  get: (target: T) => unknown;
  /** Omitted: read-only; assigning throws like Excel's read-only properties. */
  set?: (target: T, value: unknown) => void;
}

export interface BagSpec<T> {
  props: Record<string, PropSpec<T>>;
  /** Child proxies (`format`, `fill`, `title`), created once per parent proxy. */
  children?: Record<string, (parent: Bag<T>) => SimObject>;
  /** Methods queued as writes at sync time. */
  methods?: Record<string, (target: T, ...args: unknown[]) => void>;
}

/**
 * A proxy for the small objects (format, fill, font, note, setting, chart …) whose surface is a
 * handful of scalar properties and a few void methods, described by a spec rather than a class.
 */
export class Bag<T> extends BoundObject<T> {
  constructor(
    context: SimContext,
    path: string,
    resolver: () => T | undefined,
    private readonly spec: BagSpec<T>,
    nullable = false,
  ) {
    super(context, path, resolver, nullable);
    for (const [name, prop] of Object.entries(spec.props)) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => this.read(name),
        set: (v: unknown) => {
          if (!prop.set) {
            throw new SimError("InvalidArgument", `The property '${name}' is read-only.`, `${path}.${name}`);
          }
          this.queueWrite(name, v, () => prop.set?.(this.target(), v));
        },
      });
    }
    for (const name of Object.keys(spec.children ?? {})) {
      Object.defineProperty(this, name, { enumerable: false, get: () => this.specChild(name) });
    }
    for (const [name, method] of Object.entries(spec.methods ?? {})) {
      Object.defineProperty(this, name, {
        enumerable: false,
        value: (...args: unknown[]) => {
          this.queueWrite(name, args, () => method(this.target(), ...args));
        },
      });
    }
  }

  private specChild(name: string): SimObject {
    const make = this.spec.children?.[name];
    if (!make) throw new SimError("InvalidArgument", `No '${name}' on ${this.path}`);
    return this.child(name, () => make(this));
  }

  protected override navigation(name: string): SimObject | undefined {
    return this.spec.children?.[name] ? this.specChild(name) : undefined;
  }

  protected scalarProps(): readonly string[] {
    return Object.keys(this.spec.props);
  }

  protected snapshot(props: readonly string[]): Record<string, unknown> {
    const t = this.target();
    return Object.fromEntries(props.map((p) => [p, this.spec.props[p]!.get(t)]));
  }
}
