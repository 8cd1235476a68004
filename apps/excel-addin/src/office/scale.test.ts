import { cellAt } from "@planbook/excel-sim";
import { describe, expect, it } from "vitest";
import { refreshProgress } from "./refresh";
import { bigSim } from "./sim-fixtures";
import { validateGoals } from "./validate";

const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;
const FIVE_MB = 5 * 1024 * 1024;

describe("round trips and payloads do not grow with the plan", () => {
  it("validate and refresh take 3 syncs each at 10, 1,000 and 10,000 goals, every request and response under 5 MB", async () => {
    const rows: string[] = [];
    let firstWrite = 0;
    for (const goals of [10, 1000, 10_000]) {
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
  }, 900_000);

  it("splits the write into more syncs only when it would pass the payload budget", async () => {
    const sim = await bigSim(2000, "en");
    sim.options.payloadLimitBytes = 1_000_000;
    const goals = sim.workbook.tables.find((t) => t.name === "tblGoals")!;
    const header = [...goals.sheet.rows.get(goals.rect.r0)!.entries()];
    const owner = header.find(([, c]) => c.value === "Owner")![0];
    // Every goal without an owner: 2,000 warning marks with notes, about 0.7 MB in one request.
    for (let r = goals.rect.r0 + 1; r <= goals.rect.r1; r++) cellAt(goals.sheet, r, owner).value = "";
    const result = await sim.run((ctx) =>
      validateGoals(asExcel(ctx), { lang: "en", requestBudgetBytes: 200_000 }),
    );
    expect(result.summary.marked).toBeGreaterThanOrEqual(2000);
    const writes = sim.stats.records.slice(2);
    expect(writes.length).toBeGreaterThan(2);
    expect(Math.max(...writes.map((w) => w.requestBytes))).toBeLessThan(250_000);
    expect(writes.reduce((n, w) => n + w.requestBytes, 0)).toBeGreaterThan(500_000);
    // With the default budget and Excel's 5 MB limit the same write is a single sync.
    const again = await bigSim(2000, "en");
    const g = again.workbook.tables.find((t) => t.name === "tblGoals")!;
    for (let r = g.rect.r0 + 1; r <= g.rect.r1; r++) cellAt(g.sheet, r, owner).value = "";
    await again.run((ctx) => validateGoals(asExcel(ctx), { lang: "en" }));
    expect(again.stats.syncs).toBe(3);
  }, 300_000);
});
