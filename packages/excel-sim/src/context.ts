import type { Rect } from "./address";
import { SimError } from "./errors";
import { type EventHub, flushChanges } from "./events";
import type { SheetModel, WorkbookModel } from "./model";
import type { WorksheetProxy } from "./worksheets";

/** One queued command: a write, a method call or a load. */
export interface Action {
  kind: "write" | "load";
  /** Object path and command as they would travel in the request (for payload accounting). */
  describe: () => unknown;
  /** Runs against the model at sync time; a load returns the values that travel back. */
  run: () => unknown;
  owner: SimObject;
  /** Where a load's values go after a successful sync (default: the owner's loaded properties). */
  deliver?: (values: unknown) => void;
}

interface SyncRecord {
  index: number;
  writes: number;
  loads: number;
  requestBytes: number;
  responseBytes: number;
}

export interface SimStats {
  syncs: number;
  runs: number;
  records: SyncRecord[];
  /** Largest request / response of any sync so far. */
  maxRequestBytes: number;
  maxResponseBytes: number;
  reset(): void;
}

export interface SimOptions {
  /** Request and response payload limit in bytes; Excel on the web: 5 MB. */
  payloadLimitBytes: number;
  /** Delay before each sync settles. */
  latencyMs: number;
  /**
   * Which host's event args to send: "1.18" (default) adds `details` (ExcelApi 1.9, single-cell
   * changes) and `triggerSource` (1.14); "1.7" sends only what ExcelApi 1.7 has.
   */
  eventApi: "1.7" | "1.18";
}

/** Shared state of one simulated host: the workbook, options, counters and injected faults. */
export interface Host {
  workbook: WorkbookModel;
  options: SimOptions;
  stats: SimStats;
  /** Syncs (1-based overall count) that never settle. */
  hangingSyncs: Set<number>;
  /** onChanged handlers and the changes waiting to be delivered to them. */
  events: EventHub;
  /** A Range proxy of `context` for an event's `getRange(context)`. */
  rangeOf: (context: SimContext, sheet: SheetModel, rect: Rect) => unknown;
  /**
   * A Worksheet proxy, for the links back up the object tree (`range.worksheet`,
   * `table.worksheet`): worksheets.ts imports range.ts and tables.ts, so they reach it through
   * the host instead of importing it (no import cycle).
   */
  worksheetOf: (context: SimContext, path: string, sheet: () => SheetModel | undefined) => WorksheetProxy;
}

export function newStats(): SimStats {
  const stats: SimStats = {
    syncs: 0,
    runs: 0,
    records: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    reset() {
      stats.syncs = 0;
      stats.runs = 0;
      stats.records = [];
      stats.maxRequestBytes = 0;
      stats.maxResponseBytes = 0;
    },
  };
  return stats;
}

/** UTF-8 size of the JSON text (no Buffer/TextEncoder, so the sim also runs in a browser page). */
function bytes(v: unknown): number {
  const text = JSON.stringify(v) ?? "";
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The batch: proxies queue actions here; `sync()` runs them in order against the model, then
 * hands loaded values to their proxies. Once its Excel.run has finished the context is dead.
 */
export class SimContext {
  readonly host: Host;
  private queue: Action[] = [];
  private pendingNull: SimObject[] = [];
  ended = false;

  constructor(host: Host) {
    this.host = host;
  }

  enqueue(action: Action): void {
    if (this.ended || action.owner.context !== this) {
      throw new SimError(
        "InvalidObjectPath",
        "The object path is not valid: the object belongs to a request context (Excel.run batch) that has finished.",
        action.owner.path,
      );
    }
    this.queue.push(action);
  }

  /** Null objects learn `isNullObject` at the next sync, loaded or not. */
  trackNullable(obj: SimObject): void {
    this.pendingNull.push(obj);
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    if (this.ended) {
      throw new SimError("InvalidObjectPath", "This request context has finished; start a new Excel.run.");
    }
    const host = this.host;
    const actions = this.queue;
    const nullables = this.pendingNull;
    this.queue = [];
    this.pendingNull = [];
    host.stats.syncs++;
    const index = host.stats.syncs;
    const request = actions.map((a) => a.describe());
    const requestBytes = bytes(request);
    const record: SyncRecord = {
      index,
      writes: actions.filter((a) => a.kind === "write").length,
      loads: actions.filter((a) => a.kind === "load").length,
      requestBytes,
      responseBytes: 0,
    };
    host.stats.records.push(record);
    host.stats.maxRequestBytes = Math.max(host.stats.maxRequestBytes, requestBytes);
    if (host.hangingSyncs.has(index)) await new Promise<never>(() => {});
    if (host.options.latencyMs > 0) await new Promise((r) => setTimeout(r, host.options.latencyMs));
    if (requestBytes > host.options.payloadLimitBytes) {
      for (const a of actions) a.owner.abandon();
      throw new SimError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${requestBytes} > ${host.options.payloadLimitBytes} bytes).`,
      );
    }
    const delivered: Array<{ action: Action; values: unknown }> = [];
    try {
      for (const action of actions) {
        const result = action.run();
        if (action.kind === "load") delivered.push({ action, values: result });
      }
      for (const obj of nullables) obj.settleNull();
    } catch (e) {
      for (const a of actions) a.owner.abandon();
      throw e;
    } finally {
      // Writes that ran before a failing command stay made in Excel, and raise their events.
      flushChanges(host, host.rangeOf);
    }
    const responseBytes = bytes(delivered.map((d) => d.values));
    record.responseBytes = responseBytes;
    host.stats.maxResponseBytes = Math.max(host.stats.maxResponseBytes, responseBytes);
    if (responseBytes > host.options.payloadLimitBytes) {
      for (const a of actions) a.owner.abandon();
      throw new SimError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${responseBytes} > ${host.options.payloadLimitBytes} bytes).`,
      );
    }
    for (const { action, values } of delivered) {
      if (action.deliver) action.deliver(values);
      else action.owner.deliver(values as Record<string, unknown>);
    }
  }
}

/** What `load()` takes: `"a,b"`, `["a", "b"]` or `{ select: … }`. */
export type LoadArg = string | string[] | { select?: string | string[] };

/** The property names of a `load()` argument; a bare `load()` is refused (it would load everything). */
export function loadNames(arg: LoadArg | undefined, path: string): string[] {
  if (arg === undefined) {
    throw new SimError(
      "InvalidArgument",
      "load() without property names is not supported here: load the leaf properties you need.",
      path,
    );
  }
  const raw =
    typeof arg === "string" ? arg : Array.isArray(arg) ? arg.join(",") : [arg.select ?? ""].flat().join(",");
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function notFound(path: string): SimError {
  return new SimError("ItemNotFound", `The requested resource doesn't exist: ${path}`, path);
}

/**
 * Base of every proxy. Properties are readable only after `load()` + `sync()`; anything else
 * throws PropertyNotLoaded, as Excel does.
 */
export abstract class SimObject {
  readonly context: SimContext;
  readonly path: string;
  private readonly loaded = new Map<string, unknown>();
  private readonly requested = new Set<string>();
  private nullState: "unknown" | "null" | "present" = "unknown";
  protected readonly nullable: boolean;

  constructor(context: SimContext, path: string, nullable = false) {
    this.context = context;
    this.path = path;
    this.nullable = nullable;
    if (nullable) context.trackNullable(this);
    else this.nullState = "present";
  }

  /** Scalar properties `load()` accepts on this object. */
  protected abstract scalarProps(): readonly string[];
  /** Values of the requested scalar properties, read from the model at sync time. */
  protected abstract snapshot(props: readonly string[]): Record<string, unknown>;
  /** True when the object exists (null objects resolve to false); throws ItemNotFound for getItem. */
  protected abstract exists(): boolean;
  /** Child proxies for `load("format/fill/color")`. */
  protected navigation(_name: string): SimObject | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this.nullState === "unknown") {
      throw new SimError(
        "PropertyNotLoaded",
        "The property 'isNullObject' is not available. Call context.sync() before reading it.",
        `${this.path}.isNullObject`,
      );
    }
    return this.nullState === "null";
  }

  settleNull(): void {
    this.nullState = this.exists() ? "present" : "null";
  }

  abandon(): void {
    this.requested.clear();
  }

  deliver(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  load(arg?: LoadArg): this {
    const names = loadNames(arg, this.path);
    const own: string[] = [];
    for (const name of names) {
      const slash = name.indexOf("/");
      if (slash >= 0) {
        const child = this.navigation(name.slice(0, slash));
        if (!child)
          throw new SimError("InvalidArgument", `Cannot load '${name}' on ${this.path}.`, this.path);
        child.load(name.slice(slash + 1));
        continue;
      }
      if (!this.scalarProps().includes(name)) {
        throw new SimError(
          "InvalidArgument",
          `'${name}' is not a loadable property of ${this.path}.`,
          this.path,
        );
      }
      own.push(name);
    }
    if (own.length > 0) this.queueLoad(own);
    return this;
  }

  protected queueLoad(props: string[]): void {
    for (const p of props) this.requested.add(p);
    this.context.enqueue({
      kind: "load",
      owner: this,
      describe: () => ({ o: this.path, load: props }),
      run: () => {
        if (!this.exists()) {
          if (this.nullable) return { isNullObject: true };
          throw notFound(this.path);
        }
        return this.snapshot(props);
      },
    });
  }

  /** Reads a loaded property; throws PropertyNotLoaded unless it was loaded and synced. */
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      const hint = this.requested.has(prop) ? " It was loaded but context.sync() has not run since." : "";
      throw new SimError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.${hint}`,
        `${this.path}.${prop}`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** Queues a write (property set or method call) that runs against the model at sync time. */
  protected queueWrite(name: string, payload: unknown, run: () => void): void {
    this.context.enqueue({
      kind: "write",
      owner: this,
      describe: () => ({ o: this.path, w: name, v: payload }),
      run: () => {
        if (!this.exists()) {
          throw new SimError(
            this.nullable ? "InvalidArgument" : "ItemNotFound",
            `${name} on an object that does not exist: ${this.path}`,
            this.path,
          );
        }
        run();
      },
    });
  }

  /** Queues a method whose return value (`getCount()`) arrives at the next sync. */
  protected queueResult<T>(name: string, compute: () => T): ClientResult<T> {
    const result = new ClientResult<T>();
    this.context.enqueue({
      kind: "load",
      owner: this,
      describe: () => ({ o: this.path, call: name }),
      run: () => {
        if (!this.exists())
          throw new SimError("ItemNotFound", `${name} on a missing object: ${this.path}`, this.path);
        return compute();
      },
      deliver: (v) => result.set(v as T),
    });
    return result;
  }

  /** Asserts an argument proxy comes from the same batch. */
  protected sameBatch(other: SimObject): void {
    if (other.context !== this.context) {
      throw new SimError(
        "InvalidObjectPath",
        "An object from another request context (Excel.run batch) was passed as an argument.",
        other.path,
      );
    }
  }

  /** Values of the given properties now (collections use it for their items). */
  collect(props: readonly string[]): Record<string, unknown> {
    return this.snapshot(props);
  }

  loadableProps(): readonly string[] {
    return this.scalarProps();
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/**
 * A proxy bound to one model object (sheet, table, range, format …): `resolver` finds it at its
 * first use, at sync time, and the proxy keeps it, as Excel keeps an object's identity.
 */
export abstract class BoundObject<M> extends SimObject {
  private memo: M | undefined;
  private readonly children = new Map<string, SimObject>();

  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => M | undefined,
    nullable = false,
  ) {
    super(context, path, nullable);
  }

  /** The model object, or ItemNotFound when the resolver found none. */
  target(): M {
    if (this.memo === undefined) this.memo = this.resolver();
    if (this.memo === undefined) throw notFound(this.path);
    return this.memo;
  }

  /** Whether a resolved object is still in the workbook (a deleted sheet or table is not). */
  protected live(_model: M): boolean {
    return true;
  }

  protected exists(): boolean {
    if (this.memo === undefined) this.memo = this.resolver();
    return this.memo !== undefined && this.live(this.memo);
  }

  /** A child proxy (`format`, `tables`, `worksheet` …), made once so loads on it are kept. */
  protected child<T extends SimObject>(name: string, make: () => T): T {
    let c = this.children.get(name);
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c as T;
  }
}

/** `getCount()` and friends. */
export class ClientResult<T> {
  private has = false;
  private v: T | undefined;
  set(v: T): void {
    this.v = v;
    this.has = true;
  }
  get value(): T {
    if (!this.has) {
      throw new SimError(
        "PropertyNotLoaded",
        "The value of the result object has not been loaded yet. Call context.sync() before reading the value.",
      );
    }
    return this.v as T;
  }
}
