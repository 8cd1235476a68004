/**
 * The ListObject names of every table of the layout (docs/design.md#workbook-contract): fixed
 * ASCII, never localised. A literal union, so a misspelt name in a formula or a renderer does not
 * compile; layout/spec.ts gives each its columns (a test keeps the two lists equal).
 */
export const TABLE_NAMES = [
  "tblReview",
  "tblLessons",
  "tblTrends",
  "tblCompetitors",
  "tblPersonas",
  "tblObjectives",
  "tblGoals",
  "tblPhasing",
  "tblActuals",
  "tblStrategies",
  "tblChannels",
  "tblCampaigns",
  "tblContent",
  "tblBudget",
  "tblRisks",
  "tblSeasonality",
] as const;

export type TableName = (typeof TABLE_NAMES)[number];
