import fc from "fast-check";
import { CampaignStatus } from "../model/enums";

/**
 * Random campaigns of 2026 for the calendar's property tests, as a plan's input takes them: ids
 * C0, C1 …, a start on day 1…`lastStart` of the year, `maxLength` days at most (an end before the
 * start never), any of `channels` (none too) and any status or none.
 */
export function campaignsArb(o: {
  lastStart: number;
  maxLength: number;
  channels: string[];
  maxCampaigns: number;
}) {
  const day = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString().slice(0, 10);
  const campaign = fc.record({
    start: fc.integer({ min: 1, max: o.lastStart }),
    length: fc.integer({ min: 0, max: o.maxLength }),
    channels: fc.subarray(o.channels),
    status: fc.constantFrom<CampaignStatus | null>(...CampaignStatus.options, null),
  });
  return fc.array(campaign, { maxLength: o.maxCampaigns }).map((list) =>
    list.map((c, i) => ({
      id: `C${i}`,
      start: day(c.start),
      end: day(c.start + c.length),
      channels: c.channels,
      status: c.status,
    })),
  );
}
