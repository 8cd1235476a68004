// The public API of @planbook/core, named one by one: only what the workbook, xlsx, the CLI and
// the add-in import. A name another package needs is added here by name; the rest stays inside.
// (`@planbook/core/text` is the light entry for start-up: defineMessages and folding, no zod.)

// Calendar: the budget execution figures; the key dates (and their lunar calendar) are the
// `@planbook/core/key-dates` entry, so a bundle that never shows them leaves them out.
export { budgetExecution } from "./calendar/budget";
export { KeyDate } from "./calendar/key-date";

// Localised text: number formats, enum labels and finding messages every renderer prints.
export { formatNumber, formatPercent, formatValue } from "./i18n/format";
export {
  ENUM_LABELS,
  enumKeyOf,
  enumLabel,
  MONTHS_EN,
  monthLabel,
  PHASING_LABELS,
  PUNCTUATION,
  SEVERITY_GROUP_LABELS,
  SEVERITY_LABELS,
} from "./i18n/labels";
export { formatFinding } from "./i18n/messages";
export { formatMetricValue, formatShare } from "./i18n/number-style";

// Metrics: a goal's metric from the catalog, as the readers and the workbook formulas resolve it.
export { memoizedFindMetric, resolveGoal } from "./metrics/resolve";

// The plan model (zod schemas and their types), findings and rule ids: the contract of design.md.
export {
  Dimension,
  type EnumListName,
  enumLists,
  GoalStatus,
  Language,
  Severity,
  SmartLetter,
  Unit,
} from "./model/enums";
export { Finding, FindingLocation, LocatedFinding } from "./model/finding";
export {
  Brand,
  BudgetLine,
  Campaign,
  Channel,
  Competitor,
  ContentItem,
  Goal,
  Lesson,
  MonthlyRow,
  Objective,
  Persona,
  Plan,
  type PlanCollection,
  type PlanInput,
  ReviewRow,
  Risk,
  SeasonalityProfile,
  Settings,
  Strategy,
  Trend,
} from "./model/plan";
export {
  RULES,
  type RuleId,
  type RuleParams,
  type UnreadableCellParams,
  type UnreadableCellRule,
} from "./model/rules";

// Phasing: how a goal's target is spread over the months (the workbook writes the same weights).
export { idKey } from "./phasing/keys";
export { phasingMethod } from "./phasing/method";
export { shareToMonth } from "./phasing/share";
export { phaseWeights } from "./phasing/weights";

// Portfolio: the roll-up of several brands' plans (CLI rollup, xlsx roll-up workbook).
export { brandName } from "./portfolio/brand-name";
export { combinePortfolio } from "./portfolio/combine";
export { formatPortfolioNote } from "./portfolio/messages";
export { brandFailure, summarizeBrand } from "./portfolio/summarize";
export { BrandEntry, BrandSummary, Portfolio, PortfolioStatus } from "./portfolio/types";

// Progress: year-to-date status per goal, computed the same way the workbook formulas do.
export { asOfMonth } from "./progress/as-of";
export { computeProgress } from "./progress/compute";
export { monthlyTargets } from "./progress/monthly-targets";
export { CheckInput, GoalProgress, PlanProgress } from "./progress/types";

// Text helpers also on the light `@planbook/core/text` entry.
export { defineMessages } from "./text/define-messages";
export { foldLabel } from "./text/fold";

// Validation: every rule over a plan, the one check the CLI, the reader and the add-in run.
export { validatePlan } from "./validation/validate-plan";
