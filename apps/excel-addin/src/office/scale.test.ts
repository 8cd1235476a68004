import { cellAt } from "@planbook/excel-sim";
import { describe, expect, it } from "vitest";
import { testSize } from "../../../../test-support/size";
import { syncsAndPayloads } from "./scale-check";
import { bigSim } from "./sim-fixtures";
import { validateGoals } from "./validate";

const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;

/**
 * 10,000 goals, the size where the 5 MB limit bites, is in scale.system.test.ts (≈45 s). The fast
 * loop (test-support/size.ts) runs these checks on fewer goals, with the budgets scaled to match.
 */
const LARGE = testSize({ full: 1000, fast: 200 });
const MARKED = testSize({ full: 2000, fast: 400 });
/** Byte budgets below are written for 2,000 marks (≈350 bytes each). */
const scaled = (bytes: number) => (bytes * MARKED) / 2000;

describe("round trips and payloads do not grow with the plan", () => {
  it(`validate and refresh take 3 syncs each at 10 and ${LARGE} goals; the refresh write does not grow`, async () => {
    await syncsAndPayloads([10, LARGE]);
  }, 300_000);

  it("splits the write into more syncs only when it would pass the payload budget", async () => {
    const sim = await bigSim(MARKED, "en");
    sim.options.payloadLimitBytes = scaled(1_000_000);
    const goals = sim.workbook.tables.find((t) => t.name === "tblGoals")!;
    const header = [...goals.sheet.rows.get(goals.rect.r0)!.entries()];
    const owner = header.find(([, c]) => c.value === "Owner")![0];
    // Every goal without an owner: a warning mark with a note each, about 0.7 MB in one request at 2,000.
    for (let r = goals.rect.r0 + 1; r <= goals.rect.r1; r++) cellAt(goals.sheet, r, owner).value = "";
    const result = await sim.run((ctx) =>
      validateGoals(asExcel(ctx), { lang: "en", requestBudgetBytes: scaled(200_000) }),
    );
    expect(result.summary.marked).toBeGreaterThanOrEqual(MARKED);
    const writes = sim.stats.records.slice(2);
    expect(writes.length).toBeGreaterThan(2);
    expect(Math.max(...writes.map((w) => w.requestBytes))).toBeLessThan(scaled(250_000));
    expect(writes.reduce((n, w) => n + w.requestBytes, 0)).toBeGreaterThan(scaled(500_000));
    // With the default budget and Excel's 5 MB limit the same write is a single sync.
    const again = await bigSim(MARKED, "en");
    const g = again.workbook.tables.find((t) => t.name === "tblGoals")!;
    for (let r = g.rect.r0 + 1; r <= g.rect.r1; r++) cellAt(g.sheet, r, owner).value = "";
    await again.run((ctx) => validateGoals(asExcel(ctx), { lang: "en" }));
    expect(again.stats.syncs).toBe(3);
  }, 300_000);
});
