import type { Language } from "@planbook/core";
import { SyncTimeoutError } from "./errors";
import type { SyncStep } from "./messages";

/** Long enough for a large read on Excel on the web, short enough that a hung sync is noticed. */
const DEFAULT_SYNC_TIMEOUT_MS = 30_000;

export interface GuardOptions {
  /** The step, for the message. */
  what: SyncStep;
  timeoutMs?: number;
  lang: Language;
}

/**
 * `context.sync()` with a timeout: rejects with SyncTimeoutError (localised message) when Excel
 * does not settle in time. The sync itself cannot be cancelled; its late outcome is ignored.
 */
export function guardedSync(context: Excel.RequestContext, opts: GuardOptions): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new SyncTimeoutError(opts.what, timeoutMs, opts.lang)), timeoutMs);
    context.sync().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
