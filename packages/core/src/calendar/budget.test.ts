import { describe, expect, it } from "vitest";
import { BudgetLine, Plan } from "../model/plan";
import { budgetExecution, budgetLineFindings } from "./budget";
import { campaignFindings } from "./campaign-findings";

const line = (more: Partial<BudgetLine>) => BudgetLine.parse({ category: "Ads", item: "Douyin", ...more });

describe("budgetExecution", () => {
  it("takes spent, remaining and rate from Spent, not from Actual", () => {
    const e = budgetExecution([
      line({ planned: 100, actual: 90, spent: 40 }),
      line({ planned: 300, actual: 10, spent: null }),
    ]);
    expect(e).toEqual({ planned: 400, spent: 40, remaining: 360, rate: 0.1, spentFrom: "spent" });
  });

  it("plans a line without Planned by its quarters, as budget.exceeded does", () => {
    const e = budgetExecution([line({ quarters: [10, null, 20, 5], spent: 7 }), line({ planned: 65 })]);
    expect(e.planned).toBe(100);
    expect(e.rate).toBe(0.07);
  });

  it("falls back to Actual when no line has a Spent value (a file from before the Spent column)", () => {
    const e = budgetExecution([line({ planned: 200, actual: 50 }), line({ planned: 50, actual: 25 })]);
    expect(e).toEqual({ planned: 250, spent: 75, remaining: 175, rate: 0.3, spentFrom: "actual" });
  });

  it("has no rate when nothing is planned", () => {
    expect(budgetExecution([line({ spent: 5 })]).rate).toBeNull();
    expect(budgetExecution([])).toEqual({
      planned: 0,
      spent: 0,
      remaining: 0,
      rate: null,
      spentFrom: "actual",
    });
  });
});

describe("budget.line.overspent", () => {
  it("warns at the Spent cell of a line that paid out more than it planned", () => {
    const findings = budgetLineFindings(
      [
        line({ planned: 100, spent: 100 }),
        line({ item: "Video", quarters: [50, 50, null, null], spent: 130 }),
      ],
      "CNY",
    );
    expect(findings).toEqual([
      {
        rule: "budget.line.overspent",
        severity: "warning",
        smart: null,
        ref: "Video",
        at: { collection: "budget", index: 1, field: "spent" },
        params: { item: "Video", spent: 130, planned: 100, over: 30, currency: "CNY" },
      },
    ]);
  });

  it("does not judge a line without a plan or without Spent, nor Actual above the plan", () => {
    expect(budgetLineFindings([line({ spent: 1e9 }), line({ planned: 10, actual: 99 })], "CNY")).toEqual([]);
  });

  it("is part of the calendar's findings", () => {
    const plan = Plan.parse({
      brand: { id: "b", name: "B" },
      year: 2026,
      budget: [{ item: "Video", planned: 10, spent: 11 }],
    });
    expect(campaignFindings(plan).map((f) => f.rule)).toEqual(["budget.line.overspent"]);
  });
});
