import { describe, expect, it } from "vitest";
import { goalOf } from "../test-support/plan-fixture";
import { findMetric } from "./catalog";
import { memoizedFindMetric, resolveGoal } from "./resolve";

describe("resolveGoal", () => {
  it("fills a goal's blanks from its catalog metric", () => {
    const r = resolveGoal(goalOf({ id: "G1", metric: "获客成本" }));
    expect(r).toEqual({
      dimension: "conversion",
      aggregation: "average",
      unit: "currency",
      direction: "decrease",
      metricDef: findMetric("cost_per_lead"),
    });
  });

  it("keeps what the goal states over the catalog", () => {
    const r = resolveGoal(
      goalOf({
        id: "G1",
        metric: "Followers",
        dimension: "brand",
        aggregation: "sum",
        unit: "index",
        direction: "decrease",
      }),
    );
    expect(r).toMatchObject({ dimension: "brand", aggregation: "sum", unit: "index", direction: "decrease" });
    expect(r.metricDef?.key).toBe("followers");
  });

  it("defaults direction to increase and unit to count outside the catalog, but never the aggregation", () => {
    expect(resolveGoal(goalOf({ id: "G1", metric: "门店到店人数" }))).toEqual({
      dimension: null,
      aggregation: null,
      unit: "count",
      direction: "increase",
      metricDef: null,
    });
    expect(resolveGoal(goalOf({ id: "G2" })).aggregation).toBeNull();
  });

  it("memoises lookups without changing their answers", () => {
    const lookup = memoizedFindMetric();
    expect(lookup("阅读量")).toBe(findMetric("reads"));
    expect(lookup("阅读量")).toBe(findMetric("reads"));
    expect(lookup("unknown metric")).toBeNull();
    expect(lookup("unknown metric")).toBeNull();
  });
});
