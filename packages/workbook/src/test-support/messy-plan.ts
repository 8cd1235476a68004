import { Plan } from "@planbook/core";

/**
 * A plan with the spellings operators really type: padded and differently cased IDs and
 * channels, a duplicate goal id, a blank channel, a padded seasonality profile. The layout and
 * write tests both read it, so they agree on what "messy" means.
 */
export const plan = Plan.parse({
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
