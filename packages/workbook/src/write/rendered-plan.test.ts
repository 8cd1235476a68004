import { Plan } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { plan } from "../test-support/messy-plan";
import { planAsRendered, withGoalActualsRows } from "./rendered-plan";

describe("the plan as rendered", () => {
  it("adds a blank Actuals row for each goal without one, once per id", () => {
    const rows = withGoalActualsRows(plan);
    expect(rows.map((r) => r.goalId)).toEqual([" g1", "G2", "G3", "G4", "G5"]);
    expect(rows[1]?.months).toEqual(Array(12).fill(null));
  });
  it("adds default profiles and key-date ideas, and is idempotent", () => {
    const bare = Plan.parse({ brand: { id: "b", name: "B" }, year: 2027 });
    const once = planAsRendered(bare, "en");
    expect(once.settings.seasonality.length).toBeGreaterThan(0);
    expect(once.campaigns.length).toBeGreaterThan(0);
    expect(once.campaigns.every((c) => c.status === "idea")).toBe(true);
    expect(planAsRendered(once, "en")).toEqual(once);
    expect(planAsRendered(bare, "en", { keyDateIdeas: false }).campaigns).toEqual([]);
    expect(planAsRendered(plan, "en").settings.seasonality.map((p) => p.profile)).toEqual([" Peaks "]);
  });
});
