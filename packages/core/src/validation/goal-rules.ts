import type { FindingLocation } from "../model/finding";
import { type ActiveMonths, activeMonths } from "../phasing/active";
import { idKey } from "../phasing/keys";
import { phasingProblem } from "../phasing/weights";
import type { GoalContext } from "./goal-context";
import { textOf } from "./make-finding";

/**
 * The goal rules of docs/design.md#rules, one function per concern, in the order of the Goals table's
 * columns so that a row's findings read left to right.
 */

/** True when a goal row holds anything at all besides its (blank) id. */
export function goalHasContent(ctx: GoalContext): boolean {
  const g = ctx.goal;
  return (
    [
      g.objectiveId,
      g.metric,
      g.channel,
      g.phasing,
      g.owner,
      g.numeratorGoalId,
      g.denominatorGoalId,
      g.notes,
    ].some((t) => textOf(t) !== null) ||
    [
      g.dimension,
      g.unit,
      g.aggregation,
      g.direction,
      g.baseline,
      g.target,
      g.start,
      g.deadline,
      g.weight,
    ].some((v) => v !== null) ||
    g.strategyIds.some((s) => textOf(s) !== null) ||
    g.unreadable.length > 0
  );
}

export function checkIdentity(ctx: GoalContext): void {
  if (ctx.id === null) {
    if (!ctx.unreadable("id"))
      ctx.report("goal.id.missing", "id", { id: ctx.id, metric: textOf(ctx.goal.metric) });
    return;
  }
  if (ctx.planIndex.goalRows.isFirst[ctx.index] !== 1) ctx.report("goal.id.duplicate", "id", { id: ctx.id });
}

export function checkObjective(ctx: GoalContext): void {
  if (ctx.unreadable("objectiveId")) return;
  const objective = textOf(ctx.goal.objectiveId);
  if (objective === null) ctx.report("goal.objective.missing", "objectiveId", { id: ctx.id });
  else if (!ctx.planIndex.objectiveIds.has(ctx.planIndex.refKey(objective)))
    ctx.report("goal.objective.unknown", "objectiveId", { id: ctx.id, objective });
}

export function checkSpecific(ctx: GoalContext): void {
  const metric = textOf(ctx.goal.metric);
  if (ctx.resolved.dimension === null && !ctx.unreadable("dimension"))
    ctx.report("goal.dimension.invalid", "dimension", { id: ctx.id, metric });
  if (metric === null && !ctx.unreadable("metric"))
    ctx.report("goal.metric.missing", "metric", { id: ctx.id });
  const channel = textOf(ctx.goal.channel);
  if (channel !== null && !ctx.planIndex.channelNames.has(ctx.planIndex.refKey(channel)))
    ctx.report("goal.channel.unknown", "channel", { id: ctx.id, channel });
  if (ctx.resolved.aggregation === null && !ctx.unreadable("aggregation"))
    ctx.report("goal.aggregation.missing", "aggregation", { id: ctx.id, metric });
}

const finite = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);
const isFraction = (v: number) => v >= 0 && v <= 1;

/** Target, Baseline and how they relate (the M and A of SMART). */
export function checkValues(ctx: GoalContext): void {
  const { goal, resolved } = ctx;
  const unit = resolved.unit;
  const percent = unit === "percent";
  // A value the reader could not read was reported there; judge nothing by what is left of it.
  const baseline = ctx.unreadable("baseline") ? undefined : goal.baseline;
  const target = ctx.unreadable("target") ? undefined : goal.target;

  if (baseline === null) {
    const severity = resolved.aggregation === "last" ? "error" : "warning";
    ctx.report(
      "goal.baseline.missing",
      "baseline",
      { id: ctx.id, aggregation: resolved.aggregation },
      severity,
    );
  } else if (percent && finite(baseline) && !isFraction(baseline)) {
    ctx.report("goal.percent.range", "baseline", { id: ctx.id, field: "baseline", value: baseline });
  }

  if (target === undefined) return;
  if (target === null) {
    ctx.report("goal.target.missing", "target", { id: ctx.id });
  } else if (!Number.isFinite(target)) {
    ctx.report("goal.target.invalid", "target", { id: ctx.id, text: String(target), unit });
  } else if (target < 0 && (unit === "count" || unit === "currency")) {
    ctx.report("goal.target.invalid", "target", { id: ctx.id, target, unit });
  } else if (percent && !isFraction(target)) {
    ctx.report("goal.percent.range", "target", { id: ctx.id, field: "target", value: target });
  }

  if (!finite(target) || !finite(baseline)) return;
  const direction = resolved.direction;
  if (direction === "increase" ? target <= baseline : target >= baseline)
    ctx.report("goal.target.not-ambitious", "target", { id: ctx.id, target, baseline, direction, unit });
  const maxGrowth = ctx.plan.settings.maxGrowth;
  if (baseline !== 0 && Number.isFinite(maxGrowth)) {
    const growth = Math.abs(target - baseline) / Math.abs(baseline);
    // A growth that overflows (1e300 from 1e-10) is still implausible; params stay JSON-safe.
    if (growth > maxGrowth) {
      const shown = Number.isFinite(growth) ? growth : null;
      ctx.report("goal.target.implausible", "target", {
        id: ctx.id,
        target,
        baseline,
        growth: shown,
        maxGrowth,
        unit,
      });
    }
  }
}

/** Start, Deadline and Phasing (the T of SMART). */
export function checkTime(ctx: GoalContext): void {
  const start = checkDate(ctx, "start");
  const deadline = checkDate(ctx, "deadline");
  if (start !== null && deadline !== null && start.date > deadline.date)
    ctx.report("goal.period.invalid", "start", { id: ctx.id, start: start.date, deadline: deadline.date });
  if (start !== null && start.year !== ctx.plan.year) outsideYear(ctx, "start", start.date);
  if (deadline !== null && deadline.year !== ctx.plan.year) outsideYear(ctx, "deadline", deadline.date);
  checkPhasing(ctx);
}

/** The date and its year when it is a real calendar date (the model's pattern admits 2027-02-30). */
function checkDate(ctx: GoalContext, field: "start" | "deadline"): { date: string; year: number } | null {
  const date = ctx.goal[field];
  if (date === null) return null;
  const year = ctx.scope.yearOfDate(date);
  if (year !== null) return { date, year };
  ctx.report("goal.period.invalid", field, { id: ctx.id, problem: "not-a-date", field, date });
  return null;
}

function outsideYear(ctx: GoalContext, field: "start" | "deadline", date: string): void {
  ctx.report("goal.period.outside-year", field, { id: ctx.id, field, date, year: ctx.plan.year });
}

/** phaseWeights reports no problem for a goal without active months: that is the period's fault. */
function checkPhasing(ctx: GoalContext): void {
  if (ctx.unreadable("phasing")) return;
  const method = ctx.scope.phasing.methodOf(ctx.goal.phasing);
  // Linear weights are never a problem, so the common case skips the rest.
  if (method.kind === "linear") return;
  const active = activeMonths(ctx.goal, ctx.plan.year);
  const problem = phasingProblem(ctx.goal, ctx.scope.phasing, active.startMonth, active.endMonth, ctx.key);
  if (problem === null) return;
  const params = { id: ctx.id, phasing: textOf(ctx.goal.phasing), method: method.kind, problem };
  // Bad weights are fixed where they are: the goal's Phasing row or the seasonality profile.
  const weightsAt =
    problem === "negative" || problem === "zero"
      ? method.kind === "custom"
        ? weightsRow(ctx, active, "phasing", ctx.planIndex.phasingRows.indexOf(ctx.key))
        : weightsRow(ctx, active, "seasonality", ctx.planIndex.profileRow.get(idKey(method.name)))
      : null;
  if (weightsAt === null) ctx.report("phasing.invalid", "phasing", params);
  else ctx.reportAt("phasing.invalid", weightsAt, params);
}

/** The weights row's location, on the cell of its first negative active month if there is one. */
function weightsRow(
  ctx: GoalContext,
  active: ActiveMonths,
  collection: "phasing" | "seasonality",
  row: number | undefined,
): FindingLocation | null {
  if (row === undefined) return null;
  const months =
    collection === "phasing" ? ctx.plan.phasing[row]?.months : ctx.plan.settings.seasonality[row]?.months;
  let field: string | null = null;
  for (let m = active.startMonth; m <= active.endMonth && months !== undefined; m++) {
    const w = months[m - 1];
    if (w !== null && w !== undefined && w < 0) {
      field = `months.${m - 1}`;
      break;
    }
  }
  return { collection, index: row, field };
}

export function checkOwner(ctx: GoalContext): void {
  if (textOf(ctx.goal.owner) === null && !ctx.unreadable("owner"))
    ctx.report("goal.owner.missing", "owner", { id: ctx.id });
}

export function checkGoalStrategies(ctx: GoalContext): void {
  if (ctx.unreadable("strategyIds")) return;
  // Made on the first unknown id only: nearly every goal names known strategies.
  let reported: Set<string> | null = null;
  let named = 0;
  for (const raw of ctx.goal.strategyIds) {
    const strategy = textOf(raw);
    if (strategy === null) continue;
    named++;
    const key = ctx.planIndex.refKey(strategy);
    if (ctx.planIndex.strategyIds.has(key) || reported?.has(key)) continue;
    reported ??= new Set<string>();
    reported.add(key);
    ctx.report("goal.strategy.unknown", "strategyIds", { id: ctx.id, strategy });
  }
  if (named > 0) return;
  const listed = ctx.id !== null && ctx.planIndex.goalsListedByStrategies.has(ctx.key);
  if (!listed) ctx.report("goal.strategy.missing", "strategyIds", { id: ctx.id });
}

export function checkRatio(ctx: GoalContext): void {
  if (ctx.resolved.aggregation !== "ratio") return;
  if (ctx.unreadable("numeratorGoalId") || ctx.unreadable("denominatorGoalId")) return;
  const numerator = textOf(ctx.goal.numeratorGoalId);
  const denominator = textOf(ctx.goal.denominatorGoalId);
  if (numerator === null && denominator === null) {
    ctx.report("goal.ratio.average", "numeratorGoalId", { id: ctx.id });
    return;
  }
  checkRatioComponent(ctx, "numeratorGoalId", numerator);
  checkRatioComponent(ctx, "denominatorGoalId", denominator);
}

function checkRatioComponent(
  ctx: GoalContext,
  field: "numeratorGoalId" | "denominatorGoalId",
  goal: string | null,
): void {
  if (goal === null)
    ctx.report("goal.ratio.components", field, { id: ctx.id, problem: "one-missing", field, goal });
  else if (ctx.id !== null && idKey(goal) === ctx.key)
    ctx.report("goal.ratio.components", field, { id: ctx.id, problem: "self", field, goal });
  else if (ctx.planIndex.goalRows.rowOf(idKey(goal)) === -1)
    ctx.report("goal.ratio.components", field, { id: ctx.id, problem: "unknown", field, goal });
}
