import { ENUM_LABELS, type Language, PHASING_LABELS, type Plan } from "@planbook/core";
import { nthOfColumn } from "../formulas/dashboard";
import { SEASONALITY_HEADER_ROW } from "./settings";
import { structuredTableRefs } from "./table-refs";
import type { ColumnSpec, TableName } from "./types";

/** Dropdown values of an enum-like column in the workbook language; undefined for other columns. */
export function columnListItems(column: ColumnSpec, plan: Plan, lang: Language): string[] | undefined {
  if (column.kind.type === "enum") {
    return Object.values(ENUM_LABELS[column.kind.list] as Record<string, Record<Language, string>>).map(
      (l) => l[lang],
    );
  }
  if (column.kind.type === "phasing") {
    return [
      PHASING_LABELS.linear[lang],
      PHASING_LABELS.custom[lang],
      ...plan.settings.seasonality.map((p) => p.profile.trim()),
    ];
  }
  return undefined;
}

/** Longest inline list Excel accepts is 255 characters, including the quotes around it. */
const MAX_INLINE_LIST = 253;

/**
 * An inline list source (without quotes): items joined by commas, leaving out items that contain
 * commas or quotes (they would split or break the list) and cutting before the length limit.
 * Null when nothing is usable.
 */
export function inlineListSource(items: readonly string[]): string | null {
  const usable = items.filter((i) => i !== "" && !i.includes(",") && !i.includes('"'));
  let joined = "";
  for (const item of usable) {
    const next = joined === "" ? item : `${joined},${item}`;
    if (next.length > MAX_INLINE_LIST) break;
    joined = next;
  }
  return joined === "" ? null : joined;
}

/**
 * Dropdowns that follow the plan: each list is a workbook name over a table column (a structured
 * reference), so a channel, objective, goal or strategy added later appears in the dropdown with
 * no add-in. Phasing combines the two fixed labels with every tblSeasonality profile through a
 * helper column on Settings (PHASING_LIST_COLUMN), which the name spans as far as profiles go.
 */
export type ListName = "lstChannels" | "lstObjectiveIds" | "lstGoalIds" | "lstStrategyIds" | "lstPhasing";

/** Table column behind each list (lstPhasing: the Settings helper column, see phasingListCells). */
const LIST_SOURCES: Record<Exclude<ListName, "lstPhasing">, { table: TableName; key: string }> = {
  lstChannels: { table: "tblChannels", key: "channel" },
  lstObjectiveIds: { table: "tblObjectives", key: "id" },
  lstGoalIds: { table: "tblGoals", key: "id" },
  lstStrategyIds: { table: "tblStrategies", key: "id" },
};

/**
 * Input columns with a list from the plan, by `table.columnKey`. `multi`: the cell may hold several
 * IDs (`S1、S4`), which a list validation cannot accept as one item — the check only warns.
 */
export const COLUMN_LISTS: Record<string, { list: ListName; multi: boolean }> = {
  "tblGoals.objectiveId": { list: "lstObjectiveIds", multi: false },
  "tblGoals.channel": { list: "lstChannels", multi: false },
  "tblGoals.phasing": { list: "lstPhasing", multi: false },
  "tblGoals.strategyIds": { list: "lstStrategyIds", multi: true },
  "tblGoals.numeratorGoalId": { list: "lstGoalIds", multi: false },
  "tblGoals.denominatorGoalId": { list: "lstGoalIds", multi: false },
  "tblPhasing.goalId": { list: "lstGoalIds", multi: false },
  "tblActuals.goalId": { list: "lstGoalIds", multi: false },
  "tblStrategies.goalIds": { list: "lstGoalIds", multi: true },
  "tblCampaigns.channels": { list: "lstChannels", multi: true },
  "tblCampaigns.goalIds": { list: "lstGoalIds", multi: true },
  "tblContent.channel": { list: "lstChannels", multi: false },
  "tblContent.goalId": { list: "lstGoalIds", multi: false },
  "tblReview.channel": { list: "lstChannels", multi: false },
};

/** Settings column (P) of the Phasing list helper, starting on the tblSeasonality header row. */
export const PHASING_LIST_COLUMN = 16;
/** Profiles the helper column lists (tblSeasonality rows beyond it are not offered). */
const PHASING_LIST_PROFILES = 40;

const abs = (column: number, row: number) => {
  let letters = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `$${letters}$${row}`;
};

const PHASING_LIST_CAPTION: Record<Language, string> = {
  en: "Phasing dropdown",
  "zh-CN": "分解方式下拉列表",
};

/**
 * The Phasing list helper on Settings, from the tblSeasonality header row down: a caption, the
 * two fixed labels, then each profile of tblSeasonality by position (blank past its end).
 */
export function phasingListCells(lang: Language): (string | { formula: string })[] {
  const refs = structuredTableRefs(lang);
  return [
    PHASING_LIST_CAPTION[lang],
    PHASING_LABELS.linear[lang],
    PHASING_LABELS.custom[lang],
    ...Array.from({ length: PHASING_LIST_PROFILES }, (_, i) => ({
      formula: nthOfColumn(refs, "tblSeasonality", "profile", i + 1),
    })),
  ];
}

/** The workbook names of the lists (formulas without `=`); `settingsSheet`: the Settings sheet's name. */
export function listNameFormulas(
  lang: Language,
  settingsSheet: string,
): { name: ListName; formula: string }[] {
  const refs = structuredTableRefs(lang);
  const first = `'${settingsSheet.replace(/'/g, "''")}'!${abs(PHASING_LIST_COLUMN, SEASONALITY_HEADER_ROW + 1)}`;
  const profiles = `MIN(${PHASING_LIST_PROFILES},COUNTA(${refs.column("tblSeasonality", "profile")}))`;
  return [
    ...Object.entries(LIST_SOURCES).map(([name, src]) => ({
      name: name as ListName,
      formula: refs.column(src.table, src.key),
    })),
    { name: "lstPhasing", formula: `OFFSET(${first},0,0,2+${profiles},1)` },
  ];
}
