import { cellAt } from "@planbook/excel-sim";
import { describe, expect, it } from "vitest";
import { syncsAndPayloads } from "./scale-check";
import { bigSim } from "./sim-fixtures";
import { validateGoals } from "./validate";

const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;

/** 10,000 goals, the size where the 5 MB limit bites, is in scale.system.test.ts (≈45 s). */
describe("round trips and payloads do not grow with the plan", () => {
  it("validate and refresh take 3 syncs each at 10 and 1,000 goals; the refresh write does not grow", async () => {
    await syncsAndPayloads([10, 1000]);
  }, 300_000);

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
