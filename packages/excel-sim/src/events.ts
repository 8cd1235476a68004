import { localAddress, type Rect } from "./address";
import type { Host, SimContext, SimObject } from "./context";
import { SimError } from "./errors";
import type { CellValue, SheetModel, TableModel } from "./model";

/**
 * Excel's data-changed events (ExcelApi 1.7): `worksheet.onChanged` and `table.onChanged`.
 * As in Excel:
 * - a handler is registered by `onChanged.add(handler)` at the next sync, and removed by
 *   `EventHandlerResult.remove()` queued in the context it was added in
 *   (`Excel.run(result.context, …)`), again at a sync;
 * - every write that changes cell contents raises one event per write (a 2,000-row paste is one
 *   event with the whole address), also writes made by the add-in itself (source "Local",
 *   triggerSource "ThisLocalAddin"); format, note and settings writes raise none (Excel has
 *   onFormatChanged etc. for those);
 * - co-authors' edits arrive with source "Remote";
 * - events are delivered asynchronously, after the sync that made the change;
 * - `details` (ExcelApi 1.9) only for a single-cell change, `triggerSource` from ExcelApi 1.14;
 *   with `eventApi: "1.7"` the args carry neither, as on the oldest host the manifest allows.
 */

/** Excel.DataChangeType values the sim raises. */
export type DataChangeType = "Unknown" | "RangeEdited" | "RowInserted" | "RowDeleted";
/** Excel.EventSource. */
export type EventSource = "Local" | "Remote";
/** Excel.EventTriggerSource (ExcelApi 1.14). */
export type EventTriggerSource = "Unknown" | "ThisLocalAddin";

/** Excel.ChangedEventDetail (ExcelApi 1.9). */
interface ChangedEventDetail {
  valueBefore: CellValue;
  valueAfter: CellValue;
  valueTypeBefore: string;
  valueTypeAfter: string;
}

interface ChangedArgsBase {
  /** Local address of the changed area, without the sheet ("B5" or "B5:H2004"). */
  address: string;
  changeType: DataChangeType;
  source: EventSource;
  worksheetId: string;
  triggerSource?: EventTriggerSource;
  details?: ChangedEventDetail;
  /** The changed range, as a proxy of `context` (ExcelApi 1.8). */
  getRange(context: SimContext): unknown;
}

export interface WorksheetChangedEventArgs extends ChangedArgsBase {
  type: "WorksheetChanged";
}

export interface TableChangedEventArgs extends ChangedArgsBase {
  type: "TableChanged";
  tableId: string;
}

export type ChangedHandler = (args: never) => Promise<unknown> | unknown;

interface Registration {
  id: number;
  target: { kind: "worksheet"; sheet: SheetModel } | { kind: "table"; table: TableModel };
  handler: ChangedHandler;
}

/** One change to cell contents, recorded by the write that made it. */
interface ChangeRecord {
  sheet: SheetModel;
  rect: Rect;
  changeType: DataChangeType;
  source: EventSource;
  triggerSource: EventTriggerSource;
  details?: ChangedEventDetail;
}

/** The host's event state: registered handlers, changes not yet delivered, delivery counters. */
export interface EventHub {
  registrations: Registration[];
  nextId: number;
  /** Changes made during the current sync (delivered when it ends). */
  pending: ChangeRecord[];
  /** Events handed to handlers so far, and what those handlers threw (Office only logs it). */
  delivered: Array<WorksheetChangedEventArgs | TableChangedEventArgs>;
  handlerErrors: unknown[];
  /** Handler promises still running (tests await them). */
  inFlight: Set<Promise<unknown>>;
}

export function newEventHub(): EventHub {
  return { registrations: [], nextId: 1, pending: [], delivered: [], handlerErrors: [], inFlight: new Set() };
}

function register(hub: EventHub, target: Registration["target"], handler: ChangedHandler): number {
  const id = hub.nextId++;
  hub.registrations.push({ id, target, handler });
  return id;
}

function unregister(hub: EventHub, id: number): boolean {
  const i = hub.registrations.findIndex((r) => r.id === id);
  if (i < 0) return false;
  hub.registrations.splice(i, 1);
  return true;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

/**
 * Delivers the recorded changes to the handlers registered now, each on a later task (Excel
 * sends events after the batch that caused them has been processed).
 */
export function flushChanges(
  host: Host,
  makeRange: (context: SimContext, sheet: SheetModel, rect: Rect) => unknown,
): void {
  const hub = host.events;
  const changes = hub.pending;
  hub.pending = [];
  if (changes.length === 0 || hub.registrations.length === 0) return;
  const legacy = host.options.eventApi === "1.7";
  for (const change of changes) {
    for (const reg of [...hub.registrations]) {
      let rect: Rect | null = change.rect;
      let tableId: string | undefined;
      if (reg.target.kind === "worksheet") {
        if (reg.target.sheet !== change.sheet) continue;
      } else {
        if (reg.target.table.sheet !== change.sheet) continue;
        rect = intersect(reg.target.table.rect, change.rect);
        if (!rect) continue;
        tableId = reg.target.table.id;
      }
      const at = rect;
      const base: ChangedArgsBase = {
        address: localAddress(at),
        changeType: change.changeType,
        source: change.source,
        worksheetId: change.sheet.id,
        getRange: (context) => makeRange(context, change.sheet, at),
      };
      if (!legacy) {
        base.triggerSource = change.triggerSource;
        if (change.details && at.r0 === at.r1 && at.c0 === at.c1) base.details = change.details;
      }
      const args: WorksheetChangedEventArgs | TableChangedEventArgs =
        tableId === undefined
          ? { type: "WorksheetChanged", ...base }
          : { type: "TableChanged", tableId, ...base };
      const handler = reg.handler;
      const id = reg.id;
      const delivery = new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(async () => {
          // Removed between the change and its delivery: Excel no longer calls it.
          if (!hub.registrations.some((r) => r.id === id)) return;
          hub.delivered.push(args);
          await handler(args as never);
        })
        .catch((error: unknown) => {
          hub.handlerErrors.push(error);
        });
      hub.inFlight.add(delivery);
      void delivery.finally(() => hub.inFlight.delete(delivery));
    }
  }
}

/** Resolves when every event delivered so far has been handled (handlers included). */
export async function eventsSettled(hub: EventHub): Promise<void> {
  while (hub.inFlight.size > 0) await Promise.all([...hub.inFlight]);
}

/** `EventHandlerResult`: removes its handler when `remove()` is queued in its own context and synced. */
export class SimEventHandlerResult {
  /** Set when the registration reaches the host (at the sync after `add`). */
  id: number | undefined;
  constructor(
    readonly context: SimContext,
    private readonly owner: SimObject,
    private readonly describe: string,
  ) {}

  remove(): void {
    // enqueue refuses a finished context: as in Office.js, use Excel.run(result.context, …).
    this.context.enqueue({
      kind: "write",
      owner: this.owner,
      describe: () => ({ o: this.describe, w: "remove" }),
      run: () => {
        if (this.id !== undefined) unregister(this.context.host.events, this.id);
        this.id = undefined;
      },
    });
  }
}

/** `worksheet.onChanged` / `table.onChanged`: `add(handler)` registers at the next sync. */
export class SimEventHandlers {
  constructor(
    private readonly owner: SimObject,
    private readonly name: string,
    private readonly target: () => Registration["target"],
  ) {}

  add(handler: ChangedHandler): SimEventHandlerResult {
    if (typeof handler !== "function") {
      throw new SimError("InvalidArgument", `${this.name}.add needs a function.`, this.owner.path);
    }
    const path = `${this.owner.path}.${this.name}`;
    const result = new SimEventHandlerResult(this.owner.context, this.owner, path);
    this.owner.context.enqueue({
      kind: "write",
      owner: this.owner,
      describe: () => ({ o: path, w: "add" }),
      run: () => {
        result.id = register(this.owner.context.host.events, this.target(), handler);
      },
    });
    return result;
  }
}
