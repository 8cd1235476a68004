import type { Dimension, Language } from "@planbook/core";
import type { TableName } from "../grid/table-names";
import { bandStatus } from "./goal";
import type { FormulaRefs } from "./refs";
import { columnIsOneOf, enumWords, label, str } from "./words";

/**
 * Roll-ups of the Dashboard (objective, dimension, channel, brand): Σ w·clamp(Att,0,1) / Σ w over
 * the goals whose Attainment is a number. Each goal row carries its w (Roll-up Weight, 0 without
 * attainment) and w·clamp (Roll-up Score), so the roll-up is two SUMPRODUCTs over a 0/1 group
 * mask — no IF over arrays, which pre-dynamic-array Excel would not evaluate element-wise.
 */
export type GroupMask = string | null;

type TableRefs = Pick<FormulaRefs, "column">;

export function dimensionMask(refs: TableRefs, dimension: Dimension): string {
  return columnIsOneOf(refs.column("tblGoals", "dimension"), enumWords("dimension", dimension));
}

/** Goals of the objective whose id is in `objectiveIdCell` (trimmed, any case). */
export function objectiveMask(refs: TableRefs, objectiveIdCell: string): string {
  return `(TRIM(${refs.column("tblGoals", "objectiveId")})=TRIM(${objectiveIdCell}))`;
}

/** Goals of one channel; `null` is the group of goals with a blank channel ("all channels"). */
export function channelMask(refs: TableRefs, channel: string | null): string {
  return `(TRIM(${refs.column("tblGoals", "channel")})=${str(channel === null ? "" : channel.trim())})`;
}

function sumOver(refs: TableRefs, mask: GroupMask, key: string): string {
  const column = refs.column("tblGoals", key);
  return mask === null ? `SUM(${column})` : `SUMPRODUCT(${mask},${column})`;
}

/** Weighted attainment of a group; blank when no goal of it has an attainment (or Σw = 0). */
export function rollupAttainment(refs: TableRefs, mask: GroupMask): string {
  const weights = sumOver(refs, mask, "rollupWeight");
  return `IF(${weights}=0,"",${sumOver(refs, mask, "rollupScore")}/${weights})`;
}

/** Goals of the group that have an attainment (the `goals` count of the engine's roll-up). */
export function rollupGoalCount(refs: TableRefs, mask: GroupMask): string {
  const has = `--ISNUMBER(${refs.column("tblGoals", "attainment")})`;
  return mask === null ? `SUMPRODUCT(${has})` : `SUMPRODUCT(${mask},${has})`;
}

/**
 * Goals of the group whose Status is `check` (待修正): left out of the roll-up, counted so that a
 * group average over fewer goals is never mistaken for the whole group's (the engine's `leftOut`).
 */
export function rollupCheckCount(refs: TableRefs, mask: GroupMask): string {
  const isCheck = columnIsOneOf(refs.column("tblGoals", "status"), enumWords("goalStatus", "check"));
  return mask === null ? `SUMPRODUCT(${isCheck})` : `SUMPRODUCT(${mask},${isCheck})`;
}

/** Status of a group from the cell holding its roll-up attainment (never `achieved`). */
export function rollupStatus(attainmentCell: string, lang: Language): string {
  return `IF(ISNUMBER(${attainmentCell}),${bandStatus(attainmentCell, lang)},${str(label("goalStatus", "not_started", lang))})`;
}

/** Cell text of the i-th (1-based) row of a table column, blank past the end. */
export function nthOfColumn(refs: TableRefs, table: TableName, key: string, i: number): string {
  const column = refs.column(table, key);
  return `IF(ROWS(${column})<${i},"",IF(INDEX(${column},${i})="","",INDEX(${column},${i})))`;
}
