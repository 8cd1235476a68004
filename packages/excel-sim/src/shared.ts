import type { Rect } from "./address";
import { type SimContext, SimObject } from "./context";
import { SimError } from "./errors";
import type { WorkbookModel } from "./model";

/** Helpers the proxies share: the model behind a context, overlap, batch checks (range arguments: range.ts). */
export const q = (s: string) => JSON.stringify(s);

export function wbOf(ctx: SimContext): WorkbookModel {
  return ctx.host.workbook;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
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
