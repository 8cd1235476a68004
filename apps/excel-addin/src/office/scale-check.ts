import { expect } from "vitest";
import { refreshProgress } from "./refresh";
import { bigSim } from "./sim-fixtures";
import { validateGoals } from "./validate";

const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;
const FIVE_MB = 5 * 1024 * 1024;

/**
 * Validate goals and Refresh progress on plans of each size: 3 syncs each whatever the size, every
 * request and response under Excel's 5 MB limit, and a refresh write that does not grow with the
 * goals. Shared by the unit loop (small sizes) and scale.system.test.ts (10,000 goals).
 */
export async function syncsAndPayloads(sizes: readonly number[]): Promise<void> {
  const rows: string[] = [];
  let firstWrite = 0;
  for (const goals of sizes) {
    const sim = await bigSim(goals, "zh-CN");
    const validated = await sim.run((ctx) => validateGoals(asExcel(ctx), { lang: "zh-CN" }));
    const validateSyncs = sim.stats.syncs;
    const validateMax = [sim.stats.maxRequestBytes, sim.stats.maxResponseBytes];
    expect(validated.summary.goals).toBe(goals);
    sim.stats.reset();
    const refreshed = await sim.run((ctx) => refreshProgress(asExcel(ctx), { lang: "zh-CN" }));
    expect(refreshed.progress.goals).toHaveLength(goals);
    expect(refreshed.formulasSkipped).toBeNull();
    const refreshSyncs = sim.stats.syncs;
    const refreshWrite = sim.stats.records[2]!.requestBytes;
    rows.push(
      `${goals} goals: validate ${validateSyncs} syncs (max request ${validateMax[0]} B, max response ${validateMax[1]} B); refresh ${refreshSyncs} syncs (write request ${refreshWrite} B, max response ${sim.stats.maxResponseBytes} B)`,
    );
    expect([validateSyncs, refreshSyncs]).toEqual([3, 3]);
    expect(Math.max(...validateMax, sim.stats.maxRequestBytes, sim.stats.maxResponseBytes)).toBeLessThan(
      FIVE_MB,
    );
    // One formula per column: the refresh write does not grow with the number of goals. (Its
    // constant part is mostly the monthly chart's twelve Phase Share formulas, ~85 KB.)
    firstWrite ||= refreshWrite;
    expect(refreshWrite).toBeLessThan(200_000);
    expect(Math.abs(refreshWrite - firstWrite)).toBeLessThan(5_000);
  }
  console.log(rows.join("\n"));
}
