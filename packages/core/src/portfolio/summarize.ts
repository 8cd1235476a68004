import { memoizedFindMetric, resolveGoal } from "../metrics/resolve";
import type { Severity } from "../model/enums";
import type { Plan } from "../model/plan";
import { idKey } from "../phasing/keys";
import type { GoalProgress, PlanProgress } from "../progress/types";
import {
  type BrandFailure,
  type BrandSummary,
  PortfolioStatus,
  type SeverityCounts,
  type StatusCounts,
  WATCH_STATUSES,
  type WatchGoal,
} from "./types";

export function emptyStatusCounts(): StatusCounts {
  return { achieved: 0, on_track: 0, at_risk: 0, off_track: 0, not_started: 0, check: 0 };
}

export function emptySeverityCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

/** A status from the engine as the roll-up knows it; an unknown one counts as `check` (never dropped). */
function portfolioStatus(status: string): PortfolioStatus {
  const parsed = PortfolioStatus.safeParse(status);
  return parsed.success ? parsed.data : "check";
}

/** The YTD and year gaps, oriented so that positive always means "behind" / "still to go". */
export function gaps(g: Pick<GoalProgress, "direction" | "target" | "ytdTarget" | "ytdActual">): {
  gapToYtdTarget: number | null;
  gapToTarget: number | null;
} {
  const sign = g.direction === "decrease" ? -1 : 1;
  const gap = (to: number | null) => (to === null || g.ytdActual === null ? null : sign * (to - g.ytdActual));
  return { gapToYtdTarget: gap(g.ytdTarget), gapToTarget: gap(g.target) };
}

/** A finding as the workbook layer locates it; only `severity` is needed, the rest names fixes. */
interface BrandFinding {
  severity: Severity;
  rule?: string;
  ref?: string | null;
  sheet?: string | null;
  cell?: string | null;
  message?: string;
}

export interface BrandInput {
  file: string;
  plan: Plan;
  progress: PlanProgress;
  findings: readonly BrandFinding[];
}

/** The findings that name what to fix on a `check` goal: those of its fix rules about that goal. */
function fixesOf(g: GoalProgress, findings: readonly BrandFinding[]): WatchGoal["fix"] {
  if (!g.fix?.length) return [];
  const rules = new Set(g.fix.map((f) => f.rule));
  const key = idKey(g.id);
  const located = findings
    .filter((f) => f.rule !== undefined && rules.has(f.rule) && f.ref != null && idKey(f.ref) === key)
    .map((f) => ({
      rule: f.rule ?? "",
      sheet: f.sheet ?? null,
      cell: f.cell ?? null,
      message: f.message ?? "",
    }));
  // Findings about a whole table (a missing month column) name no goal: the rule ids still say what.
  return located.length > 0
    ? located
    : g.fix.map((f) => ({ rule: f.rule, sheet: null, cell: null, message: f.rule }));
}

/**
 * One brand's row of the portfolio, taken straight from its `progress` result (the same numbers,
 * not recomputed), plus the counts and the watch list the lead needs. Small enough to cross a
 * worker-thread boundary cheaply.
 */
export function summarizeBrand({ file, plan, progress, findings }: BrandInput): BrandSummary {
  const goals = emptyStatusCounts();
  const watch: WatchGoal[] = [];
  const byKey = new Map(plan.goals.map((goal) => [idKey(goal.id), goal]));
  const lookup = memoizedFindMetric();
  for (const [i, g] of progress.goals.entries()) {
    const status = portfolioStatus(g.status);
    goals[status]++;
    if (!(WATCH_STATUSES as readonly string[]).includes(status)) continue;
    // progress.goals[i] is plan.goals[i]; the id lookup is only a fallback for hand-made inputs.
    const goal = plan.goals[i] ?? byKey.get(idKey(g.id));
    watch.push({
      id: g.id,
      metric: g.metric,
      dimension: g.dimension,
      channel: g.channel,
      owner: goal?.owner ?? null,
      unit: goal ? resolveGoal(goal, lookup).unit : "count",
      aggregation: g.aggregation,
      direction: g.direction,
      status,
      target: g.target,
      ytdTarget: g.ytdTarget,
      ytdActual: g.ytdActual,
      attainment: g.attainment,
      forecast: g.forecast,
      ...gaps(g),
      fix: status === "check" ? fixesOf(g, findings) : [],
    });
  }
  const rank = (s: PortfolioStatus) => (WATCH_STATUSES as readonly string[]).indexOf(s);
  watch.sort((a, b) => rank(a.status) - rank(b.status));
  const counts = emptySeverityCounts();
  for (const f of findings) counts[f.severity]++;
  return {
    file,
    brand: plan.brand.name || null,
    brandId: plan.brand.id || null,
    year: plan.year,
    language: plan.language,
    asOfMonth: progress.asOfMonth,
    attainment: progress.brand.attainment,
    status: portfolioStatus(progress.brand.status),
    thresholds: { onTrack: plan.settings.onTrackThreshold, atRisk: plan.settings.atRiskThreshold },
    dimensions: progress.dimensions.map((d) => ({
      dimension: d.dimension,
      attainment: d.attainment,
      status: portfolioStatus(d.status),
      leftOut: d.leftOut,
    })),
    channels: progress.channels.map((c) => ({
      channel: c.channel,
      attainment: c.attainment,
      status: portfolioStatus(c.status),
      leftOut: c.leftOut,
    })),
    goals,
    findings: counts,
    watch,
    error: null,
  };
}

/** A file that could not be read, with the reason already worded by the edge that read it. */
export function brandFailure(file: string, error: { code: string; message: string }): BrandFailure {
  return {
    file,
    brand: null,
    brandId: null,
    year: null,
    language: null,
    asOfMonth: null,
    attainment: null,
    status: null,
    dimensions: [],
    channels: [],
    goals: null,
    findings: null,
    watch: [],
    error,
  };
}
