import type { Goal, MonthlyRow, Objective, Plan, Strategy } from "../src";
import { Plan as PlanSchema } from "../src";

/** mulberry32: a small seeded PRNG, so every run benchmarks the same plan. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const METRICS = [
  "阅读量",
  "新增粉丝",
  "粉丝数",
  "Video views",
  "互动量",
  "获客成本",
  "销售额",
  "品牌搜索指数",
  "负面舆情数",
];
const DECREASING = new Set(["获客成本", "负面舆情数"]);
const CHANNELS = ["微信公众号", "视频号", "抖音", "小红书", "微博", "B站", "知乎", null];
const PROFILES = ["电商大促", "Peak Q4", "暑期"];

const row = (goalId: string, months: (number | null)[]): MonthlyRow => ({ goalId, months, unreadable: [] });

/**
 * A plan with `size` goals and 12 months of actuals for each: a mix of metrics (so every
 * aggregation runs), channels, objectives, linear / seasonal / custom phasing, partial-year
 * periods, ratio goals with components and some blank months.
 */
export function generatePlan(size: number, seed = 20270101): Plan {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const objectives: Objective[] = Array.from({ length: 20 }, (_, i) => ({
    id: `O${i + 1}`,
    objective: `Objective ${i + 1}`,
    role: null,
    weight: 1 + (i % 3),
    unreadable: [],
  }));
  const strategies: Strategy[] = Array.from({ length: 30 }, (_, i) => ({
    id: `S${i + 1}`,
    area: "content",
    strategy: `Strategy ${i + 1}`,
    description: null,
    goalIds: [],
    owner: "Ops",
    keyActions: null,
    unreadable: [],
  }));
  const goals: Goal[] = [];
  const actuals: MonthlyRow[] = [];
  const phasing: MonthlyRow[] = [];
  for (let i = 0; i < size; i++) {
    const id = `G${i + 1}`;
    const isRatio = i % 10 === 9;
    const metric = isRatio ? "互动率" : pick(METRICS);
    const kind = rnd();
    const phasingText = kind < 0.6 ? "linear" : kind < 0.8 ? pick(PROFILES) : "custom";
    const startMonth = rnd() < 0.2 ? 1 + Math.floor(rnd() * 6) : null;
    const baseline = Math.round(rnd() * 10_000);
    goals.push({
      id,
      objectiveId: `O${1 + Math.floor(rnd() * 20)}`,
      dimension: null,
      metric,
      // One goal in 50 names a channel outside the matrix: a defect validation must report.
      channel: i % 50 === 49 ? "Threads" : pick(CHANNELS),
      unit: null,
      aggregation: null,
      direction: null,
      baseline: isRatio ? 0.03 : baseline,
      // A plausible plan: +10% to +200% on the baseline (MaxGrowth is 3), so findings stay the
      // exception, as in a plan people work with; defects are planted below at a known rate.
      target: isRatio
        ? 0.05
        : DECREASING.has(metric)
          ? Math.round(baseline * (0.5 + rnd() * 0.4))
          : Math.round(baseline * (1.1 + rnd() * 1.9)) + 1,
      start: startMonth === null ? null : `2027-${String(startMonth).padStart(2, "0")}-01`,
      deadline: null,
      phasing: phasingText,
      owner: "Ops",
      strategyIds: [`S${1 + Math.floor(rnd() * 30)}`],
      numeratorGoalId: isRatio ? `G${i}` : null,
      denominatorGoalId: isRatio ? `G${i - 1}` : null,
      weight: rnd() < 0.5 ? null : 1 + Math.floor(rnd() * 3),
      notes: null,
      unreadable: [],
    });
    actuals.push(
      row(
        id,
        Array.from({ length: 12 }, () => (rnd() < 0.05 ? null : Math.round(rnd() * 10_000))),
      ),
    );
    if (phasingText === "custom")
      phasing.push(
        row(
          id,
          Array.from({ length: 12 }, () => 1 + Math.floor(rnd() * 4)),
        ),
      );
  }
  // Only the small skeleton goes through zod; the rows are built already in their parsed shape.
  const skeleton = PlanSchema.parse({
    brand: { id: "bench", name: "Bench" },
    year: 2027,
    settings: {
      seasonality: PROFILES.map((profile, p) => ({
        profile,
        months: Array.from({ length: 12 }, (_, m) => 1 + ((m + p) % 4)),
      })),
    },
  });
  const channels = CHANNELS.filter((c): c is string => c !== null).map((channel) => ({
    channel,
    platform: channel,
    account: null,
    positioning: null,
    role: null,
    postsPerWeek: 5,
    owner: "Ops",
    followersBaseline: null,
    maxConcurrentCampaigns: null,
    unreadable: [],
  }));
  return { ...skeleton, objectives, strategies, channels, goals, actuals, phasing };
}
