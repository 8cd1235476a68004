import { Plan } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { planAsRendered, withGoalActualsRows } from "./rendered-plan";

const plan = Plan.parse({
  brand: { id: "lumen", name: "Lumen" },
  year: 2027,
  settings: {
    currency: "EUR",
    asOfMonth: 4,
    seasonality: [{ profile: " Peaks ", months: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }],
  },
  objectives: [{ id: "O1" }, { id: "O2" }],
  goals: [
    { id: "G1", channel: " 抖音" },
    { id: " G2 ", channel: null },
    { id: "g2", channel: "抖音 " },
    { id: "G3", channel: "" },
    { id: "G4", channel: "WeChat" },
    { id: "G5", channel: "wechat" },
  ],
  actuals: [{ goalId: " g1", months: [5, null, null, null, null, null, null, null, null, null, null, null] }],
});

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
