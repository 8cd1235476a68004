import type { GoalStatus, Language } from "@planbook/core";
import type { Strings } from "../i18n/strings";
import type { RefreshResult } from "../shared/backend";
import { h, paneSection } from "./dom";
import { dimensionLabel, formatPercent, statusLabel } from "./format";

/** Progress summary: brand, as-of month, overall, per dimension and per goal. null = not refreshed yet. */
export function renderProgress(
  result: RefreshResult | null,
  t: Strings,
  lang: Language,
  onChartGoal: (goalId: string) => void,
): HTMLElement {
  const section = paneSection("progress", t.progressHeading);
  if (result === null) {
    section.append(h("p", { class: "pb-empty" }, t.progressEmpty));
    return section;
  }
  const { progress, brand } = result;
  const facts = h("dl", { class: "pb-facts" });
  if (brand) facts.append(h("dt", {}, t.brand), h("dd", {}, brand));
  facts.append(
    h("dt", {}, t.asOf),
    h("dd", {}, progress.asOfMonth === null ? t.asOfNone : t.monthName(progress.asOfMonth)),
    h("dt", {}, t.overall),
    h("dd", {}, `${formatPercent(progress.brand.attainment, lang)} `, badge(progress.brand.status, lang)),
  );
  section.append(facts);
  // Check goals are not in the overall figure: say how many, so a smaller average is not misread.
  if (progress.brand.leftOut > 0)
    section.append(h("p", { class: "pb-help pb-left-out" }, t.leftOut(progress.brand.leftOut)));

  section.append(
    table(
      t.dimensionsCaption,
      [t.dimension, t.attainment, t.status],
      progress.dimensions.map((d) => [
        dimensionLabel(d.dimension, lang),
        formatPercent(d.attainment, lang),
        badge(d.status, lang),
      ]),
    ),
  );
  // A duplicated goal ID (itself a finding) is pressed once: on its first row, the one the
  // Dashboard's chart shows (its lookups find the first match).
  let pressed = false;
  const firstShown = (goalId: string): boolean => {
    const chart = result.chartGoalId;
    const shown = !pressed && chart !== null && chart.trim().toLowerCase() === goalId.trim().toLowerCase();
    if (shown) pressed = true;
    return shown;
  };
  section.append(
    table(
      t.goalsCaption,
      [t.goal, t.metric, t.attainment, t.status],
      progress.goals.map((g) => [
        goalButton(g.id, firstShown(g.id), t, onChartGoal),
        g.metric ?? "—",
        formatPercent(g.attainment, lang),
        badge(g.status, lang),
      ]),
      "pb-goals",
    ),
  );
  if (progress.goals.length > 0) section.append(h("p", { class: "pb-help" }, t.goalsChartHint));
  return section;
}

/** A goal ID that puts the goal into the Dashboard's monthly chart; pressed for the one shown. */
function goalButton(goalId: string, shown: boolean, t: Strings, onChartGoal: (goalId: string) => void): Node {
  if (goalId.trim() === "") return document.createTextNode("—");
  return h(
    "button",
    {
      type: "button",
      class: "pb-goal",
      "data-goal": goalId,
      "aria-pressed": String(shown),
      "aria-label": t.chartGoal(goalId),
      title: t.chartGoal(goalId),
      onclick: () => onChartGoal(goalId),
    },
    goalId,
  );
}

function badge(status: GoalStatus, lang: Language): HTMLElement {
  return h("span", { class: `pb-badge pb-status-${status}` }, statusLabel(status, lang));
}

function table(caption: string, headers: string[], rows: (string | Node)[][], className = ""): HTMLElement {
  return h(
    "table",
    { class: `pb-table ${className}`.trim() },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, ...headers.map((text) => h("th", { scope: "col" }, text)))),
    h("tbody", {}, ...rows.map((cells) => h("tr", {}, ...cells.map((cell) => h("td", {}, cell))))),
  );
}
