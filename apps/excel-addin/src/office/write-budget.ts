import { type GuardOptions, guardedSync } from "./guarded-sync";

/** Excel on the web refuses requests over 5 MB; stay well under it (JSON overhead per command). */
const REQUEST_BUDGET_BYTES = 4_000_000;
/** Rough size of one queued command's object path and envelope. */
const COMMAND_OVERHEAD = 160;

/** Approximate JSON size of a value as it travels in a request. */
function jsonBytes(value: unknown): number {
  // UTF-8: CJK text is 3 bytes a character; JSON.stringify length undercounts it.
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) bytes += 2;
  return bytes;
}

/**
 * Queues writes into the current batch and syncs early only when the next write would push the
 * request past the budget — so a command stays at one write sync unless its payload truly needs more.
 */
export class WriteBudget {
  private used = 0;
  /** Syncs this budget made on its own (beyond the caller's final one). */
  extraSyncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly guard: GuardOptions,
    limit: number | undefined = REQUEST_BUDGET_BYTES,
  ) {
    this.limit = limit ?? REQUEST_BUDGET_BYTES;
  }

  private readonly limit: number;

  async add(payload: unknown, queue: () => void): Promise<void> {
    const size = jsonBytes(payload) + COMMAND_OVERHEAD;
    if (this.used > 0 && this.used + size > this.limit) {
      await guardedSync(this.context, this.guard);
      this.extraSyncs++;
      this.used = 0;
    }
    queue();
    this.used += size;
  }

  /** Sends what is queued (the command's write sync). */
  async flush(): Promise<void> {
    await guardedSync(this.context, this.guard);
    this.used = 0;
  }
}

/**
 * Sets one value on every cell of a range: Excel applies a single (non-array) value of `values`,
 * `formulas`, `formulasR1C1` or `numberFormat` to the whole range, so a column's formula travels
 * once instead of once per row. (@types/office-js types these setters as 2-D arrays only.)
 */
export function setEveryCell(
  range: Excel.Range,
  property: "values" | "formulas" | "formulasR1C1" | "numberFormat",
  value: string | number,
): void {
  (range as unknown as Record<typeof property, unknown>)[property] = value;
}
