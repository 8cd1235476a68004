import { markKey, type WorkbookSnapshot } from "./read";
import type { WriteBudget } from "./write-budget";

/**
 * Validate goals, step 1: removes the previous run's marks that are still ours — the fill while
 * the cell still has the colour we wrote, the note while it still says what we wrote. A mark on a
 * sheet that is gone is skipped. Returns the keys (markKey) of the notes removed: their cells are
 * free for a new note.
 */
export async function removeOldMarks(
  wb: Excel.Workbook,
  snapshot: Pick<WorkbookSnapshot, "marks" | "sheets" | "marksStillFilled" | "notes">,
  useNotes: boolean,
  budget: WriteBudget,
): Promise<Set<string>> {
  const removedNotes = new Set<string>();
  const sheets = new Set(snapshot.sheets.map((s) => s.toLowerCase()));
  for (const mark of snapshot.marks.marks) {
    if (!sheets.has(mark.sheet.toLowerCase())) continue;
    const key = markKey(mark);
    const sheet = wb.worksheets.getItem(mark.sheet);
    if (snapshot.marksStillFilled.has(key)) {
      await budget.add([mark.sheet, mark.cell], () => sheet.getRange(mark.cell).format.fill.clear());
    }
    if (useNotes && mark.note !== null && snapshot.notes.get(key) === mark.note) {
      await budget.add([mark.sheet, mark.cell], () => sheet.notes.getItem(mark.cell).delete());
      removedNotes.add(key);
    }
  }
  return removedNotes;
}
