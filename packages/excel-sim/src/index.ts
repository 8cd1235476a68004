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
import { type Host, newStats, SimContext, type SimOptions, type SimStats } from "./context";
import { SimError } from "./errors";
import { emptyWorkbook, type WorkbookModel } from "./model";
import { WorkbookProxy } from "./workbook";

export {
  a1ToR1C1,
  columnLetters,
  columnNumber,
  fullAddress,
  parseRect,
  type Rect,
  r1c1ToA1,
  splitSheet,
} from "./address";
export type { SimOptions, SimStats, SyncRecord } from "./context";
export { SimError, type SimErrorCode } from "./errors";
export * from "./model";
export { loadXlsx, saveXlsx } from "./xlsx";

/** The request context handed to `Excel.run` callbacks. */
export class SimRequestContext extends SimContext {
  private wbProxy: WorkbookProxy | undefined;
  get workbook(): WorkbookProxy {
    if (!this.wbProxy) this.wbProxy = new WorkbookProxy(this);
    return this.wbProxy;
  }
}

export interface ExcelSim {
  /** Stand-in for the global `Excel` namespace (run + the enums the add-in touches). */
  Excel: {
    run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
    ErrorCodes: Record<string, string>;
  };
  /** Stand-in for the global `Office` namespace. */
  Office: {
    onReady(): Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
    context: { requirements: { isSetSupported(name: string, version?: string): boolean } };
  };
  run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
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
    options: { payloadLimitBytes: 5 * 1024 * 1024, latencyMs: 0, ...options },
    stats: newStats(),
    hangingSyncs: new Set(),
  };
  async function run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T> {
    const context = new SimRequestContext(host);
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
      },
    },
    run,
    stats: host.stats,
    workbook,
    options: host.options,
    hangSync(nth = 1) {
      host.hangingSyncs.add(host.stats.syncs + nth);
    },
  };
}
