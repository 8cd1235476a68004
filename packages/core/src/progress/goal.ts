import type { Goal } from "../model/plan";
import { activeMonths } from "../phasing/active";
import { idKey } from "../phasing/keys";
import { shareToMonth } from "../phasing/share";
import { phaseWeights } from "../phasing/weights";
import type { ProgressContext } from "./context";
import { goalMeasures } from "./measures";
import { statusOf } from "./status";
import type { GoalProgress } from "./types";
import { type RatioComponents, ytdActualOf } from "./ytd-actual";

/**
 * A ratio goal's numerator and denominator rows when both name another existing goal; null
 * otherwise (the goal is then tracked as the average of its own rates; validation reports why).
 */
export function ratioComponents(
  goal: Goal,
  ctx: ProgressContext,
  ownKey = idKey(goal.id),
): RatioComponents | null {
  const num = idKey(goal.numeratorGoalId ?? "");
  const den = idKey(goal.denominatorGoalId ?? "");
  const valid = (key: string) => key !== "" && key !== ownKey && ctx.goalsById.has(key);
  if (!valid(num) || !valid(den)) return null;
  return { numerator: ctx.actualsById.get(num) ?? null, denominator: ctx.actualsById.get(den) ?? null };
}

/**
 * One goal's YTD figures and status as of the context's month (DESIGN §3 and its decisions).
 * `key` is the goal's idKey, for a caller that has it already.
 */
export function goalProgress(goal: Goal, ctx: ProgressContext, key = idKey(goal.id)): GoalProgress {
  const { dimension, aggregation, direction } = ctx.resolve(goal);
  const M = ctx.asOfMonth;
  let ytdTarget: number | null = null;
  let actual: number | null = null;
  let attainment: number | null = null;
  let progress: number | null = null;
  let forecast: number | null = null;
  let status: GoalProgress["status"] = "not_started";
  // Without an aggregation (metric outside the catalog, left blank) nothing can be computed.
  if (aggregation !== null) {
    const active = activeMonths(goal, ctx.plan.year);
    const share = shareToMonth(phaseWeights(goal, ctx.plan, active).weights, M);
    const ratio = aggregation === "ratio" ? ratioComponents(goal, ctx, key) : null;
    const own = key === "" ? null : (ctx.actualsById.get(key) ?? null);
    actual = ytdActualOf(aggregation, own, M, ratio);
    const m = goalMeasures({
      aggregation,
      direction,
      target: goal.target,
      baseline: goal.baseline,
      share,
      ytdActual: actual,
    });
    ({ ytdTarget, attainment, progress, forecast } = m);
    status = statusOf(
      {
        aggregation,
        direction,
        asOfMonth: M,
        endMonth: active.endMonth,
        target: goal.target,
        ytdActual: actual,
        attainment,
        progress,
      },
      ctx.thresholds,
    );
  }
  return {
    id: goal.id,
    objective: goal.objectiveId,
    dimension,
    metric: goal.metric,
    channel: goal.channel,
    aggregation,
    direction,
    baseline: goal.baseline,
    target: goal.target,
    ytdTarget,
    ytdActual: actual,
    attainment,
    progress,
    forecast,
    status,
  };
}
