import type { Language, LocatedFinding, Severity } from "@planbook/core";
import {
  findTables,
  goalsTable,
  matchHeaders,
  type RawTable,
  type RawWorkbook,
  validateWorkbook,
} from "@planbook/workbook";
import { a1, cellKey, parseCell, rangeA1 } from "./address";
import { BindingFailure, tablesMissing } from "./errors";
import { MARK_FILL, MARKS_SETTING, type Mark, type SavedMarks } from "./marks";
import { markKey, notesSupported, readSnapshot, type WorkbookSnapshot } from "./read";
import { WriteBudget } from "./write-budget";

export interface ValidateGoalsOptions {
  lang: Language;
  timeoutMs?: number;
  /** Bytes per write request before the write is split into another sync (default ~4 MB). */
  requestBudgetBytes?: number;
  /** Write notes (ExcelApi 1.18); with false, offending cells are only filled. Default: host support. */
  notes?: boolean;
}

export interface ValidateSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** tblGoals rows with any input. */
  goals: number;
  /** Cells filled (and noted) this run. */
  marked: number;
}

export interface ValidateGoalsResult {
  findings: LocatedFinding[];
  summary: ValidateSummary;
  /** What this run read and wrote: the starting point of Live check's incremental runs. */
  written: { raw: RawWorkbook; marks: Mark[]; check: string[]; notes: boolean };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const SYMBOL: Record<Severity, string> = { error: "✗", warning: "⚠", info: "✓" };
export const CHECK_OK = "✓";

/** Check column text of a goal row: ✓, or the worst finding's symbol and first message. */
export function checkText(findings: readonly LocatedFinding[]): string {
  let worst: LocatedFinding | undefined;
  for (const f of findings) if (!worst || RANK[f.severity] > RANK[worst.severity]) worst = f;
  return worst ? `${SYMBOL[worst.severity]} ${worst.message}` : CHECK_OK;
}

/** Where tblGoals is and which of its columns are tool-owned. */
export interface GoalsPlacement {
  raw: RawTable;
  columns: Map<string, number>;
  toolColumns: Set<number>;
}

export function goalsPlacement(snapshot: Pick<WorkbookSnapshot, "raw">): GoalsPlacement | null {
  const found = findTables(snapshot.raw).get(goalsTable.name);
  if (!found) return null;
  const { columns } = matchHeaders(goalsTable, found.raw.headers);
  const toolColumns = new Set<number>();
  for (const col of goalsTable.columns) {
    const i = columns.get(col.key);
    if (col.toolOwned && i !== undefined) toolColumns.add(found.raw.firstColumn + i);
  }
  return { raw: found.raw, columns, toolColumns };
}

/** Required tables missing when even tblGoals cannot be found (the UI offers Create plan sheets). */
export function requireGoals(snapshot: WorkbookSnapshot, lang: Language): GoalsPlacement {
  const placement = goalsPlacement(snapshot);
  if (placement) return placement;
  const found = findTables(snapshot.raw);
  const missing = [
    "tblGoals",
    "tblActuals",
    "tblObjectives",
    "tblStrategies",
    "tblChannels",
    "tblCampaigns",
  ].filter((t) => !found.has(t));
  throw new BindingFailure(tablesMissing(missing, lang));
}

const isBlankRow = (row: readonly unknown[], tool: (i: number) => boolean) =>
  row.every((v, i) => tool(i) || v === null || (typeof v === "string" && v.trim() === ""));

/**
 * Validate goals: reads the workbook (2 syncs), validates it like `planbook validate`, then in one
 * write sync removes the previous marks, writes the Check column, fills and notes the offending
 * cells and saves the new marks. Only the Check column, its own marks and the marks setting change.
 * Rejects with BindingFailure (tables.missing) when there is no goals table.
 */
export async function validateGoals(
  context: Excel.RequestContext,
  opts: ValidateGoalsOptions,
): Promise<ValidateGoalsResult> {
  const lang = opts.lang;
  const useNotes = opts.notes ?? notesSupported();
  const snapshot = await readSnapshot(context, { lang, timeoutMs: opts.timeoutMs, notes: useNotes });
  const goals = requireGoals(snapshot, lang);
  const { findings } = validateWorkbook(snapshot.raw, { lang });

  const wb = context.workbook;
  const budget = new WriteBudget(
    context,
    { lang, timeoutMs: opts.timeoutMs, what: "write.check" },
    opts.requestBudgetBytes,
  );

  // 1. Remove the previous marks that are still ours: the fill we wrote, the note text we wrote.
  const removedNotes = new Set<string>();
  for (const mark of snapshot.marks.marks) {
    const key = markKey(mark);
    if (!snapshot.sheets.some((s) => s.toLowerCase() === mark.sheet.toLowerCase())) continue;
    const sheet = wb.worksheets.getItem(mark.sheet);
    if (snapshot.marksStillFilled.has(key)) {
      await budget.add([mark.sheet, mark.cell], () => sheet.getRange(mark.cell).format.fill.clear());
    }
    if (useNotes && mark.note !== null && snapshot.notes.get(key) === mark.note) {
      await budget.add([mark.sheet, mark.cell], () => sheet.notes.getItem(mark.cell).delete());
      removedNotes.add(key);
    }
  }

  // 2. Check column: one value per body row; 3. the cells to fill and note.
  const planned = plannedMarks(findings, goals);
  const checkValues = planned.check.map((text) => [text]);
  const checkIndex = goals.columns.get("check");
  const goalRows = goals.raw.rows.length;
  const firstBodyRow = goals.raw.headerRow + 1;
  if (checkIndex !== undefined && goalRows > 0) {
    const col = goals.raw.firstColumn + checkIndex;
    const address = rangeA1(firstBodyRow, col, firstBodyRow + goalRows - 1, col);
    await budget.add(checkValues, () => {
      wb.worksheets.getItem(goals.raw.sheet).getRange(address).values = checkValues;
    });
  }

  const cells = planned.cells;
  const marks: Mark[] = [];
  for (const [key, c] of cells) {
    // A fill the user put over an earlier mark is theirs now: leave it, mark with the note only.
    const fill = snapshot.marksRecoloured.has(key)
      ? null
      : c.severity === "error"
        ? MARK_FILL.error
        : MARK_FILL.warning;
    const userNote = snapshot.notes.has(key) && !removedNotes.has(key);
    const note = useNotes && !userNote ? c.messages.join("\n") : null;
    if (fill === null && note === null) continue;
    const sheet = wb.worksheets.getItem(c.sheet);
    await budget.add([c.sheet, c.cell, fill, note], () => {
      if (fill !== null) sheet.getRange(c.cell).format.fill.color = fill;
      if (note !== null) sheet.notes.add(c.cell, note);
    });
    marks.push({ sheet: c.sheet, cell: c.cell, fill, note });
  }

  // 4. Remember the marks for the next run.
  const saved: SavedMarks = { version: 1, marks };
  await budget.add(saved, () => {
    wb.settings.add(MARKS_SETTING, saved);
  });
  await budget.flush();

  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    findings,
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      goals: planned.goals,
      marked: marks.length,
    },
    written: { raw: snapshot.raw, marks, check: planned.check, notes: useNotes },
  };
}

/** A cell Validate goals fills (and notes): its worst severity and every message on it. */
export interface PlannedCell {
  sheet: string;
  cell: string;
  severity: Severity;
  messages: string[];
}

/**
 * What the findings ask to be shown in the workbook: the Check column text of every tblGoals body
 * row, and the offending cells outside the tool-owned columns (keyed by cellKey). Pure, so that
 * Validate goals and Live check show the same findings the same way.
 */
export function plannedMarks(
  findings: readonly LocatedFinding[],
  goals: GoalsPlacement,
): { check: string[]; cells: Map<string, PlannedCell>; goals: number } {
  const byRow = new Map<number, LocatedFinding[]>();
  for (const f of findings) {
    if (f.table?.toLowerCase() !== goals.raw.name.toLowerCase() || !f.cell) continue;
    const at = parseCell(f.cell);
    if (!at) continue;
    const list = byRow.get(at.row) ?? [];
    list.push(f);
    byRow.set(at.row, list);
  }
  const firstBodyRow = goals.raw.headerRow + 1;
  const toolIndex = (i: number) => goals.toolColumns.has(goals.raw.firstColumn + i);
  let nonBlank = 0;
  const check = goals.raw.rows.map((row, i) => {
    const rowFindings = byRow.get(firstBodyRow + i) ?? [];
    if (isBlankRow(row, toolIndex) && rowFindings.length === 0) return "";
    nonBlank++;
    return checkText(rowFindings);
  });

  const cells = new Map<string, PlannedCell>();
  for (const f of findings) {
    if (!f.sheet || !f.cell || f.severity === "info") continue;
    const at = parseCell(f.cell);
    if (!at) continue;
    if (f.sheet.toLowerCase() === goals.raw.sheet.toLowerCase() && goals.toolColumns.has(at.column)) continue;
    const cell = a1(at.row, at.column);
    const key = cellKey(f.sheet, cell);
    const entry = cells.get(key) ?? { sheet: f.sheet, cell, severity: f.severity, messages: [] };
    if (RANK[f.severity] > RANK[entry.severity]) entry.severity = f.severity;
    if (!entry.messages.includes(f.message)) entry.messages.push(f.message);
    cells.set(key, entry);
  }
  return { check, cells, goals: nonBlank };
}
