import type { Finding } from "../model/finding";
import type { Campaign, Plan } from "../model/plan";
import { RULES, type RuleId, type RuleParams } from "../model/rules";
import { budgetLineFindings, plannedOf } from "./budget";
import {
  type CampaignSpan,
  campaignLabel,
  channelGroups,
  countedCampaignSpans,
  countsTowardsLoad,
  matchKey,
} from "./campaign-spans";
import { firstDayOfYear, isoOfDay, lastDayOfYear, parseIsoDay } from "./days";
import { overloadedPeriods } from "./overlap";

function finding<R extends RuleId>(
  rule: R,
  ref: string | null,
  at: { collection: "campaigns"; index: number; field: string },
  params: RuleParams<R>,
): Finding {
  return { rule, severity: RULES[rule].severity, smart: RULES[rule].smart, ref, at, params };
}

function refOf(campaign: Campaign): string | null {
  const id = campaign.id.trim();
  return id === "" ? null : id;
}

type PeriodProblem = "missing" | "not-a-date" | "order";

function periodFindings(campaign: Campaign, index: number): Finding[] {
  const named = campaign.id.trim() !== "" || (campaign.name?.trim() ?? "") !== "";
  const out: Finding[] = [];
  const report = (field: "start" | "end", problem: PeriodProblem) =>
    out.push(
      finding(
        "campaign.period.invalid",
        refOf(campaign),
        { collection: "campaigns", index, field },
        {
          campaign: campaignLabel(campaign, index),
          start: campaign.start,
          end: campaign.end,
          field,
          problem,
        },
      ),
    );
  const days = { start: null as number | null, end: null as number | null };
  for (const field of ["start", "end"] as const) {
    const value = campaign[field];
    if (value !== null) {
      days[field] = parseIsoDay(value);
      if (days[field] === null) report(field, "not-a-date");
    } else if (named && !campaign.unreadable.includes(field)) {
      // A cell the reader could not parse is reported there already; don't call it missing.
      report(field, "missing");
    }
  }
  if (days.start !== null && days.end !== null && days.start > days.end) report("end", "order");
  return out;
}

function outsideYearFinding(campaign: Campaign, index: number, year: number): Finding[] {
  const first = firstDayOfYear(year);
  const last = lastDayOfYear(year);
  const outside = (iso: string | null) => {
    const day = iso === null ? null : parseIsoDay(iso);
    return day !== null && (day < first || day > last);
  };
  const field = outside(campaign.start) ? "start" : outside(campaign.end) ? "end" : null;
  if (field === null) return [];
  return [
    finding(
      "campaign.outside-year",
      refOf(campaign),
      { collection: "campaigns", index, field },
      {
        campaign: campaignLabel(campaign, index),
        start: campaign.start,
        end: campaign.end,
        year,
      },
    ),
  ];
}

/** The names of a campaign's list that name nothing in `known`, trimmed, each once (blanks are not names). */
function unknownNames(names: readonly string[], known: ReadonlySet<string>): string[] {
  const reported = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = matchKey(name);
    if (key === "" || known.has(key) || reported.has(key)) continue;
    reported.add(key);
    out.push(name.trim());
  }
  return out;
}

function referenceFindings(
  campaign: Campaign,
  index: number,
  channelKeys: ReadonlySet<string>,
  goalKeys: ReadonlySet<string>,
): Finding[] {
  const label = campaignLabel(campaign, index);
  const at = (field: "channels" | "goalIds") => ({ collection: "campaigns" as const, index, field });
  return [
    ...unknownNames(campaign.channels, channelKeys).map((channel) =>
      finding("campaign.channel.unknown", refOf(campaign), at("channels"), { campaign: label, channel }),
    ),
    ...unknownNames(campaign.goalIds, goalKeys).map((goal) =>
      finding("campaign.goal.unknown", refOf(campaign), at("goalIds"), { campaign: label, goal }),
    ),
  ];
}

function overlapFindings(plan: Plan, spans: readonly CampaignSpan[]): Finding[] {
  const out: Finding[] = [];
  for (const group of channelGroups(plan, spans)) {
    for (const period of overloadedPeriods(group.spans, group.max)) {
      const involved = period.members
        .map((member) => group.spans[member] as CampaignSpan)
        .sort((a, b) => a.start - b.start || a.index - b.index);
      const first = involved[0] as CampaignSpan;
      const labels = involved.map((span) => span.label).join(", ");
      out.push(
        finding(
          "campaign.overlap",
          labels,
          { collection: "campaigns", index: first.index, field: "start" },
          {
            channel: group.name,
            max: group.max,
            count: period.count,
            from: isoOfDay(period.from),
            to: isoOfDay(period.to),
            campaigns: labels,
          },
        ),
      );
    }
  }
  return out;
}

function budgetFinding(plan: Plan): Finding[] {
  const planned = plan.budget.map(plannedOf).filter((p): p is number => p !== null);
  if (planned.length === 0) return [];
  const plannedTotal = planned.reduce((a, b) => a + b, 0);
  // Counted campaigns with a budget, whether or not their dates are readable yet.
  const budgets = plan.campaigns
    .map((campaign, index) => ({ campaign, index }))
    .filter(({ campaign }) => campaign.budget !== null && countsTowardsLoad(campaign.status));
  const total = budgets.reduce((sum, { campaign }) => sum + (campaign.budget ?? 0), 0);
  // Sums of money in floating point: ignore an excess that is only rounding noise.
  const tolerance = 1e-9 * Math.max(1, Math.abs(plannedTotal));
  if (total <= plannedTotal + tolerance) return [];
  // Point at the campaign whose budget first takes the running total past the plan.
  let running = 0;
  let crossing = budgets[budgets.length - 1];
  for (const entry of budgets) {
    running += entry.campaign.budget ?? 0;
    if (running > plannedTotal + tolerance) {
      crossing = entry;
      break;
    }
  }
  // No counted campaign has a budget (only a negative plan can get here): nothing to point at.
  const at = crossing;
  if (!at) return [];
  return [
    finding(
      "budget.exceeded",
      refOf(at.campaign),
      { collection: "campaigns", index: at.index, field: "budget" },
      {
        campaigns: total,
        planned: plannedTotal,
        over: total - plannedTotal,
        currency: plan.settings.currency,
      },
    ),
  ];
}

/**
 * The campaign calendar's findings: each row's period, year, channel and goal references, in
 * row order; then over-capacity periods per channel (channel-matrix order); then the budget
 * against campaign budgets, and each budget line that paid out more than it planned.
 */
export function campaignFindings(plan: Plan): Finding[] {
  const channelKeys = new Set(plan.channels.map((c) => matchKey(c.channel)).filter((k) => k !== ""));
  // Goal ids are folded only when some campaign names goals: a plan may have 100k goals.
  const goalKeys = new Set<string>();
  if (plan.campaigns.some((c) => c.goalIds.length > 0)) {
    for (const g of plan.goals) {
      const key = matchKey(g.id);
      if (key !== "") goalKeys.add(key);
    }
  }
  const rows = plan.campaigns.flatMap((campaign, index) => [
    ...periodFindings(campaign, index),
    ...outsideYearFinding(campaign, index, plan.year),
    ...referenceFindings(campaign, index, channelKeys, goalKeys),
  ]);
  return [
    ...rows,
    ...overlapFindings(plan, countedCampaignSpans(plan)),
    ...budgetFinding(plan),
    ...budgetLineFindings(plan.budget, plan.settings.currency),
  ];
}
