import { type Action, type SimContext, SimObject } from "./context";
import { SimError } from "./errors";

export interface PropSpec<T> {
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
export class Bag<T> extends SimObject {
  private memo: T | undefined;
  private readonly childCache = new Map<string, SimObject>();

  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => T | undefined,
    private readonly spec: BagSpec<T>,
    nullable = false,
  ) {
    super(context, path, nullable);
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
      Object.defineProperty(this, name, { enumerable: false, get: () => this.child(name) });
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

  target(): T {
    if (this.memo === undefined) this.memo = this.resolver();
    if (this.memo === undefined)
      throw new SimError("ItemNotFound", `The requested resource doesn't exist: ${this.path}`, this.path);
    return this.memo;
  }

  private child(name: string): SimObject {
    let c = this.childCache.get(name);
    if (!c) {
      const make = this.spec.children?.[name];
      if (!make) throw new SimError("InvalidArgument", `No '${name}' on ${this.path}`);
      c = make(this);
      this.childCache.set(name, c);
    }
    return c;
  }

  protected override navigation(name: string): SimObject | undefined {
    return this.spec.children?.[name] ? this.child(name) : undefined;
  }

  protected scalarProps(): readonly string[] {
    return Object.keys(this.spec.props);
  }

  protected snapshot(props: readonly string[]): Record<string, unknown> {
    const t = this.target();
    return Object.fromEntries(props.map((p) => [p, this.spec.props[p]!.get(t)]));
  }

  protected exists(): boolean {
    if (this.memo !== undefined) return true;
    this.memo = this.resolver();
    return this.memo !== undefined;
  }
}

/** A queued load that delivers to a custom sink (collections build their item proxies here). */
export function loadAction(
  owner: SimObject,
  describe: unknown,
  run: () => unknown,
  deliver: (v: unknown) => void,
): Action {
  return { kind: "load", owner, describe: () => describe, run, deliver };
}
