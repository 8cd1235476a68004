import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Plan } from "../model/plan";
import { campaignsArb } from "../test-support/campaign-arbitrary";
import { campaignFindings } from "./campaign-findings";
import { parseIsoDay } from "./days";
import { CampaignLoad, campaignLoad, weeksOfYear } from "./load";

/** An array of `length` zeros with the given positions set (1-based, as months and weeks are). */
function series(length: number, set: Record<number, number>): number[] {
  return Array.from({ length }, (_, i) => set[i + 1] ?? 0);
}

describe("weeksOfYear", () => {
  it("counts 53 weeks from 1 January, the last one cut at 31 December", () => {
    const weeks = weeksOfYear(2026);
    expect(weeks).toHaveLength(53);
    expect(weeks[0]).toEqual({ week: 1, start: "2026-01-01", end: "2026-01-07" });
    expect(weeks[1]).toEqual({ week: 2, start: "2026-01-08", end: "2026-01-14" });
    // Day 358 = 1 Dec (day 335) + 23 = 24 Dec.
    expect(weeks[51]).toEqual({ week: 52, start: "2026-12-24", end: "2026-12-30" });
    expect(weeks[52]).toEqual({ week: 53, start: "2026-12-31", end: "2026-12-31" });
  });

  it("gives the last week two days in a leap year", () => {
    expect(weeksOfYear(2028)[52]).toEqual({ week: 53, start: "2028-12-30", end: "2028-12-31" });
  });
});

describe("campaignLoad", () => {
  const plan = Plan.parse({
    brand: { id: "lumen", name: "Lumen" },
    year: 2026,
    channels: [{ channel: "WeChat" }, { channel: "Douyin", maxConcurrentCampaigns: 3 }],
    campaigns: [
      { id: "A", start: "2026-01-05", end: "2026-01-20", channels: ["WeChat"], status: "planned" },
      { id: "B", start: "2026-01-31", end: "2026-02-02", channels: ["wechat", "Douyin"], status: "running" },
      // Crosses into the plan year: only 1–3 January count.
      { id: "C", start: "2025-12-20", end: "2026-01-03", channels: ["Douyin"], status: "done" },
      { id: "D", start: "2026-01-01", end: "2026-12-31", channels: ["WeChat"], status: "idea" },
      // No channel: overall only; clipped to 30–31 December.
      { id: "E", start: "2026-12-30", end: "2027-01-10", channels: [], status: "planned" },
      { id: "F", start: "2026-01-10", end: "2026-01-12", channels: ["WeChat"], status: null },
      { id: "G", start: "2026-03-01", end: "2026-03-01", channels: ["Xiaohongshu"], status: "planned" },
      { id: "H", start: "2026-04-10", end: "2026-04-01", channels: ["WeChat"], status: "planned" },
    ],
  });
  const load = campaignLoad(plan);

  it("matches its schema", () => {
    expect(() => CampaignLoad.parse(load)).not.toThrow();
  });

  // Weeks by day of year: 5 Jan → week 1, 20 Jan (day 20) → week 3, 31 Jan–2 Feb (days 31–33)
  // → week 5, 1 Mar (day 60) → week 9, 30–31 Dec (days 364–365) → weeks 52 and 53.
  it("counts every counted campaign once overall", () => {
    expect(load.overall.months).toEqual(series(12, { 1: 4, 2: 1, 3: 1, 12: 1 }));
    expect(load.overall.weeks).toEqual(series(53, { 1: 2, 2: 2, 3: 1, 5: 1, 9: 1, 52: 1, 53: 1 }));
    // C (1–3 Jan) and A (from 5 Jan) share week 1 but never a day: peak 1; A and F share 10–12 Jan.
    expect(load.overall.monthPeaks).toEqual(series(12, { 1: 2, 2: 1, 3: 1, 12: 1 }));
    expect(load.overall.weekPeaks).toEqual(series(53, { 1: 1, 2: 2, 3: 1, 5: 1, 9: 1, 52: 1, 53: 1 }));
  });

  it("counts per channel, matrix channels first, then channels only campaigns name", () => {
    expect(load.channels.map((c) => [c.channel, c.known, c.max])).toEqual([
      ["WeChat", true, 2],
      ["Douyin", true, 3],
      ["Xiaohongshu", false, 2],
    ]);
    const [wechat, douyin, xhs] = load.channels;
    expect(wechat?.months).toEqual(series(12, { 1: 3, 2: 1 }));
    expect(wechat?.weeks).toEqual(series(53, { 1: 1, 2: 2, 3: 1, 5: 1 }));
    expect(wechat?.weekPeaks).toEqual(series(53, { 1: 1, 2: 2, 3: 1, 5: 1 }));
    expect(douyin?.months).toEqual(series(12, { 1: 2, 2: 1 }));
    expect(douyin?.weeks).toEqual(series(53, { 1: 1, 5: 1 }));
    expect(xhs?.weeks).toEqual(series(53, { 9: 1 }));
  });

  it("lists every matrix channel even without campaigns", () => {
    const empty = campaignLoad(
      Plan.parse({ brand: { id: "x", name: "X" }, year: 2026, channels: [{ channel: "Weibo" }] }),
    );
    expect(empty.channels).toEqual([
      {
        channel: "Weibo",
        known: true,
        max: 2,
        months: series(12, {}),
        weeks: series(53, {}),
        monthPeaks: series(12, {}),
        weekPeaks: series(53, {}),
      },
    ]);
    expect(empty.weeks).toHaveLength(53);
  });
});

describe("campaignLoad and campaign.overlap agree", () => {
  const campaigns = campaignsArb({
    lastStart: 330,
    maxLength: 30,
    channels: ["WeChat", "Douyin"],
    maxCampaigns: 12,
  });

  it("shows a week peak above capacity exactly where an overlap finding covers that week", () => {
    fc.assert(
      fc.property(
        campaigns,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (list, wechatMax, douyinMax) => {
          const p = Plan.parse({
            brand: { id: "x", name: "X" },
            year: 2026,
            channels: [
              { channel: "WeChat", maxConcurrentCampaigns: wechatMax },
              { channel: "Douyin", maxConcurrentCampaigns: douyinMax },
            ],
            campaigns: list,
          });
          const load = campaignLoad(p);
          const overlaps = campaignFindings(p).filter((f) => f.rule === "campaign.overlap");
          const jan1 = parseIsoDay("2026-01-01") as number;
          for (const channel of load.channels) {
            const flagged = new Set<number>();
            for (const f of overlaps.filter((o) => o.params.channel === channel.channel)) {
              const from = (parseIsoDay(String(f.params.from)) as number) - jan1;
              const to = (parseIsoDay(String(f.params.to)) as number) - jan1;
              for (let d = from; d <= to; d++) flagged.add(Math.floor(d / 7) + 1);
            }
            channel.weekPeaks.forEach((peak, i) => {
              expect(peak > channel.max, `${channel.channel} week ${i + 1}`).toBe(flagged.has(i + 1));
              expect(peak).toBeLessThanOrEqual(channel.weeks[i] ?? 0);
            });
          }
        },
      ),
    );
  });
});
