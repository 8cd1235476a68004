import {
  cumulativeShares,
  Dimension,
  idKey,
  type Language,
  type LocatedFinding,
  type Plan,
  type PlanProgress,
  phaseWeights,
} from "@planbook/core";
import {
  DASHBOARD_HEADER_ROW,
  dashboardRows,
  goalsTable,
  PERCENT_FORMAT,
  progressWorkbook,
  SHEETS,
} from "@planbook/workbook";
import { parseAddress, rangeA1 } from "./address";
import { writeDashboardFrame, writeDashboardRows } from "./dashboard-sheet";
import { goalFormulasR1C1, liveRefs, monthLabels } from "./formula-refs";
import { CHART_TEXT, formulaTablesMissingMessage } from "./messages";
import { readSnapshot } from "./read";
import { requireGoals } from "./validate";
import { setEveryCell, WriteBudget } from "./write-budget";

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

/** Chart data blocks, right of the roll-up table (columns H–J). */
const CHART_COLUMN = 8;
const DIMENSION_BLOCK_ROW = 5;
const MONTHLY_BLOCK_ROW = 12;
export const CHART_NAMES = { byDimension: "Planbook.ByDimension", monthly: "Planbook.Monthly" } as const;
/** The Check column belongs to Validate goals; Refresh writes every other tool-owned formula. */
/** Tables the Dashboard's formulas name (besides tblGoals, without which nothing is refreshed). */
const DASHBOARD_TABLES = ["tblActuals", "tblObjectives"];
const REFRESH_FORMULA_KEYS = goalsTable.columns
  .filter((c) => c.toolOwned && c.key !== "check")
  .map((c) => c.key);

/** Monthly actual and phased target of one goal (the engine's numbers; blank = no data). */
export function monthlySeries(
  plan: Plan,
  progress: PlanProgress,
  goalId: string,
): Array<[number | "", number | ""]> {
  const key = idKey(goalId);
  const goal = plan.goals.find((g) => idKey(g.id) === key);
  const gp = progress.goals.find((g) => idKey(g.id) === key);
  const actuals =
    plan.actuals.find((a) => idKey(a.goalId) === key)?.months ?? Array<number | null>(12).fill(null);
  if (!goal || !gp) return actuals.map((a) => [a ?? "", ""]);
  const { weights } = phaseWeights(goal, plan);
  const total = weights.reduce((s, w) => s + w, 0);
  const shares = cumulativeShares(weights);
  const T = gp.target;
  const b = gp.baseline ?? 0;
  return actuals.map((a, m) => {
    let target: number | "" = "";
    if (T !== null && total > 0) {
      if (gp.aggregation === "sum") target = (T * (weights[m] ?? 0)) / total;
      else if (gp.aggregation === "last") target = b + (T - b) * (shares[m] ?? 0);
      else target = T;
    }
    return [a ?? "", target];
  });
}

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
 * Dashboard roll-ups and chart data, and replaces Planbook's two charts. Rejects with
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
  const rows = dashboardRows(
    plan,
    progress.channels.map((c) => c.channel),
    live.refs,
    lang,
  );
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

    const chartText = CHART_TEXT[lang];
    const dimRows = [[chartText.dimension, chartText.attainment]].concat(
      Dimension.options.map((_, i) => {
        const r = DASHBOARD_HEADER_ROW + 2 + i;
        return [`=B${r}`, `=IF(ISNUMBER(E${r}),E${r},"")`];
      }),
    );
    const dimAddress = rangeA1(DIMENSION_BLOCK_ROW, CHART_COLUMN, DIMENSION_BLOCK_ROW + 4, CHART_COLUMN + 1);
    goalId = chartGoal(progress, opts.chartGoalId);
    const months = monthLabels(lang);
    const series = goalId === null ? null : monthlySeries(plan, progress, goalId);
    const monthlyValues: (string | number)[][] = [
      [chartText.month, chartText.actual, chartText.phasedTarget],
    ];
    for (const [m, [a, t]] of (series ?? []).entries())
      monthlyValues.push([months[m] ?? String(m + 1), a, t]);
    const monthlyAddress = rangeA1(MONTHLY_BLOCK_ROW, CHART_COLUMN, MONTHLY_BLOCK_ROW + 12, CHART_COLUMN + 2);
    await budget.add([dimRows, monthlyValues], () => {
      dash.getRange(dimAddress).formulas = dimRows;
      dash.getRange(
        rangeA1(DIMENSION_BLOCK_ROW + 1, CHART_COLUMN + 1, DIMENSION_BLOCK_ROW + 4, CHART_COLUMN + 1),
      ).numberFormat = Dimension.options.map(() => [PERCENT_FORMAT]);
      const monthly = dash.getRange(monthlyAddress);
      if (series) monthly.values = monthlyValues;
      else monthly.clear("Contents");
    });

    // 3. Charts: replace Planbook's own, leave the user's.
    const ours = new Set<string>(Object.values(CHART_NAMES).map((n) => n.toLowerCase()));
    const oldCharts = (snapshot.dashboard?.charts ?? []).filter((n) => ours.has(n.toLowerCase()));
    await budget.add([oldCharts, dimAddress, monthlyAddress], () => {
      for (const name of oldCharts) dash.charts.getItem(name).delete();
      const byDim = dash.charts.add("ColumnClustered", dash.getRange(dimAddress), "Columns");
      byDim.name = CHART_NAMES.byDimension;
      byDim.title.text = chartText.byDimension;
      byDim.setPosition("L2", "S16");
      if (series && goalId !== null) {
        const monthly = dash.charts.add("Line", dash.getRange(monthlyAddress), "Columns");
        monthly.name = CHART_NAMES.monthly;
        monthly.title.text = chartText.monthly(goalId);
        monthly.setPosition("L18", "S34");
      }
    });
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
