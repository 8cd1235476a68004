import { bandOf, type Thresholds } from "./status";
import type { RollUp } from "./types";

export interface RollUpItem {
  attainment: number | null;
  /** A `check` goal is left out (and counted as such). */
  check?: boolean;
  /** The goal's Weight; blank, negative or not a number counts as 1. */
  weight: number | null;
}

function rollUpWeight(weight: number | null): number {
  return weight === null || !Number.isFinite(weight) || weight < 0 ? 1 : weight;
}

/**
 * A roll-up summed as goals come: lets one pass over a plan's goals feed the objective,
 * dimension, channel and brand roll-ups at once, adding in goal order just as `rollUp` does.
 */
export class RollUpSum {
  private weighted = 0;
  private totalWeight = 0;
  private goals = 0;
  private leftOut = 0;

  /** `check`: the goal's status could not be computed; it is counted as left out, not averaged. */
  add(attainment: number | null, weight: number | null, check = false): void {
    if (check) {
      this.leftOut++;
      return;
    }
    if (attainment === null) return;
    const w = rollUpWeight(weight);
    this.weighted += w * Math.min(Math.max(attainment, 0), 1);
    this.totalWeight += w;
    this.goals++;
  }

  result(t: Thresholds): RollUp {
    const { goals, leftOut } = this;
    if (this.totalWeight === 0) return { attainment: null, status: "not_started", goals, leftOut };
    const attainment = this.weighted / this.totalWeight;
    return { attainment, status: bandOf(attainment, t), goals, leftOut };
  }
}

/**
 * Weighted mean of the goals' attainments clamped to [0, 1] (one goal far ahead must not hide
 * another one behind), over the goals that have an attainment. A group is never `achieved`.
 */
export function rollUp(items: Iterable<RollUpItem>, t: Thresholds): RollUp {
  const sum = new RollUpSum();
  for (const item of items) sum.add(item.attainment, item.weight, item.check === true);
  return sum.result(t);
}
