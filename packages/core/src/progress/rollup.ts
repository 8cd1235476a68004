import { bandOf, type Thresholds } from "./status";
import type { RollUp } from "./types";

export interface RollUpItem {
  attainment: number | null;
  /** The goal's Weight; blank, negative or not a number counts as 1. */
  weight: number | null;
}

export function rollUpWeight(weight: number | null): number {
  return weight === null || !Number.isFinite(weight) || weight < 0 ? 1 : weight;
}

/**
 * Weighted mean of the goals' attainments clamped to [0, 1] (one goal far ahead must not hide
 * another one behind), over the goals that have an attainment. A group is never `achieved`.
 */
export function rollUp(items: Iterable<RollUpItem>, t: Thresholds): RollUp {
  let weighted = 0;
  let totalWeight = 0;
  let goals = 0;
  for (const item of items) {
    if (item.attainment === null) continue;
    const w = rollUpWeight(item.weight);
    weighted += w * Math.min(Math.max(item.attainment, 0), 1);
    totalWeight += w;
    goals++;
  }
  if (totalWeight === 0) return { attainment: null, status: "not_started", goals };
  const attainment = weighted / totalWeight;
  return { attainment, status: bandOf(attainment, t), goals };
}
