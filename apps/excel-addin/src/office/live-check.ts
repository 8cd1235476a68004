import type { Language, LocatedFinding } from "@planbook/core";
import {
  type CellRange,
  findTables,
  parseRange,
  parseSheetRange,
  type RawWorkbook,
  rangeA1,
  rawTableRange,
  validateWorkbook,
} from "@planbook/workbook";
import { cellKey } from "./address";
import { goalsPlacement } from "./goals-placement";
import { guardedSync } from "./guarded-sync";
import type { Mark } from "./marks";
import { type PlannedCell, plannedMarks } from "./planned-marks";
import { filledRowsBelow, notesSupported, ROWS_BELOW, rawCellOf, rawTableOf } from "./read";
import { type ValidateGoalsResult, validateGoals } from "./validate";
import { WriteBudget } from "./write-budget";
import { markCell, markFillOf, saveMarks } from "./write-marks";

/**
 * Live check: while it is on, every edit on the plan tables' sheets re-validates the plan and
 * updates the findings, the Check column and the marks — of the rows and cells whose result
 * changed, nothing else.
 *
 * - Turning it on runs Validate goals once (its read is the starting point) and registers
 *   `worksheet.onChanged` (ExcelApi 1.7) on each sheet holding a plan table or named setting.
 * - Edits are collected for `debounceMs` after the last one; then one check runs in at most
 *   three syncs: (1) read only the changed rows of the touched tables (a table whole when the
 *   edit is on its header, under it, or over more than 500 rows) and touched named cells, (2) read the fills and notes
 *   of the cells whose mark changes (skipped when none), (3) write those marks, the changed Check
 *   cells and the marks setting (skipped when nothing changed). Inserted or deleted rows and
 *   columns move every address, so those run a full Validate goals instead (as does a table found
 *   resized after step 1, then in four syncs).
 * - The add-in's own writes raise onChanged too (Excel does not tell them apart before ExcelApi
 *   1.14's triggerSource); they only ever touch tool-owned columns (Check, formulas), and a
 *   change that lies wholly inside those is ignored — so no write of ours starts another check.
 * - Co-authors' edits (source "Remote") are checked like the user's own: the marks are shared.
 */

/** What an onChanged handler receives (Excel.WorksheetChangedEventArgs, the fields used). */
export interface ChangedArgs {
  address: string;
  changeType: string;
  source: string;
  worksheetId: string;
  /** ExcelApi 1.14: "ThisLocalAddin" for the add-in's own writes. */
  triggerSource?: string;
}

/** `Excel.run`, both forms (a new batch, or the batch of an earlier context). */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
}

export interface LiveCheckOptions {
  lang: Language;
  /** Quiet time after the last edit before checking (default 400 ms). */
  debounceMs?: number;
  /** Write notes (ExcelApi 1.18); default: host support. */
  notes?: boolean;
  timeoutMs?: number;
  /** Called with the plan's findings after each check. */
  onUpdate: (update: LiveCheckUpdate) => void;
  /** Called when a check fails (Live check stays on; the next edit tries again). */
  onError: (error: unknown) => void;
}

export interface LiveCheckUpdate {
  findings: LocatedFinding[];
  /** Syncs this check took (at most 3 for an edit; a full Validate goals: 3). */
  syncs: number;
  /** Whether it re-read the whole plan (start, inserted/deleted rows) or only the touched tables. */
  full: boolean;
}

const DEFAULT_DEBOUNCE_MS = 400;

/** Changes that move cells: every cached address may be stale. */
const STRUCTURAL = new Set([
  "RowInserted",
  "RowDeleted",
  "ColumnInserted",
  "ColumnDeleted",
  "CellInserted",
  "CellDeleted",
]);

interface State {
  raw: RawWorkbook;
  check: string[];
  planned: Map<string, PlannedCell>;
  marks: Map<string, Mark>;
  /** Tool-owned columns per sheet (lower-case name). */
  toolColumns: Map<string, Set<number>>;
}

interface Pending {
  /** Tables to read whole (an edit on the header, under the table, or over many rows). */
  tables: Set<string>;
  /** Tables of which only some body rows changed: table → [first, last] sheet rows. */
  rows: Map<string, Array<[number, number]>>;
  names: Set<string>;
  full: boolean;
}

const noWork = (): Pending => ({ tables: new Set(), rows: new Map(), names: new Set(), full: false });
const hasWork = (p: Pending) => p.full || p.tables.size > 0 || p.rows.size > 0 || p.names.size > 0;

/** Past this many changed rows a table is read whole (one range instead of many). */
const ROW_READ_LIMIT = 500;

/** Sorted, merged row spans. */
function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

const samePlan = (a: PlannedCell | undefined, b: PlannedCell | undefined) =>
  a?.severity === b?.severity && (a?.messages.join("\n") ?? null) === (b?.messages.join("\n") ?? null);

export class LiveCheck {
  private state: State | null = null;
  private handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
  private handlerContext: OfficeExtension.ClientRequestContext | null = null;
  private sheetsById = new Map<string, string>();
  private pending: Pending = noWork();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private on = false;
  private readonly debounceMs: number;
  private readonly notes: boolean;

  constructor(
    private readonly excel: ExcelRunner,
    private readonly opts: LiveCheckOptions,
  ) {
    this.debounceMs = opts.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.notes = opts.notes ?? notesSupported();
  }

  get active(): boolean {
    return this.on;
  }

  /** Validates the whole plan, then listens; resolves with the first findings. */
  async start(): Promise<LiveCheckUpdate> {
    if (this.on) throw new Error("Live check is already on.");
    this.on = true;
    try {
      return await this.excel.run(async (context) => {
        const result = await validateGoals(context, {
          lang: this.opts.lang,
          notes: this.notes,
          timeoutMs: this.opts.timeoutMs,
        });
        this.state = stateOf(result.written.raw, result.findings, result.written.marks, result.written.check);
        const watched = new Set<string>();
        for (const t of findTables(result.written.raw).values()) watched.add(t.raw.sheet.toLowerCase());
        for (const n of Object.values(result.written.raw.names))
          if (n.sheet) watched.add(n.sheet.toLowerCase());
        const sheets = context.workbook.worksheets.load("items/name,items/id");
        await guardedSync(context, {
          lang: this.opts.lang,
          timeoutMs: this.opts.timeoutMs,
          what: "read.structure",
        });
        for (const sheet of sheets.items) {
          if (!watched.has(sheet.name.toLowerCase())) continue;
          this.sheetsById.set(sheet.id, sheet.name);
          this.handlers.push(
            sheet.onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => {
              this.changed(args);
            }) as OfficeExtension.EventHandlerResult<unknown>,
          );
        }
        await guardedSync(context, {
          lang: this.opts.lang,
          timeoutMs: this.opts.timeoutMs,
          what: "read.structure",
        });
        this.handlerContext = context;
        return { findings: result.findings, syncs: 5, full: true };
      });
    } catch (error) {
      this.on = false;
      this.state = null;
      throw error;
    }
  }

  /**
   * Takes over what a Validate goals run outside Live check read and wrote (the pane's button), so
   * the next incremental check starts from the marks now in the workbook.
   */
  adopt(result: Pick<ValidateGoalsResult, "findings" | "written">): void {
    if (!this.on) return;
    const w = result.written;
    this.state = stateOf(w.raw, result.findings, w.marks, w.check);
  }

  /** Removes the listeners (in the context that added them, as Office.js requires). */
  async stop(): Promise<void> {
    this.on = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const handlers = this.handlers;
    const context = this.handlerContext;
    this.handlers = [];
    this.handlerContext = null;
    this.state = null;
    this.sheetsById.clear();
    this.pending = noWork();
    if (context && handlers.length > 0) {
      await this.excel.run(context, async (ctx) => {
        for (const h of handlers) h.remove();
        await ctx.sync();
      });
    }
    await this.running?.catch(() => {});
  }

  /** Resolves once no edit waits and no check runs (tests, and the pane's status). */
  async idle(): Promise<void> {
    for (;;) {
      if (this.running) {
        await this.running.catch(() => {});
        continue;
      }
      if (this.timer === null) return;
      await new Promise((resolve) => setTimeout(resolve, this.debounceMs));
    }
  }

  /** The onChanged handler: note what the edit touched, restart the quiet period. */
  changed(args: ChangedArgs): void {
    if (!this.on) return;
    // ExcelApi 1.14 names our own writes; older hosts do not (see the column rule below).
    if (args.triggerSource === "ThisLocalAddin") return;
    const sheet = this.sheetsById.get(args.worksheetId);
    const rect = parseRange(args.address);
    if (sheet === undefined || rect === null) return;
    const state = this.state;
    if (!state || STRUCTURAL.has(args.changeType)) {
      this.pending.full = true;
    } else {
      const tool = state.toolColumns.get(sheet.toLowerCase());
      if (tool && allIn(rect, tool)) return;
      const { tables, names } = touched(state.raw, sheet, rect);
      if (tables.length === 0 && names.length === 0) return;
      for (const name of tables) {
        const t = state.raw.tables.find((x) => x.name === name);
        const first = t ? t.headerRow + 1 : 0;
        const last = t ? t.headerRow + t.rows.length : -1;
        // Inside the body: read just those rows. On the header or under the table (where Excel
        // may grow it): read it whole.
        if (!t || rect.row < first || rect.lastRow > last || this.pending.tables.has(name)) {
          this.pending.tables.add(name);
          this.pending.rows.delete(name);
          continue;
        }
        const spans = mergeSpans([...(this.pending.rows.get(name) ?? []), [rect.row, rect.lastRow]]);
        if (spans.reduce((n, [a, b]) => n + b - a + 1, 0) > ROW_READ_LIMIT) {
          this.pending.tables.add(name);
          this.pending.rows.delete(name);
        } else this.pending.rows.set(name, spans);
      }
      for (const n of names) this.pending.names.add(n);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.debounceMs);
  }

  private flush(): void {
    if (!this.on || this.running) return; // a running check reschedules when it ends
    const work = this.pending;
    this.pending = noWork();
    if (!hasWork(work)) return;
    this.running = this.check(work)
      .then((update) => {
        if (this.on) this.opts.onUpdate(update);
      })
      .catch((error: unknown) => {
        // The cached plan may be behind now: the next check reads it all again.
        this.pending.full = true;
        if (this.on) this.opts.onError(error);
      })
      .finally(() => {
        this.running = null;
        if (this.on && hasWork(this.pending)) this.schedule();
      });
  }

  private check(work: Pending): Promise<LiveCheckUpdate> {
    return this.excel.run(async (context) => {
      const state = this.state;
      if (work.full || !state) return this.full(context);
      return this.incremental(context, state, work);
    });
  }

  private async full(context: Excel.RequestContext): Promise<LiveCheckUpdate> {
    const result = await validateGoals(context, {
      lang: this.opts.lang,
      notes: this.notes,
      timeoutMs: this.opts.timeoutMs,
    });
    this.state = stateOf(result.written.raw, result.findings, result.written.marks, result.written.check);
    return { findings: result.findings, syncs: 3, full: true };
  }

  private async incremental(
    context: Excel.RequestContext,
    state: State,
    work: Pending,
  ): Promise<LiveCheckUpdate> {
    const { lang, timeoutMs } = this.opts;
    const wb = context.workbook;
    let syncs = 0;

    // Sync 1: the touched tables and named cells only.
    const tables = [...work.tables].map((name) => {
      const table = wb.tables.getItem(name);
      return {
        name,
        table: table.load("showTotals"),
        header: table.getHeaderRowRange().load("values,address"),
        body: table.getDataBodyRange().load("values,address"),
        // Rows typed under the table, read as Validate goals reads them (docs/design.md#reading).
        below: table
          .getRange()
          .getLastRow()
          .getOffsetRange(1, 0)
          .getResizedRange(ROWS_BELOW - 1, 0)
          .load("values"),
      };
    });
    // Only the changed rows, and the table's address to see it has not moved or resized since.
    const partial = [...work.rows].map(([name, spans]) => {
      const cached = state.raw.tables.find((x) => x.name === name)!;
      const sheet = wb.worksheets.getItem(cached.sheet);
      const lastColumn = cached.firstColumn + cached.headers.length - 1;
      return {
        cached,
        range: wb.tables.getItem(name).getRange().load("address"),
        spans: spans.map(([a, b]) => ({
          first: a,
          range: sheet.getRange(rangeA1(a, cached.firstColumn, b, lastColumn)).load("values"),
        })),
      };
    });
    const names = [...work.names].map((name) => ({
      name,
      range: wb.names.getItem(name).getRange().load("values,address"),
    }));
    await guardedSync(context, { lang, timeoutMs, what: "read.tables" });
    syncs++;
    const raw: RawWorkbook = { ...state.raw, tables: [...state.raw.tables], names: { ...state.raw.names } };
    for (const p of partial) {
      const where = parseSheetRange(p.range.address);
      const c = p.cached;
      const moved =
        !where ||
        where.sheet.toLowerCase() !== c.sheet.toLowerCase() ||
        where.row !== c.headerRow ||
        where.column !== c.firstColumn ||
        where.lastColumn !== c.firstColumn + c.headers.length - 1 ||
        where.lastRow !== c.headerRow + c.rows.length;
      if (moved) return this.full(context); // resized without a row event: read it all again
      const rows = [...c.rows];
      for (const span of p.spans) {
        span.range.values.forEach((line, k) => {
          rows[span.first - c.headerRow - 1 + k] = line.map(rawCellOf);
        });
      }
      const i = raw.tables.indexOf(c);
      raw.tables[i] = { ...c, rows };
    }
    for (const t of tables) {
      const fresh = rawTableOf(t.name, t.header, t.body);
      const body = parseSheetRange(t.body.address);
      const i = raw.tables.findIndex((x) => x.name === t.name);
      if (!fresh || !body || i < 0) return this.full(context); // renamed or deleted meanwhile
      if (!t.table.showTotals) {
        const others = raw.tables
          .filter((o) => o.name !== t.name && o.sheet.toLowerCase() === fresh.sheet.toLowerCase())
          .map(rawTableRange)
          .filter((o) => o.column <= body.lastColumn && body.column <= o.lastColumn);
        const below = filledRowsBelow(t.below.values, body.lastRow, others);
        if (below.length > 0) fresh.below = below;
      }
      raw.tables[i] = fresh;
    }
    for (const n of names) {
      const where = parseSheetRange(n.range.address);
      const old = raw.names[n.name];
      if (!where || !old) return this.full(context);
      raw.names[n.name] = { ...old, value: rawCellOf(n.range.values[0]?.[0]) };
    }

    const { findings } = validateWorkbook(raw, { lang });
    const goals = goalsPlacement({ raw });
    if (!goals) return this.full(context);
    const planned = plannedMarks(findings, goals);

    // The cells whose mark must change.
    const keys = new Set<string>();
    for (const key of new Set([...state.planned.keys(), ...planned.cells.keys()])) {
      if (!samePlan(state.planned.get(key), planned.cells.get(key))) keys.add(key);
    }

    // Sync 2: are the old marks still as we wrote them, and has the cell a note of the user's?
    const probes = [...keys].map((key) => {
      const old = state.marks.get(key);
      const next = planned.cells.get(key);
      const where = (old ?? next) as { sheet: string; cell: string };
      const sheet = wb.worksheets.getItem(where.sheet);
      return {
        key,
        old,
        next,
        sheet,
        where,
        fill: old?.fill ? sheet.getRange(where.cell).format.fill.load("color") : null,
        note: this.notes ? sheet.notes.getItemOrNullObject(where.cell).load("content") : null,
      };
    });
    if (probes.length > 0) {
      await guardedSync(context, { lang, timeoutMs, what: "read.tables" });
      syncs++;
    }

    // Sync 3: the changed marks, the changed Check cells, the marks setting.
    const budget = new WriteBudget(context, { lang, timeoutMs, what: "write.check" });
    const marks = new Map(state.marks);
    let writes = 0;
    for (const p of probes) {
      const { old, next, sheet, where } = p;
      const stillFilled = old?.fill != null && sameColor(p.fill?.color, old.fill);
      const noteText = p.note && !p.note.isNullObject ? p.note.content : null;
      let noteRemoved = false;
      if (old) {
        marks.delete(p.key);
        if (stillFilled) {
          writes++;
          await budget.add([where.sheet, where.cell], () => sheet.getRange(where.cell).format.fill.clear());
        }
        if (this.notes && old.note !== null && noteText === old.note) {
          writes++;
          noteRemoved = true;
          await budget.add([where.sheet, where.cell], () => sheet.notes.getItem(where.cell).delete());
        }
      }
      if (!next) continue;
      // A fill the user put over our mark is theirs: leave it, as Validate goals does.
      const recoloured = old !== undefined && !stillFilled;
      const fill = recoloured ? null : markFillOf(next);
      const userNote = noteText !== null && !noteRemoved;
      const note = this.notes && !userNote ? next.messages.join("\n") : null;
      if (fill === null && note === null) continue;
      writes++;
      marks.set(p.key, await markCell(sheet, next, fill, note, budget));
    }

    const checkIndex = goals.columns.get("check");
    if (checkIndex !== undefined) {
      const column = goals.raw.firstColumn + checkIndex;
      const first = goals.raw.headerRow + 1;
      for (const [from, to] of changedRuns(state.check, planned.check)) {
        const values = planned.check.slice(from, to + 1).map((text) => [text]);
        writes++;
        await budget.add(values, () => {
          wb.worksheets
            .getItem(goals.raw.sheet)
            .getRange(rangeA1(first + from, column, first + to, column)).values = values;
        });
      }
    }
    if (keys.size > 0) {
      writes++;
      await saveMarks(wb, [...marks.values()], budget);
    }
    if (writes > 0) {
      await budget.flush();
      syncs += 1 + budget.extraSyncs;
    }

    this.state = {
      raw,
      check: planned.check,
      planned: planned.cells,
      marks,
      toolColumns: toolColumnsOf(raw),
    };
    return { findings, syncs, full: false };
  }
}

function stateOf(raw: RawWorkbook, findings: LocatedFinding[], marks: Mark[], check: string[]): State {
  const goals = goalsPlacement({ raw });
  return {
    raw,
    check,
    planned: goals ? plannedMarks(findings, goals).cells : new Map(),
    marks: new Map(marks.map((m) => [cellKey(m.sheet, m.cell), m])),
    toolColumns: toolColumnsOf(raw),
  };
}

/** Sheet (lower-case) → the columns Planbook computes, which only the add-in writes. */
function toolColumnsOf(raw: RawWorkbook): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const found of findTables(raw).values()) {
    const set = out.get(found.raw.sheet.toLowerCase()) ?? new Set<number>();
    const folded = found.raw.headers.map((h) => h.trim().toLowerCase());
    for (const col of found.spec.columns) {
      if (!col.toolOwned) continue;
      const i = folded.findIndex(
        (h) => h === col.header.en.toLowerCase() || h === col.header["zh-CN"].toLowerCase(),
      );
      if (i >= 0) set.add(found.raw.firstColumn + i);
    }
    out.set(found.raw.sheet.toLowerCase(), set);
  }
  return out;
}

function allIn(rect: CellRange, columns: Set<number>): boolean {
  if (rect.lastColumn - rect.column > 64) return false;
  for (let c = rect.column; c <= rect.lastColumn; c++) if (!columns.has(c)) return false;
  return true;
}

/**
 * The tables and named cells an edit at `rect` on `sheet` may have changed: a table whose columns
 * it overlaps at or below its header (rows typed just under a table become part of it in Excel).
 */
function touched(raw: RawWorkbook, sheet: string, rect: CellRange): { tables: string[]; names: string[] } {
  const s = sheet.toLowerCase();
  const tables = raw.tables
    .filter((t) => t.sheet.toLowerCase() === s)
    .filter((t) => {
      const last = t.firstColumn + t.headers.length - 1;
      return rect.column <= last && rect.lastColumn >= t.firstColumn && rect.lastRow >= t.headerRow;
    })
    .map((t) => t.name);
  const names = Object.entries(raw.names)
    .filter(([, n]) => n.sheet?.toLowerCase() === s)
    .filter(([, n]) => {
      const at = parseRange(n.cell ?? "");
      return (
        at !== null &&
        at.row >= rect.row &&
        at.row <= rect.lastRow &&
        at.column >= rect.column &&
        at.column <= rect.lastColumn
      );
    })
    .map(([name]) => name);
  return { tables, names };
}

/** Index runs [from, to] where the Check text differs (rows beyond the old length count as changed). */
function changedRuns(before: readonly string[], after: readonly string[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= after.length; i++) {
    const differs = i < after.length && before[i] !== after[i];
    if (differs && start < 0) start = i;
    if (!differs && start >= 0) {
      runs.push([start, i - 1]);
      start = -1;
    }
  }
  return runs;
}

function sameColor(a: string | null | undefined, b: string): boolean {
  return typeof a === "string" && a.toUpperCase() === b.toUpperCase();
}
