import { describe, expect, it } from "vitest";
import { Plan } from "../model/plan";
import { uncoveredKeyDates } from "./coverage";

describe("uncoveredKeyDates", () => {
  const plan = Plan.parse({
    brand: { id: "lumen", name: "Lumen" },
    year: 2026,
    channels: [{ channel: "WeChat" }, { channel: "Douyin" }],
    campaigns: [
      // Ends on the first peak day of 618 (16–18 June): covers it, and 儿童节 on 1 June.
      { id: "618", start: "2026-06-01", end: "2026-06-16", channels: ["WeChat"], status: "planned" },
      // An idea and a cancelled campaign never cover.
      { id: "CNY", start: "2026-02-10", end: "2026-02-20", channels: ["WeChat"], status: "idea" },
      { id: "D11", start: "2026-11-01", end: "2026-11-11", channels: ["WeChat"], status: "cancelled" },
      // Ends the day before the Double 11 peak (10–11 November): warm-up only (covers Halloween).
      { id: "D11-warm", start: "2026-10-20", end: "2026-11-09", channels: ["Douyin"], status: "running" },
      // Golden Week peak 1–7 October, touched on its last day.
      { id: "GW", start: "2026-10-07", end: "2026-10-08", channels: ["Douyin"], status: "done" },
    ],
  });

  it("lists major key dates whose peak no counted campaign touches", () => {
    expect(uncoveredKeyDates(plan, { minTier: 1 }).map((kd) => kd.key)).toEqual([
      "spring-festival",
      "labour-day",
      "mid-autumn-festival",
      "double-11",
    ]);
  });

  it("considers tiers 1 and 2 by default", () => {
    const keys = uncoveredKeyDates(plan).map((kd) => kd.key);
    expect(keys).toContain("qixi");
    expect(keys).not.toContain("childrens-day");
    expect(keys).not.toContain("teachers-day");
    expect(keys).not.toContain("mid-year-sale-618");
    expect(uncoveredKeyDates(plan, { minTier: 3 }).map((kd) => kd.key)).toContain("teachers-day");
  });

  it("can look at one channel's campaigns only", () => {
    expect(uncoveredKeyDates(plan, { minTier: 1, channel: " douyin" }).map((kd) => kd.key)).toEqual([
      "spring-festival",
      "labour-day",
      "mid-year-sale-618",
      "mid-autumn-festival",
      "double-11",
    ]);
  });
});
