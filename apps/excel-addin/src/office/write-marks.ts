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
    const fill = snapshot.marksRecoloured.has(key)
      ? null
      : MARK_FILL[c.severity === "error" ? "error" : "warning"];
    const userNote = snapshot.notes.has(key) && !opts.removedNotes.has(key);
    const note = opts.useNotes && !userNote ? c.messages.join("\n") : null;
    if (fill === null && note === null) continue;
    const sheet = wb.worksheets.getItem(c.sheet);
    await budget.add([c.sheet, c.cell, fill, note], () => {
      if (fill !== null) sheet.getRange(c.cell).format.fill.color = fill;
      if (note !== null) sheet.notes.add(c.cell, note);
    });
    marks.push({ sheet: c.sheet, cell: c.cell, fill, note });
  }
  return marks;
}

/** Validate goals, step 4: remembers the marks in the workbook's settings for the next run to remove. */
export async function saveMarks(wb: Excel.Workbook, marks: Mark[], budget: WriteBudget): Promise<void> {
  const saved: SavedMarks = { version: 1, marks };
  await budget.add(saved, () => {
    wb.settings.add(MARKS_SETTING, saved);
  });
}
