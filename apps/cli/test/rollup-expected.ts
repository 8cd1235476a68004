import { ACTUALS, CHECK_GOAL, type ConfigBrand, type ConfigGoal, type Months } from "./rollup-fixture";

/**
 * An independent calculation of the roll-up's numbers from the config and the typed actuals,
 * written from docs/design.md#engine and #rollup (not from the engine's code), for the golden tests.
 */

const monthOf = (date: string | null | undefined, fallback: number): number => {
  if (!date) return fallback;
  const m = /^(?:\d{4})?-?-(\d{2})-\d{2}$/.exec(date);
  if (!m) throw new Error(`unexpected date ${date}`);
  return Number(m[1]);
};

function weights(brand: ConfigBrand, goal: ConfigGoal): number[] {
  const start = monthOf(goal.start, 1);
  const end = monthOf(goal.deadline, 12);
  const base =
    goal.phasing === "custom"
      ? (brand.phasing?.find((p) => p.goalId === goal.id)?.months ?? [])
      : goal.phasing
        ? (brand.settings?.seasonality?.find((s) => s.profile === goal.phasing)?.months ?? [])
        : Array<number>(12).fill(1);
  return base.map((w, i) => (i + 1 >= start && i + 1 <= end ? w : 0));
}

const upTo = (months: Months, M: number) => months.slice(0, M).filter((v): v is number => v !== null);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

interface ExpectedGoal {
  id: string;
  dimension: string;
  channel: string | null;
  direction: "increase" | "decrease";
  weight: number;
  attainment: number | null;
  ytdActual: number | null;
  ytdTarget: number;
}

function expectedGoals(brand: ConfigBrand, M: number): ExpectedGoal[] {
  const actuals = ACTUALS[brand.id] ?? {};
  return brand.goals.map((g) => {
    const w = weights(brand, g);
    const sM = sum(w.slice(0, M)) / sum(w);
    const T = g.target;
    const b = g.baseline ?? 0;
    const a = upTo(actuals[g.id] ?? [], M);
    let ytdActual: number | null = null;
    let ytdTarget = T;
    let attainment: number | null = null;
    const inc = g.direction === "increase";
    if (g.aggregation === "sum") {
      ytdTarget = T * sM;
      if (a.length > 0) {
        ytdActual = sum(a);
        attainment = inc ? ytdActual / ytdTarget : ytdTarget / ytdActual;
      }
    } else if (g.aggregation === "last") {
      ytdTarget = b + (T - b) * sM;
      if (a.length > 0) {
        ytdActual = a[a.length - 1] ?? null;
        attainment = ((ytdActual ?? 0) - b) / (ytdTarget - b);
      }
    } else {
      let values = a;
      if (g.aggregation === "ratio") {
        const num = actuals[g.numeratorGoalId ?? ""] ?? [];
        const den = actuals[g.denominatorGoalId ?? ""] ?? [];
        const both = [...Array(M).keys()].filter((i) => num[i] != null && den[i] != null);
        values = both.length ? [sum(both.map((i) => num[i] ?? 0)) / sum(both.map((i) => den[i] ?? 0))] : [];
      }
      if (values.length > 0) {
        ytdActual = g.aggregation === "ratio" ? (values[0] ?? 0) : sum(values) / values.length;
        attainment = inc ? ytdActual / T : T / ytdActual;
      }
    }
    // The check goal: its Target cannot be read, so it has no attainment and is left out.
    if (brand.id === CHECK_GOAL.brand && g.id === CHECK_GOAL.goal) attainment = null;
    return {
      id: g.id,
      dimension: g.dimension,
      channel: g.channel ?? null,
      direction: g.direction,
      weight: g.weight ?? 1,
      attainment,
      ytdActual,
      ytdTarget,
    };
  });
}

/** Weighted mean of attainment clamped to [0, 1] over goals with one (docs/design.md#engine roll-ups). */
function rollUp(goals: ExpectedGoal[]): number | null {
  const withData = goals.filter((g) => g.attainment !== null);
  if (withData.length === 0) return null;
  const w = sum(withData.map((g) => g.weight));
  return sum(withData.map((g) => g.weight * Math.min(Math.max(g.attainment ?? 0, 0), 1))) / w;
}

export function band(attainment: number | null): string {
  if (attainment === null) return "not_started";
  return attainment >= 0.95 ? "on_track" : attainment >= 0.8 ? "at_risk" : "off_track";
}

export interface ExpectedBrand {
  id: string;
  asOf: number;
  overall: number | null;
  dimensions: Record<string, number | null>;
  goals: ExpectedGoal[];
}

export function expectedBrand(brand: ConfigBrand, asOf?: number): ExpectedBrand {
  const M = asOf ?? Math.max(...Object.values(ACTUALS[brand.id] ?? {}).map((m) => m.length));
  const goals = expectedGoals(brand, M);
  const dimensions = Object.fromEntries(
    ["growth", "content", "conversion", "brand"].map((d) => [
      d,
      rollUp(goals.filter((g) => g.dimension === d)),
    ]),
  );
  return { id: brand.id, asOf: M, overall: rollUp(goals), dimensions, goals };
}

/** The portfolio: each brand counts once (docs/design.md#rollup). */
export function expectedPortfolio(brands: ExpectedBrand[]) {
  const mean = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length ? sum(v) / v.length : null;
  };
  return {
    overall: mean(brands.map((b) => b.overall)),
    dimensions: Object.fromEntries(
      ["growth", "content", "conversion", "brand"].map((d) => [
        d,
        mean(brands.map((b) => b.dimensions[d] ?? null)),
      ]),
    ),
  };
}
