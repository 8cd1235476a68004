import type { CampaignStatus } from "../model/enums";
import type { Channel, Plan } from "../model/plan";
import { parseIsoDay } from "./days";

/** A channel's Max Concurrent Campaigns when the cell is blank (docs/design.md#workbook-contract). */
const DEFAULT_MAX_CONCURRENT_CAMPAIGNS = 2;

/** Names and ids compare trimmed and case-insensitively, like Excel's MATCH. */
export function matchKey(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * Ideas and cancelled campaigns do not take capacity or budget. A blank status counts: a row
 * with dates and channels is a plan until someone marks it otherwise.
 */
export function countsTowardsLoad(status: CampaignStatus | null): boolean {
  return status !== "idea" && status !== "cancelled";
}

/** How a campaign row is named in messages: its ID, else its name, else its row number. */
export function campaignLabel(campaign: { id: string; name: string | null }, index: number): string {
  const id = campaign.id.trim();
  if (id !== "") return id;
  const name = campaign.name?.trim() ?? "";
  return name !== "" ? name : `#${index + 1}`;
}

/** A counted campaign with a readable period (start ≤ end), as day numbers. */
export interface CampaignSpan {
  index: number;
  label: string;
  start: number;
  end: number;
  /** Distinct channel match keys. */
  channelKeys: string[];
  budget: number | null;
}

export function countedCampaignSpans(plan: Plan): CampaignSpan[] {
  const spans: CampaignSpan[] = [];
  plan.campaigns.forEach((campaign, index) => {
    if (!countsTowardsLoad(campaign.status)) return;
    const start = campaign.start === null ? null : parseIsoDay(campaign.start);
    const end = campaign.end === null ? null : parseIsoDay(campaign.end);
    if (start === null || end === null || start > end) return;
    const channelKeys = [...new Set(campaign.channels.map(matchKey).filter((key) => key !== ""))];
    spans.push({
      index,
      label: campaignLabel(campaign, index),
      start,
      end,
      channelKeys,
      budget: campaign.budget,
    });
  });
  return spans;
}

/**
 * Capacity from the channel matrix. A negative or unreadable number falls back to the default
 * (the reader reports the cell); a fraction is rounded down because campaigns come whole.
 */
export function channelCapacity(channel: Channel | undefined): number {
  const max = channel?.maxConcurrentCampaigns ?? null;
  if (max === null || !Number.isFinite(max) || max < 0) return DEFAULT_MAX_CONCURRENT_CAMPAIGNS;
  return Math.floor(max);
}

export interface ChannelGroup {
  key: string;
  /** The name as the channel matrix spells it, else as the first campaign typed it. */
  name: string;
  /** Whether the channel is in the channel matrix. */
  known: boolean;
  max: number;
  spans: CampaignSpan[];
}

/**
 * The channels to analyse: every channel-matrix row in order (the first row of a repeated
 * name wins), then channels that only campaigns name, in order of first appearance.
 */
export function channelGroups(plan: Plan, spans: readonly CampaignSpan[]): ChannelGroup[] {
  const groups = new Map<string, ChannelGroup>();
  for (const channel of plan.channels) {
    const key = matchKey(channel.channel);
    if (key === "" || groups.has(key)) continue;
    groups.set(key, {
      key,
      name: channel.channel.trim(),
      known: true,
      max: channelCapacity(channel),
      spans: [],
    });
  }
  for (const span of spans) {
    const campaign = plan.campaigns[span.index];
    for (const key of span.channelKeys) {
      let group = groups.get(key);
      if (!group) {
        const typed = campaign?.channels.find((c) => matchKey(c) === key)?.trim() ?? key;
        group = {
          key,
          name: typed,
          known: false,
          max: DEFAULT_MAX_CONCURRENT_CAMPAIGNS,
          spans: [],
        };
        groups.set(key, group);
      }
      group.spans.push(span);
    }
  }
  return [...groups.values()];
}
