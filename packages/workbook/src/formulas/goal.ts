import type { Language } from "@planbook/core";
import type { TableName } from "../grid/table-names";
import type { FormulaRefs } from "./refs";
import { enumWords, isOneOf, label, MARKER, OK_MARK, phasingWords, str } from "./words";

/** Tool-owned formulas (docs/design.md#tool-owned); their text is below. */
export type ToolFormulaId =
  | "ytdTarget"
  | "ytdActual"
  | "attainment"
  | "progress"
  | "status"
  | "forecast"
  | "check"
  /** Hidden helpers (see below): s_M, and the goal's weight and weighted score in roll-ups. */
  | "phaseShare"
  | "rollupWeight"
  | "rollupScore";

/**
 * The tool-owned formulas of one tblGoals row: the engine semantics (docs/design.md#engine as decided by the
 * lead) in functions LibreOffice 7.4 and every Excel since 2010 evaluate without array entry.
 * Each builder returns the formula text WITHOUT the leading `=` (exceljs takes it that way; the
 * add-in prepends `=` for `Range.formulas`).
 *
 * Conventions shared by the columns: a row without Goal ID, Metric and Target is blank (spare
 * rows); a value that is unknown to the engine (no data, divisor 0) is `""`; an input the formula
 * cannot read as the engine would (text in a number or date cell, an unknown Aggregation or
 * Direction label, text in the goal's months) shows MARKER instead of a number that could differ
 * from the engine's. The tool columns refer to one another within the row (Attainment uses
 * YTD Actual and YTD Target …) so a marker propagates and each formula stays short.
 */

const MONTHS = "{1,2,3,4,5,6,7,8,9,10,11,12}";

/** As-of month M: the AsOfMonth setting, else the latest month with any actual; 0 when none. */
export function asOfMonthExpr(refs: Pick<FormulaRefs, "months">): string {
  return `IF(ISNUMBER(AsOfMonth),AsOfMonth,SUMPRODUCT(MAX((${refs.months("tblActuals")}<>"")*${MONTHS})))`;
}

/**
 * First row (1-based within the table body) whose id column equals `key`, trimmed, any case.
 * The lookup runs over the column with its header cell (`tbl[[#All],[Col]]`, then −1): over a
 * one-row table body, LibreOffice evaluates INDEX(TRIM(single cell),0) to #VALUE!, which would
 * turn every goal's numbers into the marker; with the header the range is never a single cell.
 */
function rowOf(idColumn: string, key: string): string {
  const structured = /^([^[\]]+)\[(.+)\]$/.exec(idColumn);
  if (!structured) return `MATCH(TRIM(${key}),INDEX(TRIM(${idColumn}),0),0)`;
  const withHeader = `${structured[1]}[[#All],[${structured[2]}]]`;
  return `(MATCH(TRIM(${key}),INDEX(TRIM(${withHeader}),0),0)-1)`;
}

function monthsRow(refs: FormulaRefs, table: TableName, row: string): string {
  return `INDEX(${refs.months(table)},${row},0)`;
}

/** Everything a goal formula refers to, named once. */
function rowContext(refs: FormulaRefs, M = asOfMonthExpr(refs)) {
  const c = (key: string) => refs.goalCell(key);
  const id = c("id");
  const agg = c("aggregation");
  const dir = c("direction");
  const start = c("start");
  const deadline = c("deadline");
  // (year − PlanYear)·12 + month clipped to 1..13 / 0..12: before the year → Jan, after → none.
  const startMonth = `IF(${start}="",1,MEDIAN(1,13,(YEAR(${start})-PlanYear)*12+MONTH(${start})))`;
  const endMonth = `IF(${deadline}="",12,MEDIAN(0,12,(YEAR(${deadline})-PlanYear)*12+MONTH(${deadline})))`;
  const baseline = c("baseline");
  const isSum = isOneOf(agg, enumWords("aggregation", "sum"));
  const isLast = isOneOf(agg, enumWords("aggregation", "last"));
  const isAverage = isOneOf(agg, enumWords("aggregation", "average"));
  const isRatio = isOneOf(agg, enumWords("aggregation", "ratio"));
  const isDecrease = isOneOf(dir, enumWords("direction", "decrease"));
  const unit = c("unit");
  const unitKnown = `OR(TRIM(${unit})="",${(["count", "percent", "currency", "index"] as const)
    .map((u) => isOneOf(unit, enumWords("unit", u)))
    .join(",")})`;
  return {
    c,
    M,
    id,
    target: c("target"),
    baseline,
    /** Baseline with blank = 0 (text stays text and errors into the marker). */
    b: `IF(${baseline}="",0,${baseline})`,
    phasing: c("phasing"),
    numerator: c("numeratorGoalId"),
    denominator: c("denominatorGoalId"),
    share: c("phaseShare"),
    ytdTarget: c("ytdTarget"),
    ytdActual: c("ytdActual"),
    attainment: c("attainment"),
    progress: c("progress"),
    rollupWeight: c("rollupWeight"),
    startMonth,
    endMonth,
    active: `(${MONTHS}>=${startMonth})*(${MONTHS}<=${endMonth})`,
    upTo: `(${MONTHS}<=${M})`,
    isSum,
    isLast,
    isRatio,
    aggKnown: `OR(${isSum},${isLast},${isAverage},${isRatio})`,
    isDecrease,
    isPercent: isOneOf(unit, enumWords("unit", "percent")),
    unitKnown,
    dirKnown: `OR(TRIM(${dir})="",${isOneOf(dir, enumWords("direction", "increase"))},${isDecrease})`,
    /** A spare row: nothing that makes a goal typed in yet. */
    blankRow: `AND(TRIM(${id})="",TRIM(${c("metric")})="",${c("target")}="")`,
  };
}
type Row = ReturnType<typeof rowContext>;

/** Blank on spare rows; any error inside (text in arithmetic) becomes the marker. */
function guarded(r: Row, body: string): string {
  return `IF(${r.blankRow},"",IFERROR(${body},${str(MARKER)}))`;
}

function ratioComponentsValid(r: Row, refs: FormulaRefs): string {
  const goalIds = refs.column("tblGoals", "id");
  return (
    `AND(TRIM(${r.numerator})<>"",TRIM(${r.denominator})<>"",` +
    `TRIM(${r.numerator})<>TRIM(${r.id}),TRIM(${r.denominator})<>TRIM(${r.id}),` +
    `ISNUMBER(${rowOf(goalIds, r.numerator)}),ISNUMBER(${rowOf(goalIds, r.denominator)}))`
  );
}

/**
 * s_M: the share of the goal due by month M under its phasing. Phasing that cannot be used (custom
 * without a row, an unknown profile, a negative weight or none over the active months) shows the
 * marker, as the engine calls such a sum or latest-value goal `check` — never a linear stand-in.
 */
function phaseShare(r: Row, refs: FormulaRefs): string {
  const { active, upTo } = r;
  const linear = `IF(SUMPRODUCT(${active})=0,0,SUMPRODUCT(${active}*${upTo})/SUMPRODUCT(${active}))`;
  // No active month: nothing is due (the period's own finding says why), whatever the weights.
  const weighted = (w: string) =>
    `IF(SUMPRODUCT(${active})=0,0,IF(AND(SUMPRODUCT(${active}*(${w}<0))=0,SUMPRODUCT(${active}*${w})>0),` +
    `SUMPRODUCT(${active}*${upTo}*${w})/SUMPRODUCT(${active}*${w}),${str(MARKER)}))`;
  const phasingRow = rowOf(refs.column("tblPhasing", "goalId"), r.id);
  const profileRow = rowOf(refs.column("tblSeasonality", "profile"), r.phasing);
  const isLinear = `OR(TRIM(${r.phasing})="",${isOneOf(r.phasing, phasingWords("linear"))})`;
  const isCustom = isOneOf(r.phasing, phasingWords("custom"));
  const body =
    `IF(${isLinear},${linear},` +
    `IF(${isCustom},IF(ISNUMBER(${phasingRow}),${weighted(monthsRow(refs, "tblPhasing", phasingRow))},${str(MARKER)}),` +
    `IF(ISNUMBER(${profileRow}),${weighted(monthsRow(refs, "tblSeasonality", profileRow))},${str(MARKER)})))`;
  return guarded(r, body);
}

function ytdActual(r: Row, refs: FormulaRefs): string {
  const actualIds = refs.column("tblActuals", "goalId");
  const { upTo } = r;
  const textCount = (a: string) => `SUMPRODUCT(${upTo}*(${a}<>"")*(1-ISNUMBER(${a})))`;

  const own = rowOf(actualIds, r.id);
  const a = monthsRow(refs, "tblActuals", own);
  const n = `SUMPRODUCT(${upTo}*ISNUMBER(${a}))`;
  const total = `SUMPRODUCT(${upTo}*ISNUMBER(${a}),${a})`;
  const latest = `LOOKUP(2,1/(${upTo}*ISNUMBER(${a})),${a})`;
  const ownValue =
    `IF(OR(TRIM(${r.id})="",ISNA(${own})),"",IF(${textCount(a)}>0,${str(MARKER)},IF(${n}=0,"",` +
    `IF(${r.isSum},${total},IF(${r.isLast},${latest},${total}/${n})))))`;

  const numRow = rowOf(actualIds, r.numerator);
  const denRow = rowOf(actualIds, r.denominator);
  const num = monthsRow(refs, "tblActuals", numRow);
  const den = monthsRow(refs, "tblActuals", denRow);
  const both = `${upTo}*ISNUMBER(${num})*ISNUMBER(${den})`;
  const ratioValue =
    `IF(OR(ISNA(${numRow}),ISNA(${denRow})),"",` +
    `IF(${textCount(num)}+${textCount(den)}>0,${str(MARKER)},` +
    `IF(SUMPRODUCT(${both})=0,"",IF(SUMPRODUCT(${both},${den})=0,"",` +
    `SUMPRODUCT(${both},${num})/SUMPRODUCT(${both},${den})))))`;

  const body =
    `IF(NOT(${r.aggKnown}),${str(MARKER)},` +
    `IF(AND(${r.isRatio},${ratioComponentsValid(r, refs)}),${ratioValue},${ownValue}))`;
  return guarded(r, body);
}

function ytdTarget(r: Row): string {
  const { target: T, b, share: s } = r;
  const body =
    `IF(${T}="","",IF(OR(NOT(ISNUMBER(${T})),NOT(${r.aggKnown})),${str(MARKER)},` +
    `IF(${r.isSum},${T}*${s},IF(${r.isLast},IF(ISNUMBER(${r.baseline}),${b}+(${T}-${b})*${s},${str(MARKER)}),${T}))))`;
  return guarded(r, body);
}

/**
 * TRUE when the row has an input the engine cannot compute a status from (docs/design.md#engine `check`)
 * that the YTD cells do not already carry as the marker: Target not a number (blank too), a
 * latest-value goal's Baseline not a number, ratio components given but unusable, Direction or
 * Unit not in their lists, a text Start or Deadline, an unknown Aggregation.
 */
function inputsBad(r: Row, refs: FormulaRefs): string {
  const dateBad = (d: string) => `NOT(OR(${d}="",ISNUMBER(${d})))`;
  const ratioBad =
    `AND(${r.isRatio},OR(TRIM(${r.numerator})<>"",TRIM(${r.denominator})<>""),` +
    `NOT(${ratioComponentsValid(r, refs)}))`;
  return (
    `OR(NOT(ISNUMBER(${r.target})),NOT(${r.aggKnown}),AND(${r.isLast},NOT(ISNUMBER(${r.baseline}))),` +
    `NOT(${r.dirKnown}),NOT(${r.unitKnown}),${dateBad(r.c("start"))},${dateBad(r.c("deadline"))},${ratioBad})`
  );
}

/**
 * Attainment carries the row's `check`: the marker when an input is bad or a YTD cell the
 * aggregation uses shows the marker (the share only matters to sum and latest-value goals), even
 * before there is data — so Status says 待修正 rather than not started. Progress and Forecast
 * follow Attainment's marker.
 */
function attainment(r: Row, refs: FormulaRefs): string {
  const { ytdActual: ya, ytdTarget: yt, target: T, b, share: s } = r;
  const m = str(MARKER);
  const marker = `OR(${inputsBad(r, refs)},${ya}=${m},${yt}=${m},AND(OR(${r.isSum},${r.isLast}),${s}=${m}))`;
  const body =
    `IF(${r.isSum},` +
    `IF(${r.isDecrease},IF(${ya}=0,"",${yt}/${ya}),IF(${yt}=0,"",${ya}/${yt})),` +
    `IF(${r.isLast},IF(${yt}-${b}=0,"",(${ya}-${b})/(${yt}-${b})),` +
    `IF(${r.isDecrease},IF(${ya}=0,"",${T}/${ya}),IF(${T}=0,"",${ya}/${T}))))`;
  return guarded(r, `IF(${marker},${m},IF(${ya}="","",${body}))`);
}

function progress(r: Row): string {
  const { ytdActual: ya, target: T, b } = r;
  const m = str(MARKER);
  const body =
    `IF(${r.isSum},IF(${T}=0,"",${ya}/${T}),` +
    `IF(${r.isLast},IF(${T}-${b}=0,"",(${ya}-${b})/(${T}-${b})),${r.attainment}))`;
  return guarded(r, `IF(${r.attainment}=${m},${m},IF(${ya}="","",${body}))`);
}

/** Forecast; never below 0 unless the goal is in percent (docs/design.md#engine), as the engine clamps it. */
function forecast(r: Row): string {
  const { ytdActual: ya, share: s, b } = r;
  const m = str(MARKER);
  const clamp = (x: string) => `IF(${r.isPercent},${x},MAX(0,${x}))`;
  const body =
    `IF(${r.isSum},IF(${s}=0,"",${clamp(`${ya}/${s}`)}),` +
    `IF(${r.isLast},IF(${s}=0,"",${clamp(`${b}+(${ya}-${b})/${s}`)}),${clamp(ya)}))`;
  return guarded(r, `IF(${r.attainment}=${m},${m},IF(${ya}="","",${body}))`);
}

export function thresholds(): { onTrack: string; atRisk: string } {
  return {
    onTrack: "IF(ISNUMBER(OnTrackThreshold),OnTrackThreshold,0.95)",
    atRisk: "IF(ISNUMBER(AtRiskThreshold),AtRiskThreshold,0.8)",
  };
}

/** Status from an attainment (or a roll-up) that has data: on track / at risk / off track. */
export function bandStatus(attainment: string, lang: Language): string {
  const { onTrack, atRisk } = thresholds();
  const l = (key: string) => str(label("goalStatus", key, lang));
  return `IF(${attainment}>=${onTrack},${l("on_track")},IF(${attainment}>=${atRisk},${l("at_risk")},${l("off_track")}))`;
}

function status(r: Row, lang: Language): string {
  const { ytdActual: ya, attainment: at, progress: pr, target: T } = r;
  const l = (key: string) => str(label("goalStatus", key, lang));
  const progressReached = `AND(ISNUMBER(${pr}),${pr}>=1)`;
  const deadlineReached = `${r.M}>=${r.endMonth}`;
  const achieved =
    `IF(${r.isSum},IF(${r.isDecrease},AND(${deadlineReached},ISNUMBER(${T}),${ya}<=${T}),${progressReached}),` +
    `IF(${r.isLast},${progressReached},AND(${deadlineReached},${progressReached})))`;
  const body =
    `IF(OR(${ya}=${str(MARKER)},${at}=${str(MARKER)},${pr}=${str(MARKER)}),${l("check")},` +
    `IF(${ya}="",${l("not_started")},IF(${achieved},${l("achieved")},` +
    `IF(${at}="",${l("on_track")},${bandStatus(at, lang)}))))`;
  return guarded(r, body);
}

/**
 * ✓ when the row holds what the engine needs without an error-level finding this formula can
 * see; else the marker. The add-in overwrites Check with the first finding's message after
 * Validate goals (and Refresh progress rewrites this formula).
 */
function check(r: Row, refs: FormulaRefs): string {
  const { c } = r;
  const start = c("start");
  const deadline = c("deadline");
  const dimension = c("dimension");
  const dimensionKnown = `OR(${(["growth", "content", "conversion", "brand"] as const)
    .map((d) => isOneOf(dimension, enumWords("dimension", d)))
    .join(",")})`;
  const dateOk = (d: string) => `OR(${d}="",ISNUMBER(${d}))`;
  const ratioOk = `OR(NOT(${r.isRatio}),AND(TRIM(${r.numerator})="",TRIM(${r.denominator})=""),${ratioComponentsValid(r, refs)})`;
  const toolCellsOk = [r.share, r.ytdTarget, r.ytdActual, r.attainment, r.progress]
    .map((x) => `${x}<>${str(MARKER)}`)
    .join(",");
  const conditions = [
    `TRIM(${r.id})<>""`,
    `TRIM(${c("metric")})<>""`,
    dimensionKnown,
    r.aggKnown,
    r.dirKnown,
    `ISNUMBER(${r.target})`,
    `OR(ISNUMBER(${r.baseline}),AND(${r.baseline}="",NOT(${r.isLast})))`,
    dateOk(start),
    dateOk(deadline),
    `OR(${start}="",${deadline}="",${start}<=${deadline})`,
    ratioOk,
    toolCellsOk,
  ];
  return guarded(r, `IF(AND(${conditions.join(",")}),${str(OK_MARK)},${str(MARKER)})`);
}

function rollupWeight(r: Row): string {
  const w = r.c("weight");
  return `IF(ISNUMBER(${r.attainment}),IF(ISNUMBER(${w}),IF(${w}<0,1,${w}),1),0)`;
}

function rollupScore(r: Row): string {
  return `IF(ISNUMBER(${r.attainment}),${r.rollupWeight}*MIN(MAX(${r.attainment},0),1),0)`;
}

/**
 * s_m for a fixed month expression instead of the as-of month: the Dashboard's monthly chart
 * phases the picked goal month by month with the very formula its Phase Share column uses.
 * `refs.goalCell` names cells holding that goal's inputs.
 */
export function phaseShareAt(refs: FormulaRefs, month: string): string {
  return phaseShare(rowContext(refs, month), refs);
}

/** Every tool-owned formula of one tblGoals row, by formula id (text without the leading `=`). */
export function goalRowFormulas(refs: FormulaRefs, lang: Language): Record<ToolFormulaId, string> {
  const r = rowContext(refs);
  return {
    phaseShare: phaseShare(r, refs),
    ytdTarget: ytdTarget(r),
    ytdActual: ytdActual(r, refs),
    attainment: attainment(r, refs),
    progress: progress(r),
    status: status(r, lang),
    forecast: forecast(r),
    check: check(r, refs),
    rollupWeight: rollupWeight(r),
    rollupScore: rollupScore(r),
  };
}
