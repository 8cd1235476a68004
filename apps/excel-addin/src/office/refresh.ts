import { idKey, type Language, type LocatedFinding, type PlanProgress } from "@planbook/core";
import { CHART_NAMES, dashboardRows, goalsTable, progressWorkbook, SHEETS } from "@planbook/workbook";
import { parseAddress, rangeA1 } from "./address";
import { writeDashboardCharts } from "./dashboard-charts";
import { writeDashboardFrame, writeDashboardRows } from "./dashboard-sheet";
import { goalFormulasR1C1, liveRefs } from "./formula-refs";
import { formulaTablesMissingMessage } from "./messages";
import { readSnapshot } from "./read";
import { requireGoals } from "./validate";
import { setEveryCell, WriteBudget } from "./write-budget";

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

/** The Check column belongs to Validate goals; Refresh writes every other tool-owned formula. */
/** Tables the Dashboard's formulas name (besides tblGoals, without which nothing is refreshed). */
const DASHBOARD_TABLES = ["tblActuals", "tblObjectives"];
/** Tables the charts' formula blocks name besides those. */
const CHART_TABLES = ["tblPhasing", "tblSeasonality"];
const REFRESH_FORMULA_KEYS = goalsTable.columns
  .filter((c) => c.toolOwned && c.key !== "check")
  .map((c) => c.key);

function chartGoal(progress: PlanProgress, wanted: string | undefined): string | null {
  if (wanted !== undefined && wanted.trim() !== "") {
    const hit = progress.goals.find((g) => idKey(g.id) === idKey(wanted));
    if (hit) return hit.id;
  }
  return (progress.goals.find((g) => g.ytdActual !== null) ?? progress.goals[0])?.id ?? null;
}

/**
 * Refresh progress: reads the workbook (2 syncs), computes progress like `planbook progress`,
 * then in one write sync writes the tool-owned formula columns (one R1C1 formula per column), the
 * Dashboard roll-ups, the charts' formula blocks and Planbook's charts (replaced, never doubled;
 * the chart descriptions are the generator's). Rejects with
 * BindingFailure (tables.missing) when there is no goals table.
 */
export async function refreshProgress(
  context: Excel.RequestContext,
  opts: RefreshProgressOptions,
): Promise<RefreshProgressResult> {
  const lang = opts.lang;
  const snapshot = await readSnapshot(context, { lang, timeoutMs: opts.timeoutMs, notes: false });
  const goals = requireGoals(snapshot, lang);
  const { plan, progress, findings } = progressWorkbook(snapshot.raw, { lang });
  const wb = context.workbook;
  const budget = new WriteBudget(
    context,
    { lang, timeoutMs: opts.timeoutMs, what: "write.progress" },
    opts.requestBudgetBytes,
  );

  // 1. Tool-owned formula columns: one R1C1 formula for each whole column.
  const live = liveRefs(snapshot.raw);
  const formulas = goalFormulasR1C1(live.refs, lang);
  const formulaGaps = [...live.missingTables, ...live.missingColumns];
  // Goals without a channel ("all channels") last, as the generator lists them.
  const channels = progress.channels
    .map((c) => c.channel)
    .sort((x, y) => Number(x === null) - Number(y === null));
  const rows = dashboardRows(plan, channels, live.refs, lang);
  // Excel refuses a formula naming a table that does not exist: without the tables the
  // Dashboard refers to, it is left as it is too.
  const dashboardBlocked = DASHBOARD_TABLES.filter((t) => live.missingTables.has(t));
  let formulasSkipped: string | null = null;
  if (formulaGaps.length > 0) {
    formulasSkipped = formulaTablesMissingMessage(formulaGaps, lang);
  } else if (goals.raw.rows.length > 0) {
    const goalsSheet = wb.worksheets.getItem(goals.raw.sheet);
    const first = goals.raw.headerRow + 1;
    const last = goals.raw.headerRow + goals.raw.rows.length;
    for (const key of REFRESH_FORMULA_KEYS) {
      const i = goals.columns.get(key);
      const formula = formulas[key as keyof typeof formulas];
      if (i === undefined || formula === undefined) continue;
      const col = goals.raw.firstColumn + i;
      await budget.add(formula, () => {
        setEveryCell(goalsSheet.getRange(rangeA1(first, col, last, col)), "formulasR1C1", formula);
      });
    }
  }

  let goalId: string | null = null;
  if (dashboardBlocked.length > 0) {
    formulasSkipped = formulaTablesMissingMessage([...live.missingTables, ...live.missingColumns], lang);
  } else {
    // 2. Dashboard: roll-up rows and the chart data blocks.
    const dashName =
      snapshot.dashboard?.sheet ?? (SHEETS.find((s) => s.kind === "dashboard")?.name[lang] as string);
    const dash = snapshot.dashboard ? wb.worksheets.getItem(dashName) : wb.worksheets.add(dashName);
    if (!snapshot.dashboard) await writeDashboardFrame(dash, lang, budget);
    const oldLast = snapshot.dashboard?.used ? (parseAddress(snapshot.dashboard.used)?.lastRow ?? 0) : 0;
    await writeDashboardRows(dash, rows, live.refs, lang, budget, oldLast);

    // 3. Charts: the picker, their formula blocks and the charts, replacing Planbook's own.
    const picked = opts.chartGoalId?.trim() ? opts.chartGoalId : snapshot.dashboard?.chartGoal;
    goalId = chartGoal(progress, picked);
    const keep = opts.chartGoalId?.trim() === "" || opts.chartGoalId === undefined;
    // The monthly block phases the goal over tblPhasing / tblSeasonality: Excel refuses a formula
    // naming a missing table, so without them the charts stay as they are.
    const chartsBlocked = CHART_TABLES.some((t) => live.missingTables.has(t));
    if (!chartsBlocked)
      await writeDashboardCharts(
        dash,
        {
          channelCount: channels.length,
          refs: live.refs,
          lang,
          // The user's pick stays as typed; a pick from the pane, or a new Dashboard, is written.
          pick: keep && snapshot.dashboard?.chartGoal ? undefined : (goalId ?? ""),
          existing: snapshot.dashboard?.charts ?? [],
        },
        budget,
      );
  }
  await budget.flush();

  return {
    progress,
    findings,
    brand: plan.brand?.name ?? null,
    chartGoalId: goalId,
    formulasSkipped,
  };
}
