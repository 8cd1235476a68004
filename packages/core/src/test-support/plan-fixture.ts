import type { z } from "zod";
import { Goal, type MonthlyValues, Plan, type PlanInput } from "../model/plan";

/** Test support: a parsed plan of year 2027 with defaults for everything not given. */
export function planOf(input: Partial<PlanInput> = {}): Plan {
  return Plan.parse({ brand: { id: "lumen", name: "Lumen" }, year: 2027, ...input });
}

export function goalOf(input: z.input<typeof Goal>): Goal {
  return Goal.parse(input);
}

/** Twelve monthly values from the first few (the rest blank). */
export function monthsOf(...values: (number | null)[]): MonthlyValues {
  return Array.from({ length: 12 }, (_, i) => values[i] ?? null);
}
