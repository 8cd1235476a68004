import {
  type CheckInput,
  computeProgress,
  type Finding,
  formatFinding,
  type Language,
  type LocatedFinding,
  type Plan,
  type PlanProgress,
  validatePlan,
} from "@planbook/core";
import type { RawWorkbook } from "../grid/raw";
import { SHEETS, TABLES } from "../layout/spec";
import { makeFinding, SETTINGS_COLLECTION } from "./findings";
import type { LocatableFinding } from "./locate";
import { type ReadPlanOptions, type ReadPlanResult, readPlan } from "./read-plan";

export interface ValidateOptions extends ReadPlanOptions {
  /** Language of the messages; default: the workbook's language. */
  lang?: Language;
}

export interface WorkbookFindings {
  plan: Plan;
  /** Reader and core findings, located and worded, in the order the workbook reads. */
  findings: LocatedFinding[];
  language: Language;
}

const SETTINGS_SHEET = SHEETS.findIndex((s) => s.kind === "settings");

/** Spec sheet position of what a finding is about (its table's sheet, or Settings). */
function sheetRank(f: Finding): number {
  const collection = f.at?.collection;
  if (collection === SETTINGS_COLLECTION) return SETTINGS_SHEET;
  const table =
    collection !== undefined
      ? TABLES.find(
          (t) =>
            t.collection === collection ||
            (t.collection === "seasonality" && collection === "settings.seasonality"),
        )
      : TABLES.find(
          (t) => typeof f.params.table === "string" && t.name.toLowerCase() === f.params.table.toLowerCase(),
        );
  if (!table) return collection === undefined ? SETTINGS_SHEET : SHEETS.length;
  return SHEETS.findIndex((s) => s.tables.includes(table));
}

/**
 * Locates and words findings and sorts them by the spec's sheet order, then row, then column;
 * findings about a whole table (or without a cell) come first on their sheet. Stable otherwise.
 */
export function locateFindings(
  read: ReadPlanResult,
  findings: readonly Finding[],
  lang: Language,
): LocatedFinding[] {
  const keyed = findings.map((f, order) => {
    const ref = read.locate(f);
    const located: LocatedFinding = {
      rule: f.rule,
      severity: f.severity,
      smart: f.smart,
      sheet: ref?.sheet ?? (typeof f.params.sheet === "string" ? f.params.sheet : null),
      table: ref ? ref.table : typeof f.params.table === "string" ? f.params.table : null,
      cell: ref?.cell ?? null,
      ref: f.ref,
      message: formatFinding(f, lang),
    };
    return { located, sheet: sheetRank(f), row: ref?.row ?? 0, column: ref?.column ?? 0, order };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.column - b.column || a.order - b.order);
  return keyed.map((k) => k.located);
}

function readAndValidate(raw: RawWorkbook, opts: ReadPlanOptions) {
  const read = readPlan(raw, opts);
  return { read, findings: [...read.findings, ...validatePlan(read.plan)] };
}

/**
 * What `planbook validate` and the add-in's Validate goals report for a workbook: the reader's
 * findings and core validation's, each with sheet, table, cell and message.
 */
export function validateWorkbook(raw: RawWorkbook, opts: ValidateOptions = {}): WorkbookFindings {
  const { read, findings } = readAndValidate(raw, opts);
  const lang = opts.lang ?? read.language;
  return { plan: read.plan, findings: locateFindings(read, findings, lang), language: read.language };
}

export interface ProgressWorkbookOptions extends ValidateOptions {
  /** Overrides the workbook's AsOfMonth (`--as-of M`); must be a whole month 1–12. */
  asOfMonth?: number | null;
}

export interface WorkbookProgress extends WorkbookFindings {
  progress: PlanProgress;
  /**
   * The cell of an input a `check` goal needs fixed (`GoalProgress.fix`) in this workbook; for a
   * column the table lacks, the table's first header cell. Null where the workbook has no place.
   */
  cellOf(input: CheckInput): { sheet: string; cell: string } | null;
}

/** `cellOf` of WorkbookProgress, from the reader's locator. */
function checkCellLocator(read: ReadPlanResult) {
  return (input: CheckInput) => {
    const { rule, collection, index, field } = input;
    const table = TABLES.find(
      (t) =>
        t.collection === collection ||
        (t.collection === "seasonality" && collection === "settings.seasonality"),
    );
    // Not a finding, only where to look: a table-level place, or a row's cell.
    const place: LocatableFinding =
      index === null
        ? { rule, at: null, params: { table: table?.name ?? "" } }
        : { rule, at: { collection, index, field }, params: {} };
    const ref = read.locate(place);
    return ref === null ? null : { sheet: ref.sheet, cell: ref.cell };
  };
}

/**
 * What `planbook progress` and the add-in's Refresh progress compute: core progress of the plan
 * read from the workbook, with the same findings as validation. An as-of month outside 1–12 is
 * reported (value.invalid) and the workbook's own AsOfMonth used instead.
 */
export function progressWorkbook(raw: RawWorkbook, opts: ProgressWorkbookOptions = {}): WorkbookProgress {
  const { read, findings } = readAndValidate(raw, opts);
  const override = opts.asOfMonth ?? null;
  const validOverride = override !== null && Number.isInteger(override) && override >= 1 && override <= 12;
  if (override !== null && !validOverride) {
    findings.push(
      makeFinding("value.invalid", {
        params: { text: String(override), expected: "month", setting: "AsOfMonth" },
      }),
    );
  }
  const progress = computeProgress(read.plan, validOverride ? { asOfMonth: override } : {});
  const lang = opts.lang ?? read.language;
  return {
    plan: read.plan,
    progress,
    findings: locateFindings(read, findings, lang),
    language: read.language,
    cellOf: checkCellLocator(read),
  };
}
