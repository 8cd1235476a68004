import { MARK_FILL, MARKS_SETTING, type Mark, type SavedMarks } from "./marks";
import type { PlannedCell } from "./planned-marks";
import type { WorkbookSnapshot } from "./read";
import type { WriteBudget } from "./write-budget";

/**
 * Validate goals, step 3: fills (and notes) the offending cells. A cell whose earlier mark the
 * user recoloured keeps their colour and gets the note only; a cell with a note of the user's
 * (one not removed by step 1) gets the fill only. Returns the marks written, for saveMarks.
 */
export async function writeMarks(
  wb: Excel.Workbook,
  cells: ReadonlyMap<string, PlannedCell>,
  snapshot: Pick<WorkbookSnapshot, "marksRecoloured" | "notes">,
  opts: { useNotes: boolean; removedNotes: ReadonlySet<string> },
  budget: WriteBudget,
): Promise<Mark[]> {
  const marks: Mark[] = [];
  for (const [key, c] of cells) {
    const fill = snapshot.marksRecoloured.has(key) ? null : markFillOf(c);
    const userNote = snapshot.notes.has(key) && !opts.removedNotes.has(key);
    const note = opts.useNotes && !userNote ? c.messages.join("\n") : null;
    if (fill === null && note === null) continue;
    marks.push(await markCell(wb.worksheets.getItem(c.sheet), c, fill, note, budget));
  }
  return marks;
}

/** The fill of a planned cell's mark: light red for an error, light amber for a warning. */
export function markFillOf(c: Pick<PlannedCell, "severity">): string {
  return c.severity === "error" ? MARK_FILL.error : MARK_FILL.warning;
}

/** Queues one cell's mark, its fill and its note (either null: that part is left as it is). */
export async function markCell(
  sheet: Excel.Worksheet,
  at: { sheet: string; cell: string },
  fill: string | null,
  note: string | null,
  budget: WriteBudget,
): Promise<Mark> {
  await budget.add([at.sheet, at.cell, fill, note], () => {
    if (fill !== null) sheet.getRange(at.cell).format.fill.color = fill;
    if (note !== null) sheet.notes.add(at.cell, note);
  });
  return { sheet: at.sheet, cell: at.cell, fill, note };
}

/** Validate goals, step 4: remembers the marks in the workbook's settings for the next run to remove. */
export async function saveMarks(wb: Excel.Workbook, marks: Mark[], budget: WriteBudget): Promise<void> {
  const saved: SavedMarks = { version: 1, marks };
  await budget.add(saved, () => {
    wb.settings.add(MARKS_SETTING, saved);
  });
}
