import { type Language, Plan } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { goalRowFormulas } from "../formulas/goal";
import { columnLetters } from "../grid/a1";
import { TABLE_NAMES } from "../grid/table-names";
import { HEADER_COLOUR, TOOL_COLOUR, TOOL_HEADER_COLOUR } from "../layout/colours";
import { CAPTION_CELL_FONT, HEADER_CELL_FONT, HELP_CELL_FONT } from "../layout/fonts";
import { COUNT_FORMAT, PERCENT_FORMAT } from "../layout/formats";
import { SPARE_ROWS, TABLE_HEADER_ROW } from "../layout/grid";
import { COLUMN_LISTS } from "../layout/lists";
import { SEASONALITY_HEADER_ROW } from "../layout/settings";
import { SHEETS, TABLES } from "../layout/spec";
import { defaultRefs } from "../layout/table-refs";
import { planAsRendered } from "../write/rendered-plan";
import { placeWorkbook, SPARE_FORMULA_ROWS } from "./placement";

const goal = (id: string, unit: "count" | "percent", metric: string) => ({
  id,
  objectiveId: "O1",
  dimension: "growth",
  metric,
  channel: "抖音",
  unit,
  aggregation: unit === "percent" ? "average" : "sum",
  direction: "increase",
  baseline: unit === "percent" ? 0.02 : 1000,
  target: unit === "percent" ? 0.05 : 5000,
  start: "2027-01-01",
  deadline: "2027-12-31",
  phasing: "linear",
});

function plan(lang: Language) {
  return planAsRendered(
    Plan.parse({
      brand: { id: "demo", name: "Demo" },
      year: 2027,
      goals: [goal("G1", "count", "New followers"), goal("G2", "percent", "Engagement rate")],
      objectives: [{ id: "O1", objective: "A rather long objective that does not fit in the column at all" }],
    }),
    lang,
  );
}

describe("placeWorkbook", () => {
  const placed = placeWorkbook(plan("en"), "en");

  it("places every table of the layout once, in spec order, on its sheet", () => {
    expect(placed.sheets.map((s) => s.spec.key)).toEqual(SHEETS.map((s) => s.key));
    expect(placed.sheets.flatMap((s) => s.tables.map((t) => t.name))).toEqual(TABLES.map((t) => t.name));
    expect(placed.table("tblGoals").name).toBe("tblGoals");
    // The literal union names exactly the spec's tables.
    expect([...TABLE_NAMES].sort()).toEqual(TABLES.map((t) => t.name).sort());
  });

  it("puts tables of one sheet side by side, one empty column apart, captions and help above", () => {
    const insights = placed.sheets.find((s) => s.spec.key === "insights")!;
    expect(insights.tables).toHaveLength(3);
    let next = 1;
    for (const t of insights.tables) {
      expect(t.firstColumn).toBe(next);
      expect(t.lastColumn - t.firstColumn + 1).toBe(t.spec.columns.length);
      expect(t.headerRow).toBe(TABLE_HEADER_ROW);
      expect(t.caption).toEqual({
        row: TABLE_HEADER_ROW - 2,
        column: t.firstColumn,
        text: t.spec.caption.en,
        font: CAPTION_CELL_FONT,
      });
      expect(t.help).toEqual({
        row: TABLE_HEADER_ROW - 1,
        column: t.firstColumn,
        text: t.spec.help.en,
        font: HELP_CELL_FONT,
      });
      next = t.lastColumn + 2;
    }
    expect(placed.table("tblSeasonality").headerRow).toBe(SEASONALITY_HEADER_ROW);
  });

  it("gives tblGoals its goals plus spare rows, every row carrying the tool-owned formulas", () => {
    const goals = placed.table("tblGoals");
    expect(goals.rows).toHaveLength(2 + SPARE_FORMULA_ROWS);
    expect([goals.firstRow, goals.lastRow]).toEqual([
      TABLE_HEADER_ROW + 1,
      TABLE_HEADER_ROW + 2 + SPARE_FORMULA_ROWS,
    ]);
    expect(goals.checkedLastRow).toBe(goals.lastRow + SPARE_ROWS);
    const tool = goals.columns.filter((c) => c.toolOwned);
    expect(tool.length).toBeGreaterThan(5);
    for (const c of goals.columns) expect(c.formula !== null, c.spec.key).toBe(c.toolOwned);
    const row = goals.lastRow;
    const expected = goalRowFormulas(defaultRefs("en", row, goals.firstColumn), "en");
    for (const c of tool) {
      expect(c.formula?.a1(row)).toBe(expected[c.spec.key as keyof typeof expected]);
      // The R1C1 text is the same formula: its same-row references resolve to the A1 ones.
      const resolved = c.formula?.r1c1.replace(
        /RC(?:\[(-?\d+)\])?(?![\d[])/g,
        (_, n) => `${columnLetters(c.column + Number(n ?? 0))}${row}`,
      );
      expect(resolved, c.spec.key).toBe(c.formula?.a1(row));
    }
    // Tables without tool-owned formulas keep their rows as written.
    expect(placed.table("tblObjectives").rows).toHaveLength(1);
  });

  it("formats goal values in each goal's unit, spare rows unformatted, ratios as percent", () => {
    const goals = placed.table("tblGoals");
    const target = goals.columns.find((c) => c.spec.key === "target")!;
    expect([target.numberFormat(0), target.numberFormat(1), target.numberFormat(2)]).toEqual([
      COUNT_FORMAT.en,
      PERCENT_FORMAT,
      undefined,
    ]);
    const attainment = goals.columns.find((c) => c.spec.key === "attainment")!;
    expect(attainment.numberFormat(5)).toBe(PERCENT_FORMAT);
    const actuals = placed.table("tblActuals");
    const jan = actuals.columns.find((c) => c.spec.key === "months.0")!;
    expect([jan.numberFormat(0), jan.numberFormat(1)]).toEqual([COUNT_FORMAT.en, PERCENT_FORMAT]);
  });

  it("checks input columns only, lists from the plan's tables by workbook name", () => {
    for (const sheet of placed.sheets)
      for (const t of sheet.tables)
        for (const c of t.columns) {
          if (c.toolOwned) expect(c.check).toBeNull();
          const listed = COLUMN_LISTS[`${t.name}.${c.spec.key}`];
          if (listed) expect(c.check).toMatchObject({ type: "list", source: listed.list, reference: true });
        }
  });

  it("unlocks the operator's input cells and fills the tool-owned ones, headers in the header colours", () => {
    const columns = placed.sheets.flatMap((s) => s.tables.flatMap((t) => t.columns));
    for (const c of columns) {
      expect([c.unlocked, c.fill], c.spec.key).toEqual(c.toolOwned ? [false, TOOL_COLOUR] : [true, null]);
      expect(c.headerFill, c.spec.key).toBe(c.toolOwned ? TOOL_HEADER_COLOUR : HEADER_COLOUR);
    }
    expect(columns.filter((c) => c.toolOwned).length).toBeGreaterThan(3);
    expect(columns.filter((c) => !c.toolOwned).length).toBeGreaterThan(30);
  });

  it("fits widths to the spec, the header and the text written, hiding helper columns", () => {
    const objective = placed.table("tblObjectives").columns.find((c) => c.spec.key === "objective")!;
    expect(objective.width).toBeGreaterThan(objective.spec.width ?? 0);
    for (const c of placed.table("tblGoals").columns) {
      expect(c.width).toBeGreaterThanOrEqual(c.spec.width ?? 10);
      expect(c.hidden).toBe(!!c.spec.hidden);
    }
    expect(placed.table("tblGoals").columns.some((c) => c.hidden)).toBe(true);
  });

  it("draws the week view and the budget summary one empty column right of their tables", () => {
    const campaigns = placed.table("tblCampaigns");
    expect(campaigns.weekView?.firstColumn).toBe(campaigns.lastColumn + 2);
    expect(campaigns.weekView?.lastRow).toBeGreaterThan(campaigns.lastRow);
    const budget = placed.table("tblBudget");
    expect(budget.budgetSummary?.labelColumn).toBe(budget.lastColumn + 2);
    expect(budget.budgetSummary?.rows.map((r) => r.row)).toEqual([5, 6, 7, 8]);
    // Remaining = planned (row 5) − spent (row 6), both in the value column beside the labels.
    const [p, s] = [5, 6].map((r) => `${columnLetters(budget.lastColumn + 3)}${r}`);
    expect(budget.budgetSummary?.rows[2]?.formula).toBe(
      `IF(AND(ISNUMBER(${p}),ISNUMBER(${s})),${p}-${s},"⚠")`,
    );
    // Its title row looks like a table header; its values are tool-owned formulas.
    expect(budget.budgetSummary).toMatchObject({
      headerFont: HEADER_CELL_FONT,
      headerFill: HEADER_COLOUR,
      valueFill: TOOL_COLOUR,
    });
    const others = placed.sheets.flatMap((s) => s.tables).filter((t) => t !== campaigns && t !== budget);
    expect(others.every((t) => t.weekView === null && t.budgetSummary === null)).toBe(true);
  });

  it("colours the Status column of tblGoals down to the checked rows", () => {
    const goals = placed.table("tblGoals");
    expect(goals.statusFills).toEqual({
      column: goals.columnOf("status"),
      firstRow: goals.firstRow,
      lastRow: goals.checkedLastRow,
    });
    expect(placed.sheets.flatMap((s) => s.tables).filter((t) => t.statusFills)).toHaveLength(1);
  });

  it("freezes the header rows of table sheets and the ID columns of wide ones", () => {
    const freeze = Object.fromEntries(placed.sheets.map((s) => [s.spec.key, s.freeze]));
    expect(freeze.goals).toEqual({ rows: TABLE_HEADER_ROW, columns: 1 });
    expect(freeze.campaigns).toEqual({ rows: TABLE_HEADER_ROW, columns: 2 });
    expect(freeze.review).toEqual({ rows: TABLE_HEADER_ROW, columns: 0 });
    expect(freeze.settings).toBeNull();
    expect(freeze.guide).toBeNull();
  });

  it("freezes columns only on one-table sheets, from the table's ID column, and on every sheet wider than a screen", () => {
    for (const sheet of SHEETS) {
      const [table, ...others] = sheet.tables;
      if (sheet.frozenColumns) {
        expect(others, sheet.key).toHaveLength(0);
        expect(table?.columns[0]?.kind.type, sheet.key).toBe("id");
        expect(sheet.frozenColumns, sheet.key).toBeLessThan(table!.columns.length);
      } else if (sheet.kind === "tables" && others.length === 0) {
        // A wide sheet scrolled right would lose which row is which.
        expect(table!.columns.length, sheet.key).toBeLessThanOrEqual(12);
      }
    }
  });

  it("uses the workbook's language for captions, headers and sheet names", () => {
    const zh = placeWorkbook(plan("zh-CN"), "zh-CN");
    expect(zh.table("tblGoals").caption.text).toBe("目标");
    expect(zh.table("tblGoals").columns[0]?.header).toBe("目标编号");
    expect(zh.sheets.map((s) => s.name)).toEqual(SHEETS.map((s) => s.name["zh-CN"]));
  });
});
