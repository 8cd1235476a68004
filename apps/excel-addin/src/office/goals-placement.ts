import type { Language } from "@planbook/core";
import { findTables, goalsTable, matchHeaders, type RawTable } from "@planbook/workbook";
import { BindingFailure, tablesMissing } from "./errors";
import type { WorkbookSnapshot } from "./read";

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
