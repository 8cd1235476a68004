/**
 * @planbook/excel-sim — an in-memory host of the Excel JavaScript API subset Planbook's add-in
 * uses, with Excel's proxy/batch semantics enforced strictly:
 * - properties are readable only after `load()` and `context.sync()` (else PropertyNotLoaded);
 * - proxies are tied to their Excel.run batch (used after it, or passed into another: InvalidObjectPath);
 * - `getItem` of a missing item fails at sync (ItemNotFound); `getItemOrNullObject` sets isNullObject;
 * - every sync is counted with its request/response JSON size; past the payload limit (default
 *   5 MB, as Excel on the web) a sync fails with RequestPayloadSizeLimitExceeded;
 * - syncs can be delayed or made to hang forever (to test timeouts).
 * It stores formulas as text and never calculates them.
 */
import { parseRect, splitSheet } from "./address";
import { type Host, newStats, SimContext, SimObject, type SimOptions, type SimStats } from "./context";
import { SimError } from "./errors";
import { type EventHub, type EventSource, eventsSettled, flushChanges, newEventHub } from "./events";
import { emptyWorkbook, findSheet, type WorkbookModel } from "./model";
import { applyEdit, RangeProxy } from "./range";
import { WorkbookProxy } from "./workbook";
import { WorksheetProxy } from "./worksheets";

// The public API besides createExcelSim and ExcelSim below, named one by one: only what the
// add-in's tests and harness import. A name they need is added here by name.
// Formulas as Excel stores them: the add-in's tests compare A1 and R1C1 forms.
export { a1ToR1C1, r1c1ToA1 } from "./address";
// The workbook model behind the sim: tests build sheets and inspect cells without a sync.
export { addSheet, type Cell, cellAt, emptyWorkbook, getCell, type WorkbookModel } from "./model";
// .xlsx in and out: a generated workbook loaded into the sim, the sim's sheets saved for comparison.
export { loadXlsx, saveXlsx } from "./xlsx";

/** The request context handed to `Excel.run` callbacks. */
class SimRequestContext extends SimContext {
  private wbProxy: WorkbookProxy | undefined;
  get workbook(): WorkbookProxy {
    if (!this.wbProxy) this.wbProxy = new WorkbookProxy(this);
    return this.wbProxy;
  }
}

/** `Excel.run(batch)`, or `Excel.run(contextOrObject, batch)` reusing an earlier batch's context. */
interface SimRun {
  <T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
  <T>(reuse: SimRequestContext | SimObject, batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
}

/** Office.context.document.settings (Common API): the same store as workbook.settings, as in Excel. */
interface SimDocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: "succeeded" | "failed" }) => void): void;
}

export interface ExcelSim {
  /** Stand-in for the global `Excel` namespace (run + the enums the add-in touches). */
  Excel: {
    run: SimRun;
    ErrorCodes: Record<string, string>;
  };
  /** Stand-in for the global `Office` namespace. */
  Office: {
    onReady(): Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
    context: {
      requirements: { isSetSupported(name: string, version?: string): boolean };
      document: { settings: SimDocumentSettings };
    };
  };
  run: SimRun;
  /**
   * A person's edit, as typing or pasting in Excel: `values` (a 2-D array matching `address`, or
   * one value for every cell; "=…" is a formula) written at `address` ("Sheet!B5:C6" or, with
   * `sheet`, local), then delivered to the onChanged handlers. `source: "Remote"` is a co-author's.
   */
  edit(address: string, values: unknown, opts?: { source?: EventSource }): void;
  /** Resolves when every event raised so far has been handled (handlers' promises included). */
  eventsSettled(): Promise<void>;
  /** onChanged handlers registered now, and every event delivered so far. */
  events: Pick<EventHub, "delivered" | "handlerErrors"> & { listeners(): number };
  stats: SimStats;
  workbook: WorkbookModel;
  options: SimOptions;
  /** Makes the nth sync from now (1 = the next one) never settle. */
  hangSync(nth?: number): void;
}

const ERROR_CODES = [
  "PropertyNotLoaded",
  "InvalidObjectPath",
  "ItemNotFound",
  "ItemAlreadyExists",
  "InvalidArgument",
  "InvalidOperation",
  "InvalidReference",
  "RequestPayloadSizeLimitExceeded",
  "GeneralException",
];

export function createExcelSim(
  workbook: WorkbookModel = emptyWorkbook(),
  options: Partial<SimOptions> = {},
): ExcelSim {
  const host: Host = {
    workbook,
    options: { payloadLimitBytes: 5 * 1024 * 1024, latencyMs: 0, eventApi: "1.18", ...options },
    stats: newStats(),
    hangingSyncs: new Set(),
    events: newEventHub(),
    rangeOf: (context, sheet, rect) =>
      new RangeProxy(context, `eventRange(${JSON.stringify(sheet.name)})`, () => ({ sheet, rect })),
    worksheetOf: (context, path, sheet) => new WorksheetProxy(context, path, sheet),
  };
  async function run<T>(
    first: SimRequestContext | SimObject | ((context: SimRequestContext) => Promise<T>),
    second?: (context: SimRequestContext) => Promise<T>,
  ): Promise<T> {
    let context: SimRequestContext;
    let batch: (context: SimRequestContext) => Promise<T>;
    if (typeof first === "function") {
      context = new SimRequestContext(host);
      batch = first;
    } else {
      // Excel.run(object, batch): the batch runs in the context the object was made in.
      const reused = first instanceof SimObject ? first.context : first;
      if (!(reused instanceof SimRequestContext) || reused.host !== host || typeof second !== "function") {
        throw new SimError(
          "InvalidArgument",
          "Excel.run(context, batch) needs a request context and a batch.",
        );
      }
      context = reused;
      context.ended = false;
      batch = second;
    }
    host.stats.runs++;
    try {
      const pending = batch(context) as unknown;
      if (!pending || typeof (pending as { then?: unknown }).then !== "function") {
        throw new SimError(
          "InvalidArgument",
          "The batch function passed to Excel.run must return a promise.",
        );
      }
      const result = await (pending as Promise<T>);
      // Like Office.js (ClientRequestContext._runCommon), queued commands left at the end of the
      // batch are sent in one last sync.
      if (context.hasPending) await context.sync();
      return result;
    } finally {
      context.ended = true;
    }
  }
  return {
    Excel: {
      run,
      ErrorCodes: Object.fromEntries(ERROR_CODES.map((c) => [c[0]!.toLowerCase() + c.slice(1), c])),
    },
    Office: {
      onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
      HostType: { Excel: "Excel" },
      context: {
        requirements: {
          isSetSupported: (name, version) => name === "ExcelApi" && Number(version ?? "1.1") <= 1.18,
        },
        document: { settings: documentSettings(workbook) },
      },
    },
    run,
    edit(address, values, opts = {}) {
      const { sheet: sheetName, local } = splitSheet(address);
      const sheet = sheetName === null ? undefined : findSheet(workbook, sheetName);
      const rect = parseRect(local);
      if (!sheet || !rect) {
        throw new SimError("InvalidArgument", `edit: ${address} is not a Sheet!A1 address of this workbook.`);
      }
      applyEdit(host, { sheet, rect }, values, opts.source ?? "Local");
      flushChanges(host, host.rangeOf);
    },
    eventsSettled: () => eventsSettled(host.events),
    events: {
      delivered: host.events.delivered,
      handlerErrors: host.events.handlerErrors,
      listeners: () => host.events.registrations.length,
    },
    stats: host.stats,
    workbook,
    options: host.options,
    hangSync(nth = 1) {
      host.hangingSyncs.add(host.stats.syncs + nth);
    },
  };
}

/**
 * The Common API's settings over the workbook's settings store. Office keeps `set` values in
 * memory until `saveAsync`; the sim writes through (it has no separate saved copy).
 */
function documentSettings(workbook: WorkbookModel): SimDocumentSettings {
  return {
    get: (name) => {
      const text = workbook.settings.get(name);
      return text === undefined ? null : JSON.parse(text);
    },
    set: (name, value) => {
      workbook.settings.set(name, JSON.stringify(value));
    },
    remove: (name) => {
      workbook.settings.delete(name);
    },
    saveAsync: (callback) => {
      setTimeout(() => callback?.({ status: "succeeded" }), 0);
    },
  };
}
