import { idKey, type Language, type Plan } from "@planbook/core";
import { keyDates, matchKeyDate } from "@planbook/core/key-dates";
import { keyDateIdeas } from "./key-date-ideas";
import { defaultSeasonality } from "./seasonality";

export interface RenderedPlanOptions {
  /** Prefill Campaigns with the year's key dates as ideas (default true). */
  keyDateIdeas?: boolean;
}

/**
 * What every renderer writes beyond the plan as given: the default seasonality profiles when the
 * plan has none, the year's key dates as campaign ideas (except dates a campaign already covers
 * and ids already taken), and an Actuals row for every goal.
 */
export function planAsRendered(plan: Plan, lang: Language, opts: RenderedPlanOptions = {}): Plan {
  const seasonality =
    plan.settings.seasonality.length > 0 ? plan.settings.seasonality : defaultSeasonality(lang);
  let campaigns = plan.campaigns;
  if (opts.keyDateIdeas !== false) {
    const dates = keyDates(plan.year);
    const covered = new Set(
      plan.campaigns.map((c) => matchKeyDate(c.keyDate, dates)?.key).filter((k): k is string => !!k),
    );
    const taken = new Set(plan.campaigns.map((c) => idKey(c.id)));
    const ideas = keyDateIdeas(plan.year, lang).filter((idea) => {
      const kd = matchKeyDate(idea.keyDate, dates);
      return !(kd && covered.has(kd.key)) && !taken.has(idKey(idea.id));
    });
    campaigns = [...plan.campaigns, ...ideas];
  }
  return {
    ...plan,
    campaigns,
    actuals: withGoalActualsRows(plan),
    settings: { ...plan.settings, seasonality },
  };
}

/**
 * An Actuals row for every goal that has none, months blank (no data, as the engine reads it):
 * operators find each goal waiting for its numbers instead of typing ids. It also keeps
 * tblActuals from having a single row, where LibreOffice's INDEX(TRIM(range),0) gives #VALUE!
 * and every goal formula would show the marker.
 */
export function withGoalActualsRows(plan: Plan): Plan["actuals"] {
  const present = new Set(plan.actuals.map((a) => idKey(a.goalId)));
  const added: Plan["actuals"] = [];
  for (const goal of plan.goals) {
    const key = idKey(goal.id);
    if (key === "" || present.has(key)) continue;
    present.add(key);
    added.push({ goalId: goal.id.trim(), months: Array.from({ length: 12 }, () => null), unreadable: [] });
  }
  return [...plan.actuals, ...added];
}
