import type { Aggregation, Direction, Severity, SmartLetter, Unit } from "./enums";
import type { Finding } from "./finding";

/**
 * Every rule id of docs/design.md#rules (stable: users' scripts match on them) with its default severity and
 * SMART letter. Extensions are marked; nothing here is ever renamed or dropped.
 */
export const RULES = {
  "goal.id.missing": { severity: "error", smart: null },
  "goal.id.duplicate": { severity: "error", smart: null },
  "goal.metric.missing": { severity: "error", smart: "S" },
  "goal.dimension.invalid": { severity: "error", smart: "S" },
  "goal.channel.unknown": { severity: "error", smart: "S" },
  "goal.target.missing": { severity: "error", smart: "M" },
  "goal.target.invalid": { severity: "error", smart: "M" },
  "goal.percent.range": { severity: "error", smart: "M" },
  /** error for `last`, warning otherwise (see validation). */
  "goal.baseline.missing": { severity: "warning", smart: "M" },
  "goal.target.not-ambitious": { severity: "warning", smart: "A" },
  "goal.target.implausible": { severity: "warning", smart: "A" },
  "goal.objective.missing": { severity: "warning", smart: "R" },
  "goal.objective.unknown": { severity: "error", smart: "R" },
  "goal.strategy.missing": { severity: "warning", smart: "R" },
  "goal.strategy.unknown": { severity: "error", smart: "R" },
  "goal.period.invalid": { severity: "error", smart: "T" },
  "goal.period.outside-year": { severity: "error", smart: "T" },
  "goal.owner.missing": { severity: "warning", smart: null },
  "goal.ratio.components": { severity: "error", smart: "M" },
  /** extension: a ratio goal without numerator and denominator goals is tracked as an average. */
  "goal.ratio.average": { severity: "info", smart: "M" },
  /** extension: a metric outside the catalog with no Aggregation cannot be tracked. */
  "goal.aggregation.missing": { severity: "error", smart: "M" },
  "phasing.invalid": { severity: "error", smart: "T" },
  "value.percent-scale": { severity: "warning", smart: null },
  "value.text-number": { severity: "warning", smart: null },
  "value.error": { severity: "error", smart: null },
  /** extension: a cell that cannot be read as the number, date or list item its column needs. */
  "value.invalid": { severity: "error", smart: null },
  "actual.invalid": { severity: "error", smart: null },
  "actual.unknown-goal": { severity: "error", smart: null },
  /** extension: a second Actuals row for a goal; progress reads only the first. */
  "actual.duplicate": { severity: "warning", smart: null },
  "objective.no-goals": { severity: "warning", smart: null },
  "strategy.no-goals": { severity: "warning", smart: null },
  "campaign.period.invalid": { severity: "error", smart: null },
  "campaign.outside-year": { severity: "warning", smart: null },
  "campaign.channel.unknown": { severity: "error", smart: null },
  "campaign.goal.unknown": { severity: "error", smart: null },
  "campaign.overlap": { severity: "warning", smart: null },
  "budget.exceeded": { severity: "warning", smart: null },
  /** extension: a budget line whose Spent is above its planned amount (issue #11). */
  "budget.line.overspent": { severity: "warning", smart: null },
  "sheet.table.missing": { severity: "error", smart: null },
  "sheet.column.missing": { severity: "error", smart: null },
  /** extension: a table with another name was recognised as a spec table by its headers. */
  "sheet.table.renamed": { severity: "info", smart: null },
  /** A table another tool removed was found by its header row (docs/design.md#reading). */
  "sheet.table.recovered": { severity: "info", smart: null },
  /** Filled rows directly below a table were read as part of it (docs/design.md#reading). */
  "sheet.rows.outside-table": { severity: "warning", smart: null },
} as const satisfies Record<string, { severity: Severity; smart: SmartLetter | null }>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/**
 * What a finding of each rule carries in `params`, for its message (and for users' scripts, which
 * read them from the JSON). `makeFinding` takes the params of its rule, so a misspelt or missing
 * param does not compile, and each rule's message is typed by the same shape. Type aliases, not
 * interfaces, so that every shape is also a `Finding["params"]` record.
 */
type GoalRef = { id: string | null };
/** Where the reader found a cell: its header as in the workbook, a monthly cell's month, a monthly row's goal, a Settings cell's name. */
type CellWhere = { column?: string; month?: number; goal?: string | null; setting?: string };
/** A cell the reader could not read as its column needs; `expected` keys the hint (number, date, list …). */
export type UnreadableCellParams = CellWhere & { text: string; expected: string; list?: string };
/** A cell read as something other than it literally says (text "1,200" as 1200, 5 in a percent column as 5%). */
type ReadAsParams = CellWhere & { text: string; value: number | null };
type CampaignPeriod = { campaign: string; start: string | null; end: string | null };
type Money = { planned: number; over: number; currency: string };

/** Every rule has its params, and nothing else is in the map. */
type CheckRuleParams<
  T extends { [R in RuleId]: Finding["params"] } & Record<Exclude<keyof T, RuleId>, never>,
> = T;

export type RuleParamMap = CheckRuleParams<{
  "goal.id.missing": GoalRef & { metric: string | null };
  "goal.id.duplicate": GoalRef;
  "goal.metric.missing": GoalRef;
  /** From the checks (no dimension, none by default) or from the reader (not a list value). */
  "goal.dimension.invalid": (GoalRef & { metric: string | null }) | UnreadableCellParams;
  "goal.channel.unknown": GoalRef & { channel: string };
  "goal.target.missing": GoalRef;
  "goal.target.invalid":
    | (GoalRef & { text: string; unit: Unit })
    | (GoalRef & { target: number; unit: Unit })
    | UnreadableCellParams;
  "goal.percent.range": GoalRef & { field: "target" | "baseline"; value: number };
  "goal.baseline.missing": GoalRef & { aggregation: Aggregation | null };
  "goal.target.not-ambitious": GoalRef & {
    target: number;
    baseline: number;
    direction: Direction;
    unit: Unit;
  };
  "goal.target.implausible": GoalRef & {
    target: number;
    baseline: number;
    /** null when the growth overflows a number. */
    growth: number | null;
    maxGrowth: number;
    unit: Unit;
  };
  "goal.objective.missing": GoalRef;
  "goal.objective.unknown": GoalRef & { objective: string };
  "goal.strategy.missing": GoalRef;
  "goal.strategy.unknown": GoalRef & { strategy: string };
  "goal.period.invalid":
    | (GoalRef & { start: string; deadline: string })
    | (GoalRef & { problem: "not-a-date"; field: "start" | "deadline"; date: string });
  "goal.period.outside-year": GoalRef & { field: "start" | "deadline"; date: string; year: number };
  "goal.owner.missing": GoalRef;
  "goal.ratio.components": GoalRef & {
    problem: "one-missing" | "self" | "unknown";
    field: "numeratorGoalId" | "denominatorGoalId";
    goal: string | null;
  };
  "goal.ratio.average": GoalRef;
  "goal.aggregation.missing": GoalRef & { metric: string | null };
  "phasing.invalid": GoalRef & {
    phasing: string | null;
    method: "linear" | "custom" | "profile";
    problem: "custom-missing" | "profile-unknown" | "negative" | "zero";
  };
  "value.percent-scale": ReadAsParams;
  "value.text-number": ReadAsParams;
  "value.error": CellWhere & { text: string };
  "value.invalid": UnreadableCellParams;
  "actual.invalid": { goal: string | null; month: number; text: string } | UnreadableCellParams;
  "actual.unknown-goal": { goal: string | null };
  "actual.duplicate": { goal: string | null };
  "objective.no-goals": { id: string };
  "strategy.no-goals": { id: string };
  "campaign.period.invalid": CampaignPeriod & {
    field: "start" | "end";
    problem: "missing" | "not-a-date" | "order";
  };
  "campaign.outside-year": CampaignPeriod & { year: number };
  "campaign.channel.unknown": { campaign: string; channel: string };
  "campaign.goal.unknown": { campaign: string; goal: string };
  "campaign.overlap": {
    channel: string;
    max: number;
    count: number;
    from: string;
    to: string;
    /** The campaigns' labels, comma-separated. */
    campaigns: string;
  };
  "budget.exceeded": Money & { campaigns: number };
  "budget.line.overspent": Money & { item: string; spent: number };
  "sheet.table.missing": { table: string; sheet: string };
  "sheet.column.missing": { table: string; column: string; sheet: string };
  "sheet.table.renamed": { table: string; found: string; sheet: string };
  "sheet.table.recovered": { table: string; sheet: string };
  "sheet.rows.outside-table": { table: string; sheet: string; first: number; last: number };
}>;

/** The params a finding of `rule` carries. */
export type RuleParams<R extends RuleId> = RuleParamMap[R];

/** Rules a reader may report for a cell it could not read (a column's `invalidRule`). */
export type UnreadableCellRule = {
  [R in RuleId]: UnreadableCellParams extends RuleParams<R> ? R : never;
}[RuleId];

type KeysOfEither<P> = P extends unknown ? keyof P : never;
/**
 * What the message of `rule` receives: the params its findings carry (RuleParams), by name, and
 * the row's ref as `id`. Names are checked, so a message cannot read a param its rule never
 * has; values stay loose, as a finding read back from JSON may lack one or have another type.
 */
type RuleMessageParams<R extends RuleId> = {
  readonly [K in KeysOfEither<RuleParams<R>> | "id"]?: string | number | null;
};
/** Messages of rules in one language, each taking its rule's params (a `defineMessages` catalog). */
export type RuleTexts<R extends RuleId> = { readonly [K in R]: (params: RuleMessageParams<K>) => string };
