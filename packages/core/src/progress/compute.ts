import { Dimension } from "../model/enums";
import type { Goal, Plan } from "../model/plan";
import { idKey } from "../phasing/keys";
import { type ProgressOptions, progressContext } from "./context";
import { goalProgress } from "./goal";
import { type RollUpItem, rollUp } from "./rollup";
import type { GoalProgress, PlanProgress } from "./types";

interface Group {
  label: string | null;
  items: RollUpItem[];
}

/** Channels in order of first appearance; a blank channel is the group `null` (all channels). */
function channelGroups(goals: readonly Goal[], items: readonly RollUpItem[]): Group[] {
  const groups = new Map<string | null, Group>();
  goals.forEach((goal, i) => {
    const label = goal.channel?.trim() || null;
    const key = label === null ? null : idKey(label);
    let group = groups.get(key);
    if (group === undefined) {
      group = { label, items: [] };
      groups.set(key, group);
    }
    group.items.push(items[i]!);
  });
  return [...groups.values()];
}

/**
 * Progress of every goal plus roll-ups by objective (every Objectives row, in order), dimension
 * (all four), channel and the brand, as of `opts.asOfMonth` ?? Settings AsOfMonth ?? the latest
 * month with an actual.
 */
export function computeProgress(plan: Plan, opts: ProgressOptions = {}): PlanProgress {
  const ctx = progressContext(plan, opts);
  const goals: GoalProgress[] = plan.goals.map((goal, i) => goalProgress(goal, ctx, ctx.goalKeys[i]));
  const items: RollUpItem[] = goals.map((g, i) => ({
    attainment: g.attainment,
    weight: plan.goals[i]!.weight,
  }));
  const t = ctx.thresholds;

  const byObjective = new Map<string, RollUpItem[]>();
  const byDimension = new Map<Dimension, RollUpItem[]>(Dimension.options.map((d) => [d, []]));
  goals.forEach((g, i) => {
    const item = items[i]!;
    const objective = idKey(g.objective ?? "");
    if (objective !== "") {
      const list = byObjective.get(objective);
      if (list === undefined) byObjective.set(objective, [item]);
      else list.push(item);
    }
    if (g.dimension !== null) byDimension.get(g.dimension)!.push(item);
  });

  return {
    asOfMonth: ctx.asOfMonth,
    goals,
    objectives: plan.objectives.map((o) => ({ id: o.id, ...rollUp(byObjective.get(idKey(o.id)) ?? [], t) })),
    dimensions: Dimension.options.map((dimension) => ({
      dimension,
      ...rollUp(byDimension.get(dimension)!, t),
    })),
    channels: channelGroups(plan.goals, items).map((g) => ({ channel: g.label, ...rollUp(g.items, t) })),
    brand: rollUp(items, t),
  };
}
