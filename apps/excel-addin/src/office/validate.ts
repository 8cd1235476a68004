import type { Language, LocatedFinding, Severity } from "@planbook/core";
import { type RawWorkbook, validateWorkbook } from "@planbook/workbook";
import { requireGoals } from "./goals-placement";
import type { Mark } from "./marks";
import { plannedMarks } from "./planned-marks";
import { notesSupported, readSnapshot } from "./read";
import { removeOldMarks } from "./remove-old-marks";
import { WriteBudget } from "./write-budget";
import { writeCheckColumn } from "./write-check-column";
import { saveMarks, writeMarks } from "./write-marks";

export interface ValidateGoalsOptions {
  lang: Language;
  timeoutMs?: number;
  /** Bytes per write request before the write is split into another sync (default ~4 MB). */
  requestBudgetBytes?: number;
  /** Write notes (ExcelApi 1.18); with false, offending cells are only filled. Default: host support. */
  notes?: boolean;
}

interface ValidateSummary {
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

/**
 * Validate goals: reads the workbook (2 syncs), validates it like `planbook validate`, then in one
 * write sync (more only past the request budget) runs its steps, each of which only queues writes:
 * removeOldMarks, writeCheckColumn, writeMarks (fill and note the offending cells), saveMarks.
 * Only the Check column, its own marks and the marks setting change.
 * Rejects with BindingFailure (tables.missing) when there is no goals table.
 */
export async function validateGoals(
  context: Excel.RequestContext,
  opts: ValidateGoalsOptions,
): Promise<ValidateGoalsResult> {
  const { lang } = opts;
  const useNotes = opts.notes ?? notesSupported();
  const snapshot = await readSnapshot(context, { lang, timeoutMs: opts.timeoutMs, notes: useNotes });
  const goals = requireGoals(snapshot, lang);
  const { findings } = validateWorkbook(snapshot.raw, { lang });
  const planned = plannedMarks(findings, goals);

  const wb = context.workbook;
  const budget = new WriteBudget(
    context,
    { lang, timeoutMs: opts.timeoutMs, what: "write.check" },
    opts.requestBudgetBytes,
  );
  const removedNotes = await removeOldMarks(wb, snapshot, useNotes, budget);
  await writeCheckColumn(wb, goals, planned.check, budget);
  const marks = await writeMarks(wb, planned.cells, snapshot, { useNotes, removedNotes }, budget);
  await saveMarks(wb, marks, budget);
  await budget.flush();

  return {
    findings,
    summary: { ...severityCounts(findings), goals: planned.goals, marked: marks.length },
    written: { raw: snapshot.raw, marks, check: planned.check, notes: useNotes },
  };
}

function severityCounts(
  findings: readonly LocatedFinding[],
): Pick<ValidateSummary, "errors" | "warnings" | "infos"> {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info") };
}
