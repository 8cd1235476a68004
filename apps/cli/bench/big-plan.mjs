import { Plan } from "@planbook/core";

/** The large bench plan: `goals` goals × 12 months of actuals, 500 campaigns, 5,000 content rows. */
export function bigPlan(goals) {
  const dims = ["growth", "content", "conversion", "brand"];
  const aggs = ["sum", "last", "average", "sum"];
  const channels = ["Instagram", "TikTok", "YouTube", "WeChat", "Weibo"];
  return Plan.parse({
    brand: { id: "big", name: "Big Brand" },
    year: 2027,
    language: "en",
    objectives: Array.from({ length: 20 }, (_, i) => ({
      id: `O${i + 1}`,
      objective: `Objective ${i + 1}`,
      weight: 1,
    })),
    channels: channels.map((channel) => ({ channel, maxConcurrentCampaigns: 200 })),
    strategies: Array.from({ length: 40 }, (_, i) => ({
      id: `S${i + 1}`,
      area: "content",
      strategy: `Strategy ${i + 1}`,
      goalIds: [`G${i + 1}`],
    })),
    goals: Array.from({ length: goals }, (_, i) => ({
      id: `G${i + 1}`,
      objectiveId: `O${(i % 20) + 1}`,
      dimension: dims[i % 4],
      metric: `Metric ${i + 1}`,
      channel: channels[i % channels.length],
      unit: "count",
      aggregation: aggs[i % 4],
      direction: "increase",
      baseline: 1000 + i,
      target: 2000 + i * 2,
      owner: "Owner",
      strategyIds: [`S${(i % 40) + 1}`],
    })),
    actuals: Array.from({ length: goals }, (_, i) => ({
      goalId: `G${i + 1}`,
      months: Array.from({ length: 12 }, (_, m) => 100 + ((i * 7 + m * 13) % 97)),
    })),
    campaigns: Array.from({ length: 500 }, (_, i) => {
      const mm = String((i % 12) + 1).padStart(2, "0");
      return {
        id: `C${i + 1}`,
        name: `Campaign ${i + 1}`,
        start: `2027-${mm}-01`,
        end: `2027-${mm}-20`,
        channels: [channels[i % channels.length]],
        goalIds: [`G${(i % goals) + 1}`],
        budget: 1000,
        status: "planned",
      };
    }),
    content: Array.from({ length: 5000 }, (_, i) => {
      const m = String((i % 12) + 1).padStart(2, "0");
      const d = String((i % 28) + 1).padStart(2, "0");
      return {
        date: `2027-${m}-${d}`,
        channel: channels[i % channels.length],
        topic: `Post ${i + 1}`,
        stage: "published",
        goalId: `G${(i % goals) + 1}`,
      };
    }),
    budget: [{ category: "Campaigns", item: "All", planned: 10_000_000 }],
  });
}
