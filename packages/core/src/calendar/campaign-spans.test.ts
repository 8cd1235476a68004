import { describe, expect, it } from "vitest";
import type { CampaignStatus } from "../model/enums";
import { Channel } from "../model/plan";
import { campaignLabel, channelCapacity, countsTowardsLoad } from "./campaign-spans";

describe("channelCapacity", () => {
  const capacity = (max: number | null) =>
    channelCapacity(Channel.parse({ channel: "WeChat", maxConcurrentCampaigns: max }));
  it("defaults to 2 when blank, negative or missing from the matrix", () => {
    expect(capacity(null)).toBe(2);
    expect(capacity(-1)).toBe(2);
    expect(channelCapacity(undefined)).toBe(2);
  });
  it("keeps 0 and rounds a fraction down", () => {
    expect(capacity(0)).toBe(0);
    expect(capacity(3.7)).toBe(3);
  });
});

describe("campaignLabel", () => {
  it("uses the ID, else the name, else the row number", () => {
    expect(campaignLabel({ id: " C7 ", name: "Launch" }, 0)).toBe("C7");
    expect(campaignLabel({ id: "", name: " Launch " }, 0)).toBe("Launch");
    expect(campaignLabel({ id: " ", name: null }, 4)).toBe("#5");
  });
});

describe("countsTowardsLoad", () => {
  it("leaves out ideas and cancelled campaigns only", () => {
    expect(
      (["idea", "planned", "running", "done", "cancelled", null] as (CampaignStatus | null)[]).map((s) =>
        countsTowardsLoad(s),
      ),
    ).toEqual([false, true, true, true, false, true]);
  });
});
