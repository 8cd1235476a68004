import { describe, expect, it } from "vitest";
import { Plan } from "../model/plan";
import { campaignFindings } from "./campaign-findings";
import { CALENDAR_MESSAGES } from "./messages";

const plan = Plan.parse({
  brand: { id: "lumen", name: "Lumen" },
  year: 2026,
  channels: [{ channel: "WeChat", maxConcurrentCampaigns: 1 }],
  goals: [{ id: "G1" }],
  budget: [{ planned: 1000 }, { item: "Video", quarters: [100, 100, null, null], spent: 250 }],
  campaigns: [
    { id: "C1", start: "2026-06-18", end: "2026-06-01", channels: ["WeChat"] },
    { id: "C2", start: null, end: "2026-03-01", channels: ["Weibo"], goalIds: ["G7"], budget: 800 },
    { id: "C3", start: "2026-12-30", end: "2027-01-02", channels: ["WeChat"], budget: 1234.5 },
    { id: "C4", start: "2026-12-31", end: "2026-12-31", channels: ["WeChat"] },
  ],
});

function messages(lang: "en" | "zh-CN"): string[] {
  return campaignFindings(plan).map((f) => {
    const message = CALENDAR_MESSAGES[lang][f.rule as keyof typeof CALENDAR_MESSAGES.en];
    if (!message) throw new Error(`no message for ${f.rule}`);
    return message(f.params);
  });
}

describe("CALENDAR_MESSAGES", () => {
  it("covers the calendar's rules in both languages", () => {
    expect(Object.keys(CALENDAR_MESSAGES.en).sort()).toEqual([
      "budget.exceeded",
      "budget.line.overspent",
      "campaign.channel.unknown",
      "campaign.goal.unknown",
      "campaign.outside-year",
      "campaign.overlap",
      "campaign.period.invalid",
    ]);
  });

  it("says in English what is wrong, with the values, and what to do", () => {
    expect(messages("en")).toEqual([
      'Campaign "C1" starts on 2026-06-18, after it ends on 2026-06-01. Correct Start or End so the campaign starts first.',
      'Campaign "C2" has no Start date. Enter the first day of the campaign in Start.',
      'Campaign "C2" uses channel "Weibo", which is not in the Channels sheet. Add the channel to the channel matrix or correct its name.',
      'Campaign "C2" links goal "G7", which is not in the Goals sheet. Correct the goal ID or add the goal first.',
      'Campaign "C3" runs 2026-12-30 to 2027-01-02, partly outside the plan year 2026. Move it into 2026 or plan it in that year\'s workbook.',
      "2 campaigns run at the same time on WeChat on 2026-12-31 (C3, C4), more than its limit of 1. Stagger them, move one to another channel, or raise Max Concurrent Campaigns in the Channels sheet.",
      "Campaign budgets total 2,034.5 CNY, 834.5 CNY more than the 1,200 CNY planned in the Budget sheet. Trim campaign budgets or raise the planned budget.",
      'Budget item "Video" has paid out 250 CNY, 50 CNY more than the 200 CNY planned. Check the Spent amount or raise the item\'s Planned budget.',
    ]);
  });

  it("says the same in Chinese", () => {
    expect(messages("zh-CN")).toEqual([
      "活动“C1”的开始日期 2026-06-18 晚于结束日期 2026-06-01。请更正开始日期或结束日期。",
      "活动“C2”缺少开始日期。请在“开始日期”中填写活动的第一天。",
      "活动“C2”的渠道“Weibo”不在渠道矩阵中。请在“渠道矩阵”表中添加该渠道，或更正渠道名称。",
      "活动“C2”关联的目标“G7”不在目标表中。请更正目标编号，或先在目标表中添加该目标。",
      "活动“C3”的档期 2026-12-30 至 2027-01-02 超出计划年度 2026 年。请调整到该年度内，或放到对应年度的计划中。",
      "渠道“WeChat”在 2026-12-31 当天同时进行 2 个活动（C3, C4），超过并发上限 1。请错开档期、改投其他渠道，或在渠道矩阵中调高“活动并发上限”。",
      "活动预算合计 2,034.5 CNY，超出预算表计划合计 1,200 CNY（超出 834.5 CNY）。请压缩活动预算或调整预算计划。",
      "预算项目“Video”已支出 250 CNY，超出计划 200 CNY（超出 50 CNY）。请核对已支出金额，或调高该项目的计划预算。",
    ]);
  });

  it("names a period instead of a day, and a not-a-date value", () => {
    const overlap = (lang: "en" | "zh-CN") => CALENDAR_MESSAGES[lang]["campaign.overlap"];
    const params = {
      channel: "抖音",
      max: 2,
      count: 3,
      from: "2026-05-01",
      to: "2026-05-03",
      campaigns: "A, B, C",
    };
    expect(overlap("en")(params)).toContain("from 2026-05-01 to 2026-05-03");
    expect(overlap("zh-CN")(params)).toContain("在 2026-05-01 至 2026-05-03 期间同时进行 3 个活动");
    const invalid = (lang: "en" | "zh-CN") => CALENDAR_MESSAGES[lang]["campaign.period.invalid"];
    const bad = { campaign: "C9", start: "2026-02-30", end: null, field: "start", problem: "not-a-date" };
    expect(invalid("en")(bad)).toBe(
      'Campaign "C9": Start "2026-02-30" is not a calendar date. Enter a real date such as 2026-06-01.',
    );
    expect(invalid("zh-CN")(bad)).toBe(
      "活动“C9”的开始日期“2026-02-30”不是有效日期。请填写真实日期，如 2026-06-01。",
    );
  });
});
