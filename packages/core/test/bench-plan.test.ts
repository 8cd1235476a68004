import { describe, expect, it } from "vitest";
import { generatePlan } from "../bench/generate";
import { validatePlan } from "../src";

describe("the bench plan", () => {
  it("is plausible: findings only where defects are planted", () => {
    const plan = generatePlan(1000);
    const counts: Record<string, number> = {};
    for (const f of validatePlan(plan)) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    expect(counts).toEqual({ "goal.channel.unknown": 20 });
  });
});
