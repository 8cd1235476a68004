import { Plan } from "@planbook/core";

/**
 * Test support: a plan of `goals` goals (2027) for the binding's tests. Goals cycle through the
 * dimensions, three objectives, three channels and the aggregations sum/last/average; actuals are
 * filled for Jan–Mar. Planted defects: G2 has no Target (goal.target.missing, error), G3 names a
 * channel not in the matrix (goal.channel.unknown, error), G5 has no Owner (goal.owner.missing,
 * warning).
 */
export function planWithGoals(goals: number): Plan {
  const dimensions = ["growth", "content", "conversion", "brand"] as const;
  const aggregations = ["sum", "last", "average"] as const;
  const channels = ["小红书", "抖音", "微信"];
  const ids = Array.from({ length: goals }, (_, i) => `G${i + 1}`);
  return Plan.parse({
    brand: { id: "lumen", name: "Lumen" },
    year: 2027,
    language: "zh-CN",
    settings: { asOfMonth: 3 },
    objectives: [1, 2, 3].map((n) => ({ id: `O${n}`, objective: `Objective ${n}`, weight: 1 })),
    strategies: [1, 2, 3].map((n) => ({
      id: `S${n}`,
      area: "content",
      strategy: `Strategy ${n}`,
      goalIds: ids.filter((_, i) => i % 3 === n - 1),
    })),
    channels: channels.map((c) => ({ channel: c, platform: c, role: "core", maxConcurrentCampaigns: 2 })),
    goals: ids.map((id, i) => ({
      id,
      objectiveId: `O${(i % 3) + 1}`,
      dimension: dimensions[i % 4],
      metric: `Metric ${i + 1}`,
      channel: i === 2 ? "快手" : channels[i % 3],
      unit: "count",
      aggregation: aggregations[i % 3],
      direction: "increase",
      baseline: 1000 + i,
      target: i === 1 ? null : 2000 + 2 * i,
      start: "2027-01-01",
      deadline: "2027-12-31",
      phasing: "linear",
      owner: i === 4 ? null : "Li Na",
      strategyIds: [`S${(i % 3) + 1}`],
      weight: 1,
    })),
    actuals: ids.map((id, i) => ({
      goalId: id,
      months: [100 + i, 120 + i, 150 + i, null, null, null, null, null, null, null, null, null],
    })),
  });
}
