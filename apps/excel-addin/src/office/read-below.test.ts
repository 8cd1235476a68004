import { describe, expect, it } from "vitest";
import { ROWS_BELOW, readRawWorkbook } from "./read";
import { simOf } from "./sim-fixtures";
import { validateGoals } from "./validate";

const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;

describe("rows typed directly below a table (docs/design.md#reading)", () => {
  it("are read with the table's other rows and reported once, in the same three syncs", async () => {
    const sim = await simOf(10, "en");
    const actuals = sim.workbook.tables.find((t) => t.name === "tblActuals");
    if (!actuals) throw new Error("no tblActuals");
    const row = actuals.rect.r1 + 1;
    const col = (n: number) => String.fromCharCode(64 + actuals.rect.c0 + n);
    // a goal id no row of tblGoals has, and two months; then a blank row, then more (not read)
    sim.edit(`${actuals.sheet.name}!${col(0)}${row}:${col(2)}${row}`, [["G99", 10, 20]]);
    sim.edit(`${actuals.sheet.name}!${col(0)}${row + 2}`, "far below");

    const raw = await sim.run((ctx) => readRawWorkbook(asExcel(ctx), { lang: "en" }));
    const table = raw.tables.find((t) => t.name === "tblActuals");
    expect(table?.below).toHaveLength(1);
    expect(table?.below?.[0]?.slice(0, 3)).toEqual(["G99", 10, 20]);

    const before = sim.stats.syncs;
    const result = await sim.run((ctx) => validateGoals(asExcel(ctx), { lang: "en" }));
    expect(sim.stats.syncs - before).toBe(3);
    const outside = result.findings.filter((f) => f.rule === "sheet.rows.outside-table");
    expect(outside).toHaveLength(1);
    expect(outside[0]?.cell).toBe(`${col(0)}${row}`);
    expect(result.findings.some((f) => f.rule === "actual.unknown-goal" && f.ref === "G99")).toBe(true);
    expect(ROWS_BELOW).toBeGreaterThanOrEqual(100);
  });
});
