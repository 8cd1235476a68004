import type { Severity, SmartLetter } from "./enums";

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
