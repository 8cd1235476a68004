import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CampaignStatus } from "../model/enums";
import { type Campaign, Plan, type PlanInput } from "../model/plan";
import { campaignsArb } from "../test-support/campaign-arbitrary";
import { campaignFindings } from "./campaign-findings";

type CampaignInput = Partial<Campaign>;

function plan(input: Omit<PlanInput, "brand" | "year"> & { year?: number }): Plan {
  return Plan.parse({ brand: { id: "lumen", name: "Lumen" }, year: 2026, ...input });
}

const channels = [{ channel: "WeChat" }, { channel: "Douyin", maxConcurrentCampaigns: 1 }];
const goals = [{ id: "G1" }, { id: "G2" }];

function campaign(
  id: string,
  start: string | null,
  end: string | null,
  more: CampaignInput = {},
): CampaignInput {
  const status: CampaignStatus = "planned";
  return { id, name: `Campaign ${id}`, start, end, channels: ["WeChat"], status, ...more };
}

const rules = (p: Plan) => campaignFindings(p).map((f) => f.rule);

describe("campaignFindings: period", () => {
  it("accepts a campaign inside the year on a known channel with known goals", () => {
    const p = plan({
      channels,
      goals,
      campaigns: [campaign("C1", "2026-06-01", "2026-06-18", { goalIds: ["g1", " G2 "] })],
    });
    expect(campaignFindings(p)).toEqual([]);
  });

  it("reports a start after the end at the End cell", () => {
    const p = plan({ channels, campaigns: [campaign("C1", "2026-06-18", "2026-06-01")] });
    expect(campaignFindings(p)).toEqual([
      {
        rule: "campaign.period.invalid",
        severity: "error",
        smart: null,
        ref: "C1",
        at: { collection: "campaigns", index: 0, field: "end" },
        params: { campaign: "C1", start: "2026-06-18", end: "2026-06-01", field: "end", problem: "order" },
      },
    ]);
  });

  it("accepts a one-day campaign (start = end)", () => {
    expect(rules(plan({ channels, campaigns: [campaign("C1", "2026-06-18", "2026-06-18")] }))).toEqual([]);
  });

  it("reports each missing date of a named campaign, but not of a row without ID and name", () => {
    const p = plan({
      channels,
      campaigns: [
        campaign("C1", null, null),
        { name: "Summer launch", start: "2026-07-01", end: null, channels: ["WeChat"] },
        { start: null, end: null, budget: 100 },
      ],
    });
    const found = campaignFindings(p).map((f) => [f.rule, f.ref, f.at?.index, f.at?.field, f.params.problem]);
    expect(found).toEqual([
      ["campaign.period.invalid", "C1", 0, "start", "missing"],
      ["campaign.period.invalid", "C1", 0, "end", "missing"],
      ["campaign.period.invalid", null, 1, "end", "missing"],
    ]);
    expect(campaignFindings(p)[2]?.params.campaign).toBe("Summer launch");
  });

  it("does not call a date missing when the reader could not read its cell", () => {
    const p = plan({
      channels,
      campaigns: [{ ...campaign("C1", "2026-03-01", null), unreadable: ["end"] }],
    });
    expect(rules(p)).toEqual([]);
  });

  it("reports a date that is not a calendar date", () => {
    const p = plan({ channels, campaigns: [campaign("C1", "2026-02-30", "2026-03-05")] });
    expect(campaignFindings(p).map((f) => [f.rule, f.at?.field, f.params.problem])).toEqual([
      ["campaign.period.invalid", "start", "not-a-date"],
    ]);
  });
});

describe("campaignFindings: plan year", () => {
  it("warns when a campaign starts before or ends after the plan year", () => {
    const p = plan({
      channels,
      campaigns: [
        campaign("C1", "2025-12-20", "2026-01-05"),
        campaign("C2", "2026-12-20", "2027-01-03"),
        campaign("C3", "2026-01-01", "2026-12-31"),
      ],
    });
    expect(campaignFindings(p).map((f) => [f.rule, f.severity, f.ref, f.at?.field, f.params.year])).toEqual([
      ["campaign.outside-year", "warning", "C1", "start", 2026],
      ["campaign.outside-year", "warning", "C2", "end", 2026],
    ]);
  });
});

describe("campaignFindings: references", () => {
  it("reports each unknown channel once, matching names trimmed and case-insensitively", () => {
    const p = plan({
      channels,
      campaigns: [
        campaign("C1", "2026-03-01", "2026-03-05", { channels: [" wechat", "Xiaohongshu", "xiaohongshu "] }),
      ],
    });
    expect(campaignFindings(p)).toEqual([
      {
        rule: "campaign.channel.unknown",
        severity: "error",
        smart: null,
        ref: "C1",
        at: { collection: "campaigns", index: 0, field: "channels" },
        params: { campaign: "C1", channel: "Xiaohongshu" },
      },
    ]);
  });

  it("reports each unknown goal", () => {
    const p = plan({
      channels,
      goals,
      campaigns: [campaign("C1", "2026-03-01", "2026-03-05", { goalIds: ["G1", "G9", "G8"] })],
    });
    expect(campaignFindings(p).map((f) => [f.rule, f.at?.field, f.params.goal])).toEqual([
      ["campaign.goal.unknown", "goalIds", "G9"],
      ["campaign.goal.unknown", "goalIds", "G8"],
    ]);
  });
});

describe("campaignFindings: overlap", () => {
  const overlaps = (p: Plan) => campaignFindings(p).filter((f) => f.rule === "campaign.overlap");

  it("allows exactly the default capacity of 2 on a channel without a limit", () => {
    const p = plan({
      channels,
      campaigns: [campaign("A", "2026-05-01", "2026-05-10"), campaign("B", "2026-05-05", "2026-05-20")],
    });
    expect(overlaps(p)).toEqual([]);
  });

  it("reports a third concurrent campaign, touching end and start dates included", () => {
    const p = plan({
      channels,
      campaigns: [
        campaign("A", "2026-05-01", "2026-05-10"),
        campaign("B", "2026-05-05", "2026-05-20"),
        // Starts on A's last day: three run on 05-10.
        campaign("C", "2026-05-10", "2026-05-12"),
      ],
    });
    expect(overlaps(p)).toEqual([
      {
        rule: "campaign.overlap",
        severity: "warning",
        smart: null,
        ref: "A, B, C",
        at: { collection: "campaigns", index: 0, field: "start" },
        params: {
          channel: "WeChat",
          max: 2,
          count: 3,
          from: "2026-05-10",
          to: "2026-05-10",
          campaigns: "A, B, C",
        },
      },
    ]);
  });

  it("ignores ideas and cancelled campaigns", () => {
    const p = plan({
      channels,
      campaigns: [
        campaign("A", "2026-05-01", "2026-05-10"),
        campaign("B", "2026-05-01", "2026-05-10", { status: "idea" }),
        campaign("C", "2026-05-01", "2026-05-10", { status: "cancelled" }),
        campaign("D", "2026-05-01", "2026-05-10", { status: "done" }),
      ],
    });
    expect(overlaps(p)).toEqual([]);
  });

  it("counts a campaign with a blank status", () => {
    const p = plan({
      channels,
      campaigns: [
        campaign("A", "2026-05-01", "2026-05-10", { channels: ["Douyin"] }),
        campaign("B", "2026-05-08", "2026-05-09", { channels: ["douyin"], status: null }),
      ],
    });
    expect(overlaps(p).map((f) => [f.params.channel, f.params.max, f.params.from, f.params.to])).toEqual([
      ["Douyin", 1, "2026-05-08", "2026-05-09"],
    ]);
  });

  it("uses the channel's own limit and points at the earliest-starting campaign involved", () => {
    const p = plan({
      channels,
      campaigns: [
        campaign("late", "2026-09-10", "2026-09-20", { channels: ["Douyin"] }),
        campaign("early", "2026-09-01", "2026-09-12", { channels: ["Douyin", "WeChat"] }),
      ],
    });
    const found = overlaps(p);
    expect(found.map((f) => [f.ref, f.at?.index, f.params.from, f.params.to, f.params.count])).toEqual([
      ["early, late", 1, "2026-09-10", "2026-09-12", 2],
    ]);
  });

  it("reports one finding per maximal overloaded period per channel", () => {
    const p = plan({
      channels: [
        { channel: "WeChat", maxConcurrentCampaigns: 1 },
        { channel: "Weibo", maxConcurrentCampaigns: 1 },
      ],
      campaigns: [
        campaign("A", "2026-03-01", "2026-03-10", { channels: ["WeChat", "Weibo"] }),
        campaign("B", "2026-03-08", "2026-03-15", { channels: ["WeChat", "Weibo"] }),
        campaign("C", "2026-03-20", "2026-03-25"),
        campaign("D", "2026-03-25", "2026-03-30"),
      ],
    });
    expect(overlaps(p).map((f) => [f.params.channel, f.ref, f.params.from, f.params.to])).toEqual([
      ["WeChat", "A, B", "2026-03-08", "2026-03-10"],
      ["WeChat", "C, D", "2026-03-25", "2026-03-25"],
      ["Weibo", "A, B", "2026-03-08", "2026-03-10"],
    ]);
  });

  it("skips campaigns whose period is unusable", () => {
    const p = plan({
      channels: [{ channel: "WeChat", maxConcurrentCampaigns: 1 }],
      campaigns: [campaign("A", "2026-03-01", "2026-03-10"), campaign("B", "2026-03-09", "2026-03-02")],
    });
    expect(overlaps(p)).toEqual([]);
  });

  const campaigns = campaignsArb({
    lastStart: 200,
    maxLength: 40,
    channels: ["WeChat", "wechat ", "Douyin", "Weibo"],
    maxCampaigns: 10,
  });

  it("never reports an overlap when every channel's capacity covers all campaigns", () => {
    fc.assert(
      fc.property(campaigns, fc.integer({ min: 0, max: 3 }), (list, extra) => {
        const p = plan({
          channels: ["WeChat", "Douyin", "Weibo"].map((channel) => ({
            channel,
            maxConcurrentCampaigns: list.length + extra,
          })),
          campaigns: list,
        });
        expect(campaignFindings(p).filter((f) => f.rule === "campaign.overlap")).toEqual([]);
      }),
    );
  });
});

describe("campaignFindings: budget", () => {
  const budget = (f: ReturnType<typeof campaignFindings>) => f.filter((x) => x.rule === "budget.exceeded");

  it("warns when counted campaign budgets pass the planned total, at the campaign that crosses it", () => {
    const p = plan({
      channels,
      budget: [
        { category: "Campaigns", planned: 50_000 },
        // No Planned: its quarters count (10k + 20k).
        { category: "Ads", quarters: [10_000, null, 20_000, null] },
      ],
      campaigns: [
        campaign("A", "2026-03-01", "2026-03-05", { budget: 40_000 }),
        campaign("X", "2026-03-01", "2026-03-05", { budget: 500_000, status: "cancelled" }),
        campaign("I", "2026-03-01", "2026-03-05", { budget: 500_000, status: "idea" }),
        campaign("B", "2026-04-01", "2026-04-05", { budget: 30_000 }),
        campaign("C", "2026-05-01", "2026-05-05", { budget: 15_000 }),
      ],
    });
    // Planned 50k + 30k = 80k; counted 40k + 30k + 15k = 85k; the running total passes 80k at C.
    expect(budget(campaignFindings(p))).toEqual([
      {
        rule: "budget.exceeded",
        severity: "warning",
        smart: null,
        ref: "C",
        at: { collection: "campaigns", index: 4, field: "budget" },
        params: { campaigns: 85_000, planned: 80_000, over: 5_000, currency: "CNY" },
      },
    ]);
  });

  it("stays quiet at exactly the planned total", () => {
    const p = plan({
      channels,
      budget: [{ planned: 0.3 }],
      campaigns: [
        campaign("A", "2026-03-01", "2026-03-05", { budget: 0.1 }),
        campaign("B", "2026-03-01", "2026-03-05", { budget: 0.2 }),
      ],
    });
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: not an overrun.
    expect(budget(campaignFindings(p))).toEqual([]);
  });

  it("stays quiet when the budget table has no planned amount", () => {
    const p = plan({
      channels,
      budget: [{ category: "Campaigns", actual: 10 }],
      campaigns: [campaign("A", "2026-03-01", "2026-03-05", { budget: 1_000_000 })],
    });
    expect(budget(campaignFindings(p))).toEqual([]);
  });
});

describe("budget.exceeded with a negative plan", () => {
  it("does not throw when no counted campaign has a budget", () => {
    const plan = Plan.parse({
      brand: { id: "b", name: "B" },
      year: 2027,
      budget: [{ planned: -5 }],
      campaigns: [{ id: "C1", status: "planned" }],
    });
    expect(() => campaignFindings(plan)).not.toThrow();
    expect(campaignFindings(plan).filter((f) => f.rule === "budget.exceeded")).toEqual([]);
  });
});
