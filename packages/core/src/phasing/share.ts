/**
 * s_M = Σ_{m≤M} w_m / Σ_m w_m: the share of the goal due by the end of month M. 0 when there is
 * no as-of month yet or nothing is due in the whole year (no active month).
 */
export function shareToMonth(weights: readonly number[], asOfMonth: number | null): number {
  if (asOfMonth === null) return 0;
  let upTo = 0;
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    total += w;
    if (i < asOfMonth) upTo += w;
  }
  return total === 0 ? 0 : upTo / total;
}

/** s_1..s_12 for dashboards and charts. */
export function cumulativeShares(weights: readonly number[]): number[] {
  return weights.map((_, i) => shareToMonth(weights, i + 1));
}
