import { describe, expect, it } from "vitest";
import { requireGoals } from "./goals-placement";
import { readSnapshot } from "./read";
import { changedKeys, fingerprint, simOf } from "./sim-fixtures";
import { WriteBudget } from "./write-budget";
import { writeCheckColumn } from "./write-check-column";

const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;

describe("writeCheckColumn", () => {
  it("queues the Check column's cells as one block, syncing nothing itself, and writes no other cell", async () => {
    const sim = await simOf(10, "en");
    const before = fingerprint(sim.workbook);
    let check: string[] = [];
    let queuedWithoutSync = false;
    await sim.run(async (ctx) => {
      const context = asExcel(ctx);
      const goals = requireGoals(await readSnapshot(context, { lang: "en", notes: false }), "en");
      check = goals.raw.rows.map((_, i) => `row ${i + 1}`);
      const syncs = sim.stats.syncs;
      const budget = new WriteBudget(context, { lang: "en", what: "write.check" });
      await writeCheckColumn(context.workbook, goals, check, budget);
      queuedWithoutSync = sim.stats.syncs === syncs;
      await budget.flush();
    });
    expect(queuedWithoutSync).toBe(true);
    expect(sim.stats.syncs).toBe(3);
    const goals = sim.workbook.tables.find((t) => t.name === "tblGoals")!;
    const checkCol = [...goals.sheet.rows.get(goals.rect.r0)!.entries()].find(
      ([, c]) => c.value === "Check",
    )![0];
    const written = check.map((_, i) => goals.sheet.rows.get(goals.rect.r0 + 1 + i)?.get(checkCol)?.value);
    expect(written).toEqual(check);
    const changed = changedKeys(before, fingerprint(sim.workbook));
    expect(changed.length).toBe(check.length);
    expect(changed.every((k) => k.startsWith("Goals!"))).toBe(true);
  });
});
