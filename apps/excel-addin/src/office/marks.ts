import { parseCell } from "@planbook/workbook";

/**
 * The cells Validate goals marked (fill and, where the cell had none, a note), kept in
 * workbook.settings so the next run can remove exactly those marks and nothing of the user's.
 */
export const MARKS_SETTING = "planbook.marks";

export interface Mark {
  sheet: string;
  cell: string;
  /**
   * The fill colour written (cleared only while the cell still has it), or null where the user
   * had recoloured an earlier mark of the cell (their colour is left alone).
   */
  fill: string | null;
  /** The note text written, or null when the cell already had a note of its own. */
  note: string | null;
}

export interface SavedMarks {
  version: 1;
  marks: Mark[];
}

export const EMPTY_MARKS: SavedMarks = { version: 1, marks: [] };

/** Reads the setting's value defensively: anything unexpected counts as no marks. */
export function parseMarks(value: unknown): SavedMarks {
  const v = typeof value === "string" ? safeJson(value) : value;
  if (
    !v ||
    typeof v !== "object" ||
    (v as SavedMarks).version !== 1 ||
    !Array.isArray((v as SavedMarks).marks)
  ) {
    return EMPTY_MARKS;
  }
  const marks = (v as SavedMarks).marks.filter(
    (m): m is Mark =>
      !!m &&
      typeof m.sheet === "string" &&
      typeof m.cell === "string" &&
      parseCell(m.cell) !== null &&
      (m.fill === null || typeof m.fill === "string") &&
      (m.note === null || typeof m.note === "string"),
  );
  return { version: 1, marks };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Fills of the marks: light red for errors, light amber for warnings (Excel's own palette). */
export const MARK_FILL = { error: "#FFC7CE", warning: "#FFEB9C" } as const;
