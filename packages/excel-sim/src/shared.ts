import type { Rect } from "./address";
import { type SimContext, SimObject } from "./context";
import { SimError } from "./errors";
import type { SheetModel, WorkbookModel } from "./model";
import { RangeProxy, type RangeTarget, resolveAddress } from "./range";

/** Helpers the proxies share: the model behind a context, range arguments, batch checks. */
export const q = (s: string) => JSON.stringify(s);

export function wbOf(ctx: SimContext): WorkbookModel {
  return ctx.host.workbook;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** A range argument (proxy or address text) → target at sync time. */
export function targetOf(
  owner: SimObject,
  ctx: SimContext,
  arg: unknown,
  defaultSheet: SheetModel | undefined,
): RangeTarget {
  if (arg instanceof RangeProxy) {
    if (arg.context !== ctx) {
      throw new SimError(
        "InvalidObjectPath",
        "A Range from another request context (Excel.run batch) was passed as an argument.",
        arg.path,
      );
    }
    return arg.target();
  }
  if (typeof arg === "string") return resolveAddress(wbOf(ctx), arg, defaultSheet);
  throw new SimError("InvalidArgument", `Expected a Range or an address, got ${typeof arg}.`, owner.path);
}

export function checkArgBatch(ctx: SimContext, arg: unknown): void {
  if (arg instanceof SimObject && arg.context !== ctx) {
    throw new SimError(
      "InvalidObjectPath",
      "An object from another request context (Excel.run batch) was passed as an argument.",
      arg.path,
    );
  }
}
