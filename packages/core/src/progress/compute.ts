import { Dimension } from "../model/enums";
import type { Plan } from "../model/plan";
import { idKey } from "../phasing/keys";
import { type ProgressOptions, progressContext } from "./context";
import { goalProgress } from "./goal";
import { RollUpSum } from "./rollup";
import type { GoalProgress, PlanProgress } from "./types";

interface ChannelGroup {
  label: string | null;
  sum: RollUpSum;
}

/**
 * The roll-up groups a goal belongs to. Goals repeat a handful of objective ids and channel names,
 * so each distinct text is folded once and its group remembered by the text as typed.
 */
class Groups {
  readonly brand = new RollUpSum();
  readonly dimensions = new Map<Dimension, RollUpSum>(Dimension.options.map((d) => [d, new RollUpSum()]));
  /** Channels by key in order of first appearance; a blank channel is the group `null`. */
  readonly channels = new Map<string | null, ChannelGroup>();
  private readonly objectives = new Map<string, RollUpSum>();
  private readonly objectiveOfText = new Map<string, RollUpSum | null>();
  private readonly channelOfText = new Map<string | null, ChannelGroup>();

  /** Every Objectives row gets a roll-up, also one no goal names; rows with the same id share it. */
  constructor(plan: Plan) {
    for (const o of plan.objectives) {
      const key = idKey(o.id);
      if (key !== "" && !this.objectives.has(key)) this.objectives.set(key, new RollUpSum());
    }
  }

  objective(id: string): RollUpSum | null {
    return this.objectives.get(idKey(id)) ?? null;
  }

  /** The roll-up of the Objectives row a goal names; null when it names none of them. */
  objectiveOf(text: string | null): RollUpSum | null {
    if (text === null) return null;
    let sum = this.objectiveOfText.get(text);
    if (sum === undefined) {
      sum = this.objective(text);
      this.objectiveOfText.set(text, sum);
    }
    return sum;
  }

  channelOf(text: string | null): ChannelGroup {
    let group = this.channelOfText.get(text);
    if (group === undefined) {
      const label = text?.trim() || null;
      const key = label === null ? null : idKey(label);
      group = this.channels.get(key);
      if (group === undefined) {
        group = { label, sum: new RollUpSum() };
        this.channels.set(key, group);
      }
      this.channelOfText.set(text, group);
    }
    return group;
  }
}

/**
 * Progress of every goal plus roll-ups by objective (every Objectives row, in order), dimension
 * (all four), channel and the brand, as of `opts.asOfMonth` ?? Settings AsOfMonth ?? the latest
 * month with an actual. One pass over the goals feeds all roll-ups, each summed in goal order.
 */
export function computeProgress(plan: Plan, opts: ProgressOptions = {}): PlanProgress {
  const ctx = progressContext(plan, opts);
  const t = ctx.thresholds;
  const groups = new Groups(plan);
  const goals = new Array<GoalProgress>(plan.goals.length);
  for (let i = 0; i < plan.goals.length; i++) {
    const goal = plan.goals[i]!;
    const progress = goalProgress(goal, ctx, ctx.goalKeys[i], i);
    goals[i] = progress;
    const { attainment } = progress;
    const weight = goal.weight;
    const check = progress.status === "check";
    groups.brand.add(attainment, weight, check);
    groups.objectiveOf(goal.objectiveId)?.add(attainment, weight, check);
    if (progress.dimension !== null)
      groups.dimensions.get(progress.dimension)!.add(attainment, weight, check);
    groups.channelOf(goal.channel).sum.add(attainment, weight, check);
  }

  return {
    asOfMonth: ctx.asOfMonth,
    goals,
    objectives: plan.objectives.map((o) => ({
      id: o.id,
      ...(groups.objective(o.id) ?? new RollUpSum()).result(t),
    })),
    dimensions: Dimension.options.map((dimension) => ({
      dimension,
      ...groups.dimensions.get(dimension)!.result(t),
    })),
    channels: [...groups.channels.values()].map((g) => ({ channel: g.label, ...g.sum.result(t) })),
    brand: groups.brand.result(t),
  };
}
