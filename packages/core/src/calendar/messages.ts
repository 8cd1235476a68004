import type { RuleId, RuleTexts } from "../model/rules";
import { defineMessages } from "../text/define-messages";

/** `undefined` is accepted so the message catalog can pass a param a finding lacks. */
type CalendarMessageParams = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Made on first use, not at import: a process's first Intl formatter starts ICU (~15 ms), which a
 * `planbook validate` without a money finding never needs (issue #8, start-up).
 */
let amount: Intl.NumberFormat | undefined;

function formatAmount(value: number): string {
  amount ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
  return amount.format(value);
}

/** A param as typed (a year stays 2026, not 2,026); "?" where the finding has no value. */
function text(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "?";
  return String(value);
}

function money(p: CalendarMessageParams, key: string): string {
  const value = p[key];
  const shown = typeof value === "number" ? formatAmount(value) : text(value);
  return p.currency ? `${shown} ${p.currency}` : shown;
}

const SPAN = defineMessages({
  en: { day: (day: string) => `on ${day}`, range: (from: string, to: string) => `from ${from} to ${to}` },
  "zh-CN": { day: (day) => `${day} 当天`, range: (from, to) => `${from} 至 ${to} 期间` },
});

/** "from A to B", or just "on A" for a single day. */
function span(p: CalendarMessageParams, lang: "en" | "zh-CN"): string {
  if (p.from === p.to) return SPAN[lang].day(text(p.from));
  return SPAN[lang].range(text(p.from), text(p.to));
}

/** The date in the field a period finding points at. */
function fieldDate(p: CalendarMessageParams): string | number | null | undefined {
  return p.field === "end" ? p.end : p.field === "start" ? p.start : undefined;
}

/** The rules whose messages this module owns. */
type CalendarRuleId = Extract<RuleId, `campaign.${string}` | `budget.${string}`>;

const FIELD = defineMessages({
  en: { start: "Start", end: "End" },
  "zh-CN": { start: "开始日期", end: "结束日期" },
});

/**
 * Messages of the campaign calendar's rules: what is wrong and what to do. Params are the
 * finding's params (see campaignFindings). `satisfies` keeps the exact rule keys, so the
 * message catalog can require every other rule of its own.
 */
export const CALENDAR_MESSAGES = defineMessages({
  en: {
    "campaign.period.invalid": (p) => {
      const field = FIELD.en[p.field === "end" ? "end" : "start"];
      if (p.problem === "order") {
        return `Campaign "${text(p.campaign)}" starts on ${text(p.start)}, after it ends on ${text(p.end)}. Correct Start or End so the campaign starts first.`;
      }
      if (p.problem === "not-a-date") {
        return `Campaign "${text(p.campaign)}": ${field} "${text(fieldDate(p))}" is not a calendar date. Enter a real date such as 2026-06-01.`;
      }
      return `Campaign "${text(p.campaign)}" has no ${field} date. Enter the ${p.field === "end" ? "last" : "first"} day of the campaign in ${field}.`;
    },
    "campaign.outside-year": (p) =>
      `Campaign "${text(p.campaign)}" runs ${text(p.start)} to ${text(p.end)}, partly outside the plan year ${text(p.year)}. Move it into ${text(p.year)} or plan it in that year's workbook.`,
    "campaign.channel.unknown": (p) =>
      `Campaign "${text(p.campaign)}" uses channel "${text(p.channel)}", which is not in the Channels sheet. Add the channel to the channel matrix or correct its name.`,
    "campaign.goal.unknown": (p) =>
      `Campaign "${text(p.campaign)}" links goal "${text(p.goal)}", which is not in the Goals sheet. Correct the goal ID or add the goal first.`,
    "campaign.overlap": (p) =>
      `${text(p.count)} campaigns run at the same time on ${text(p.channel)} ${span(p, "en")} (${text(p.campaigns)}), more than its limit of ${text(p.max)}. Stagger them, move one to another channel, or raise Max Concurrent Campaigns in the Channels sheet.`,
    "budget.exceeded": (p) =>
      `Campaign budgets total ${money(p, "campaigns")}, ${money(p, "over")} more than the ${money(p, "planned")} planned in the Budget sheet. Trim campaign budgets or raise the planned budget.`,
    "budget.line.overspent": (p) =>
      `Budget item "${text(p.item)}" has paid out ${money(p, "spent")}, ${money(p, "over")} more than the ${money(p, "planned")} planned. Check the Spent amount or raise the item's Planned budget.`,
  } satisfies RuleTexts<CalendarRuleId>,
  "zh-CN": {
    "campaign.period.invalid": (p) => {
      const field = FIELD["zh-CN"][p.field === "end" ? "end" : "start"];
      if (p.problem === "order") {
        return `活动“${text(p.campaign)}”的开始日期 ${text(p.start)} 晚于结束日期 ${text(p.end)}。请更正开始日期或结束日期。`;
      }
      if (p.problem === "not-a-date") {
        return `活动“${text(p.campaign)}”的${field}“${text(fieldDate(p))}”不是有效日期。请填写真实日期，如 2026-06-01。`;
      }
      return `活动“${text(p.campaign)}”缺少${field}。请在“${field}”中填写活动的${p.field === "end" ? "最后一天" : "第一天"}。`;
    },
    "campaign.outside-year": (p) =>
      `活动“${text(p.campaign)}”的档期 ${text(p.start)} 至 ${text(p.end)} 超出计划年度 ${text(p.year)} 年。请调整到该年度内，或放到对应年度的计划中。`,
    "campaign.channel.unknown": (p) =>
      `活动“${text(p.campaign)}”的渠道“${text(p.channel)}”不在渠道矩阵中。请在“渠道矩阵”表中添加该渠道，或更正渠道名称。`,
    "campaign.goal.unknown": (p) =>
      `活动“${text(p.campaign)}”关联的目标“${text(p.goal)}”不在目标表中。请更正目标编号，或先在目标表中添加该目标。`,
    "campaign.overlap": (p) =>
      `渠道“${text(p.channel)}”在 ${span(p, "zh-CN")}同时进行 ${text(p.count)} 个活动（${text(p.campaigns)}），超过并发上限 ${text(p.max)}。请错开档期、改投其他渠道，或在渠道矩阵中调高“活动并发上限”。`,
    "budget.exceeded": (p) =>
      `活动预算合计 ${money(p, "campaigns")}，超出预算表计划合计 ${money(p, "planned")}（超出 ${money(p, "over")}）。请压缩活动预算或调整预算计划。`,
    "budget.line.overspent": (p) =>
      `预算项目“${text(p.item)}”已支出 ${money(p, "spent")}，超出计划 ${money(p, "planned")}（超出 ${money(p, "over")}）。请核对已支出金额，或调高该项目的计划预算。`,
  },
});
