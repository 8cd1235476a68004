import type { Language, LocatedFinding, PlanProgress } from "@planbook/core";
import { CHART_NAMES, dashboardRows, progressWorkbook } from "@planbook/workbook";
import { chartGoal } from "./chart-goal";
import { replaceCharts, writeChartBlocks } from "./dashboard-charts";
import { goalFormulasR1C1, liveRefs } from "./formula-refs";
import { requireGoals } from "./goals-placement";
import { formulaTablesMissingMessage } from "./messages";
import { readSnapshot } from "./read";
import { WriteBudget } from "./write-budget";
import { dashboardSheetName, writeDashboard } from "./write-dashboard";
import { writeGoalFormulas } from "./write-goal-formulas";

/** Names of Planbook's charts on the Dashboard (the description lives in @planbook/workbook). */
export { CHART_NAMES };

export interface RefreshProgressOptions {
  lang: Language;
  /** Goal of the monthly chart (trimmed, any case); default: the first goal with data. */
  chartGoalId?: string;
  timeoutMs?: number;
  /** Bytes per write request before the write is split into another sync (default ~4 MB). */
  requestBudgetBytes?: number;
}

export interface RefreshProgressResult {
  progress: PlanProgress;
  findings: LocatedFinding[];
  /** The plan's brand name. */
  brand: string | null;
  /** Goal the monthly chart shows, or null when the plan has no goal. */
  chartGoalId: string | null;
  /**
   * Set (a localised message) when formula columns or the Dashboard were left as they are because
   * tables or columns their formulas name are missing.
   */
  formulasSkipped: string | null;
}

/** Tables the Dashboard's formulas name (besides tblGoals, without which nothing is refreshed). */
const DASHBOARD_TABLES = ["tblActuals", "tblObjectives"];
/** Tables the charts' formula blocks name besides those. */
const CHART_TABLES = ["tblPhasing", "tblSeasonality"];

/**
 * Refresh progress: reads the workbook (2 syncs), computes progress like `planbook progress`,
 * then in one write sync (more only past the request budget) runs its steps, each of which only
 * queues writes: writeGoalFormulas (the tool-owned formula columns), writeDashboard (its
 * roll-ups), writeChartBlocks (the charts' formula blocks and goal picker) and replaceCharts
 * (Planbook's charts, never doubled; the chart descriptions are the generator's).
 *
 * Excel refuses a formula naming a table that does not exist: without a table or column the goal
 * formulas name, they are left as they are (and `formulasSkipped` says why); without the tables
 * the Dashboard names, the Dashboard too; without tblPhasing / tblSeasonality (the monthly block
 * phases the goal over them), the charts.
 * Rejects with BindingFailure (tables.missing) when there is no goals table.
 */
export async function refreshProgress(
  context: Excel.RequestContext,
  opts: RefreshProgressOptions,
): Promise<RefreshProgressResult> {
  const { lang } = opts;
  const snapshot = await readSnapshot(context, { lang, timeoutMs: opts.timeoutMs, notes: false });
  const goals = requireGoals(snapshot, lang);
  const { plan, progress, findings } = progressWorkbook(snapshot.raw, { lang });
  const live = liveRefs(snapshot.raw);
  // Goals without a channel ("all channels") last, as the generator lists them.
  const channels = progress.channels
    .map((c) => c.channel)
    .sort((x, y) => Number(x === null) - Number(y === null));
  // Built before the checks below: live.refs notes each missing table and column as a formula
  // names it, so the gaps are known only once the formulas are.
  const formulas = goalFormulasR1C1(live.refs, lang);
  const rows = dashboardRows(plan, channels, live.refs, lang);
  const gaps = [...live.missingTables, ...live.missingColumns];
  const missing = (tables: readonly string[]) => tables.some((t) => live.missingTables.has(t));

  const wb = context.workbook;
  const budget = new WriteBudget(
    context,
    { lang, timeoutMs: opts.timeoutMs, what: "write.progress" },
    opts.requestBudgetBytes,
  );
  if (gaps.length === 0) await writeGoalFormulas(wb, goals, formulas, budget);
  let shown: string | null = null;
  if (!missing(DASHBOARD_TABLES)) {
    const dash = await writeDashboard(wb, snapshot.dashboard, rows, live.refs, lang, budget);
    const goal = chartGoal(progress, opts.chartGoalId, snapshot.dashboard?.chartGoal);
    shown = goal.goalId;
    if (!missing(CHART_TABLES)) {
      const charts = { channelCount: channels.length, lang };
      await writeChartBlocks(dash, { ...charts, refs: live.refs, pick: goal.write }, budget);
      const existing = snapshot.dashboard?.charts ?? [];
      const sheetName = snapshot.dashboard?.sheet ?? dashboardSheetName(lang);
      await replaceCharts(dash, { ...charts, existing, sheetName }, budget);
    }
  }
  await budget.flush();

  return {
    progress,
    findings,
    brand: plan.brand?.name ?? null,
    chartGoalId: shown,
    formulasSkipped: gaps.length > 0 ? formulaTablesMissingMessage(gaps, lang) : null,
  };
}
