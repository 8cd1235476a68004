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

const indexOf = (f: Finding): number => f.at?.index ?? 0;

/** Whether the findings are already by collection, then row (checked without allocating). */
function inOrder(findings: readonly Finding[]): boolean {
  let rank = -1;
  let index = 0;
  // Indexed, not for…of: a loop run once per call over 100k+ findings starts out unoptimised,
  // and there every iterator step allocates.
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    const r = rankOf(f);
    const i = indexOf(f);
    if (r < rank || (r === rank && i < index)) return false;
    rank = r;
    index = i;
  }
  return true;
}

/**
 * Stable order by collection, then row. Findings come nearly in order — the goal rules row by
 * row, then the rows around them — but a goal's phasing finding points at a Phasing or
 * Seasonality row. So: nothing to do when in order; else group by collection, keeping the order
 * within each, and sort only a group that is out of order (Array#sort is stable).
 */
function byLocation(findings: Finding[]): Finding[] {
  if (inOrder(findings)) return findings;
  const groups = new Map<number, Finding[]>();
  for (const f of findings) {
    const rank = rankOf(f);
    const group = groups.get(rank);
    if (group === undefined) groups.set(rank, [f]);
    else group.push(f);
  }
  const sorted: Finding[] = [];
  for (const rank of [...groups.keys()].sort((a, b) => a - b)) {
    const group = groups.get(rank)!;
    if (!inOrder(group)) group.sort((a, b) => indexOf(a) - indexOf(b));
    for (const f of group) sorted.push(f);
  }
  return sorted;
}

/**
 * Every model rule of docs/design.md#rules (the sheet.* and value.* rules belong to the workbook reader),
 * plus the campaign calendar's rules. Pure and linear in the plan's size.
 */
export function validatePlan(plan: Plan): Finding[] {
  const planIndex = indexPlan(plan);
  const findings: Finding[] = [];
  const scope = new GoalScope(plan, planIndex, findings);

  checkObjectives(plan, planIndex, findings);
  let ctx: GoalContext | null = null;
  for (let index = 0; index < plan.goals.length; index++) {
    const goal = plan.goals[index]!;
    ctx = ctx === null ? new GoalContext(scope, goal, index) : ctx.moveTo(goal, index);
    if (ctx.id === null && !goalHasContent(ctx)) continue;
    checkIdentity(ctx);
    checkObjective(ctx);
    checkSpecific(ctx);
    checkValues(ctx);
    checkTime(ctx);
    checkOwner(ctx);
    checkGoalStrategies(ctx);
    checkRatio(ctx);
  }
  checkActuals(plan, planIndex, findings);
  checkStrategyRows(plan, planIndex, findings);
  for (const f of campaignFindings(plan)) findings.push(f);

  return byLocation(findings);
}
