import { campaignFindings } from "../calendar/campaign-findings";
import type { Finding } from "../model/finding";
import { Plan } from "../model/plan";
import { GoalContext, GoalScope } from "./goal-context";
import {
  checkGoalStrategies,
  checkIdentity,
  checkObjective,
  checkOwner,
  checkRatio,
  checkSpecific,
  checkTime,
  checkValues,
  goalHasContent,
} from "./goal-rules";
import { indexPlan } from "./plan-index";
import { checkActuals, checkObjectives, checkStrategyRows } from "./row-rules";

/**
 * Collections in the plan model's order (seasonality sits with the settings, before them), so
 * findings come out the way the workbook's sheets are laid out.
 */
const COLLECTION_RANK: ReadonlyMap<string, number> = new Map(
  ["seasonality", ...Object.keys(Plan.shape)].map((name, rank) => [name, rank]),
);

function rankOf(f: Finding): number {
  return f.at === null
    ? Number.MAX_SAFE_INTEGER
    : (COLLECTION_RANK.get(f.at.collection) ?? COLLECTION_RANK.size);
}

/** Stable order by collection, then row. Findings are produced nearly in order: sort only if not. */
function byLocation(findings: Finding[]): Finding[] {
  const keyed = findings.map((f, order) => ({ f, rank: rankOf(f), index: f.at?.index ?? 0, order }));
  const inOrder = keyed.every(
    (k, i) =>
      i === 0 ||
      k.rank > keyed[i - 1]!.rank ||
      (k.rank === keyed[i - 1]!.rank && k.index >= keyed[i - 1]!.index),
  );
  if (inOrder) return findings;
  keyed.sort((a, b) => a.rank - b.rank || a.index - b.index || a.order - b.order);
  return keyed.map((k) => k.f);
}

/**
 * Every model rule of DESIGN §4 (the sheet.* and value.* rules belong to the workbook reader),
 * plus the campaign calendar's rules. Pure and linear in the plan's size.
 */
export function validatePlan(plan: Plan): Finding[] {
  const planIndex = indexPlan(plan);
  const findings: Finding[] = [];
  const scope = new GoalScope(plan, planIndex, findings);

  checkObjectives(plan, planIndex, findings);
  plan.goals.forEach((goal, index) => {
    const ctx = new GoalContext(scope, goal, index);
    if (ctx.id === null && !goalHasContent(ctx)) return;
    checkIdentity(ctx);
    checkObjective(ctx);
    checkSpecific(ctx);
    checkValues(ctx);
    checkTime(ctx);
    checkOwner(ctx);
    checkGoalStrategies(ctx);
    checkRatio(ctx);
  });
  checkActuals(plan, planIndex, findings);
  checkStrategyRows(plan, planIndex, findings);
  for (const f of campaignFindings(plan)) findings.push(f);

  return byLocation(findings);
}
