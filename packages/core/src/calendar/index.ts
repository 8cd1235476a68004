export { type BudgetExecution, budgetExecution } from "./budget";
export { campaignFindings } from "./campaign-findings";
export { countsTowardsLoad, DEFAULT_MAX_CONCURRENT_CAMPAIGNS } from "./campaign-spans";
export { type UncoveredKeyDateOptions, uncoveredKeyDates } from "./coverage";
export { DateWindow, KeyDate, KeyDateKind, KeyDateTier } from "./key-date";
export { keyDates, matchKeyDate } from "./key-dates";
export {
  CampaignLoad,
  CampaignLoadSeries,
  ChannelCampaignLoad,
  campaignLoad,
  PlanWeek,
  WEEKS_PER_PLAN_YEAR,
  weeksOfYear,
} from "./load";
export { CALENDAR_MESSAGES, type CalendarMessage, type CalendarMessageParams } from "./messages";
