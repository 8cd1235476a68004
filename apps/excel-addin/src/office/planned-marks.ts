import type { LocatedFinding, Severity } from "@planbook/core";
import { a1, parseCell } from "@planbook/workbook";
import { cellKey } from "./address";
import type { GoalsPlacement } from "./goals-placement";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const SYMBOL: Record<Severity, string> = { error: "✗", warning: "⚠", info: "✓" };
const CHECK_OK = "✓";

/** Check column text of a goal row: ✓, or the worst finding's symbol and first message. */
function checkText(findings: readonly LocatedFinding[]): string {
  let worst: LocatedFinding | undefined;
  for (const f of findings) if (!worst || RANK[f.severity] > RANK[worst.severity]) worst = f;
  return worst ? `${SYMBOL[worst.severity]} ${worst.message}` : CHECK_OK;
}

/** A cell Validate goals fills (and notes): its worst severity and every message on it. */
export interface PlannedCell {
  sheet: string;
  cell: string;
  severity: Severity;
  messages: string[];
}

/** What the findings ask to be shown in the workbook (see plannedMarks). */
export interface PlannedMarks {
  /** Check column text of every tblGoals body row, in order ("" for a blank row). */
  check: string[];
  /** Offending cells outside the tool-owned columns, keyed by cellKey. */
  cells: Map<string, PlannedCell>;
  /** tblGoals rows with any input. */
  goals: number;
}

const isBlankRow = (row: readonly unknown[], tool: (i: number) => boolean) =>
  row.every((v, i) => tool(i) || v === null || (typeof v === "string" && v.trim() === ""));

/**
 * What the findings ask to be shown in the workbook: the Check column text of every tblGoals body
 * row, and the offending cells outside the tool-owned columns. Pure, so that Validate goals and
 * Live check show the same findings the same way.
 */
export function plannedMarks(findings: readonly LocatedFinding[], goals: GoalsPlacement): PlannedMarks {
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
