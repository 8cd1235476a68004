import {
  type Finding,
  idKey,
  type Language,
  memoizedFindMetric,
  Plan,
  Settings,
  type Unit,
} from "@planbook/core";
import type { RawCell, RawTable, RawWorkbook } from "../grid/raw";
import { SHEETS, TABLES } from "../layout/spec";
import type { TableSpec } from "../layout/types";
import { makeFinding, SETTINGS_COLLECTION } from "./findings";
import { type HeaderMatch, matchHeaders, requiredInputColumns } from "./headers";
import { type CellRef, type LocatableFinding, makeLocator, type TablePlacement } from "./locate";
import { recoverTables } from "./recover";
import { type RowRecord, readTableRows } from "./rows";
import { MAX_YEAR, MIN_YEAR, namedCell, readSettings, type SettingsReading } from "./settings";
import { type FoundTable, findTables } from "./tables";

export interface ReadPlanOptions {
  /** Year used when the workbook has neither a PlanYear cell nor a year in its meta sheet. */
  planYear?: number;
  /** Brand id used when the meta sheet has none and the Brand name gives no ASCII slug. */
  brandId?: string;
}

/** How a spec table was found, for reports ("tblGoals was recognised in Table3 by its headers"). */
interface TableMatch {
  table: string;
  foundAs: string;
  sheet: string;
  matchedBy: FoundTable["matchedBy"];
}

export interface ReadPlanResult {
  plan: Plan;
  /** Reader findings (tables, columns, cell values, settings); core validation adds its own. */
  findings: Finding[];
  /** The cell a finding (the reader's or core's) points at, in this workbook. */
  locate: (f: LocatableFinding) => CellRef | null;
  language: Language;
  tables: TableMatch[];
}

const BRAND_ID = /^[a-z0-9][a-z0-9-]*$/;

/** File-name safe id from a brand name; null when nothing ASCII is left (e.g. a Chinese name). */
export function brandSlug(name: string): string | null {
  const slug = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? null : slug;
}

/** A meta sheet value, trimmed ("" when absent); tolerant of adapters that pass numbers. */
function metaText(raw: RawWorkbook, key: string): string {
  const value: unknown = raw.meta[key];
  return value === undefined || value === null ? "" : String(value).trim();
}

function languageOf(meta: string): Language | null {
  const m = meta.toLowerCase();
  if (m === "en" || m.startsWith("en-")) return "en";
  if (m === "zh" || m.startsWith("zh")) return "zh-CN";
  return null;
}

/** Workbook language: the meta sheet's, else the language most headers and sheet names are in (zh-CN on a tie). */
function detectLanguage(raw: RawWorkbook, matches: readonly HeaderMatch[]): Language {
  const fromMeta = languageOf(metaText(raw, "language"));
  if (fromMeta) return fromMeta;
  const votes = { en: 0, "zh-CN": 0 };
  for (const m of matches) {
    votes.en += m.votes.en;
    votes["zh-CN"] += m.votes["zh-CN"];
  }
  for (const name of raw.sheetNames) {
    if (SHEETS.some((s) => s.name.en === name && s.name["zh-CN"] !== name)) votes.en += 1;
    if (SHEETS.some((s) => s.name["zh-CN"] === name && s.name.en !== name)) votes["zh-CN"] += 1;
  }
  return votes.en > votes["zh-CN"] ? "en" : "zh-CN";
}

function sheetNameOf(spec: TableSpec, lang: Language): string {
  return SHEETS.find((s) => s.tables.includes(spec))?.name[lang] ?? "";
}

/** Goals first: the Actuals' values take the unit of the goal each row names. */
const READ_ORDER: readonly TableSpec[] = [...TABLES].sort(
  (a, b) => Number(a.collection !== "goals") - Number(b.collection !== "goals"),
);

/**
 * The plan year: PlanYear, else the meta sheet's year, else the caller's. Without any, a finding
 * asks for PlanYear and the current year stands in, because month-day dates need some year.
 */
function planYearOf(
  raw: RawWorkbook,
  settings: SettingsReading,
  opts: ReadPlanOptions,
  findings: Finding[],
): number {
  const inRange = (y: number | undefined): y is number =>
    y !== undefined && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
  const metaYear = Number(metaText(raw, "year"));
  const year =
    settings.values.planYear ??
    (inRange(metaYear) ? metaYear : inRange(opts.planYear) ? opts.planYear : null);
  if (year !== null) return year;
  if (!settings.findings.some((f) => f.at?.field === "PlanYear")) {
    const hasCell = namedCell(raw, "PlanYear") !== null;
    findings.push(
      makeFinding("value.invalid", {
        at: hasCell ? { collection: SETTINGS_COLLECTION, index: 0, field: "PlanYear" } : null,
        params: { text: "", expected: "year", setting: "PlanYear" },
      }),
    );
  }
  return new Date().getUTCFullYear();
}

/** Missing tables and columns, and tables recognised by their headers: findings and the list of matches. */
function structureFindings(
  found: Map<string, FoundTable>,
  headerMatches: Map<string, HeaderMatch>,
  language: Language,
): { findings: Finding[]; tables: TableMatch[]; missingColumns: Record<string, string[]> } {
  const findings: Finding[] = [];
  const tables: TableMatch[] = [];
  // Plan.missingColumns: progress must know that e.g. Actuals has no January, not read it as blank.
  const missingColumns: Record<string, string[]> = {};
  const missing = (spec: TableSpec, key: string) => {
    missingColumns[spec.collection] ??= [];
    missingColumns[spec.collection]!.push(key);
  };
  for (const spec of TABLES) {
    const t = found.get(spec.name);
    if (!t) {
      if (spec.required) {
        const params = { table: spec.name, sheet: sheetNameOf(spec, language) };
        findings.push(makeFinding("sheet.table.missing", { params }));
        for (const c of requiredInputColumns(spec)) missing(spec, c.key);
      }
      continue;
    }
    tables.push({ table: spec.name, foundAs: t.raw.name, sheet: t.raw.sheet, matchedBy: t.matchedBy });
    if (t.matchedBy === "headers") {
      const params = { table: spec.name, found: t.raw.name, sheet: t.raw.sheet };
      findings.push(makeFinding("sheet.table.renamed", { params }));
    }
    const columns = headerMatches.get(spec.name)?.columns;
    for (const c of requiredInputColumns(spec)) {
      if (columns?.has(c.key)) continue;
      missing(spec, c.key);
      const params = { table: spec.name, column: c.header[language], sheet: t.raw.sheet };
      findings.push(makeFinding("sheet.column.missing", { params }));
    }
  }
  return { findings, tables, missingColumns };
}

/** Brand id: the meta sheet's, else a slug of the Brand name, else the caller's, else `brand`. */
function brandOf(raw: RawWorkbook, settingsBrand: string | null, opts: ReadPlanOptions) {
  const name = settingsBrand ?? (metaText(raw, "brand") || null);
  const metaId = metaText(raw, "brandId");
  const optId = opts.brandId && BRAND_ID.test(opts.brandId) ? opts.brandId : null;
  const id =
    (BRAND_ID.test(metaId) ? metaId : brandSlug(metaId)) ??
    (name ? brandSlug(name) : null) ??
    optId ??
    "brand";
  return { id, name: name ?? id, industry: metaText(raw, "industry") || null };
}

/**
 * Units of goal values: a goal row's own Unit, else its catalog metric's (as core resolves it);
 * an Actuals row takes the unit of the first goal with its id (like MATCH). Null: plain numbers.
 */
class GoalUnits {
  private readonly byGoal = new Map<string, Unit | null>();
  private readonly findMetric = memoizedFindMetric();

  ofGoalRecord(record: RowRecord): Unit | null {
    const own = record.unit as Unit | null | undefined;
    if (own) return own;
    return typeof record.metric === "string" ? (this.findMetric(record.metric)?.unit ?? null) : null;
  }

  learn(goals: readonly RowRecord[]): void {
    for (const g of goals) {
      const key = idKey(typeof g.id === "string" ? g.id : "");
      if (key !== "" && !this.byGoal.has(key)) this.byGoal.set(key, this.ofGoalRecord(g));
    }
  }

  forTable(spec: TableSpec): (record: RowRecord) => Unit | null {
    if (spec.collection === "goals") return (record) => this.ofGoalRecord(record);
    return (record) =>
      typeof record.goalId === "string" ? (this.byGoal.get(idKey(record.goalId)) ?? null) : null;
  }
}

/**
 * Finds the spec tables; those without a table part are looked for by their header rows in the
 * cells the adapter handed over (`raw.sheets`), and found again by name (docs/design.md#reading).
 */
function findWithRecovery(given: RawWorkbook): {
  raw: RawWorkbook;
  found: Map<string, FoundTable>;
  recovered: RawTable[];
} {
  const found = findTables(given);
  if (!given.sheets || given.sheets.length === 0) return { raw: given, found, recovered: [] };
  const missing = new Set(TABLES.filter((s) => !found.has(s.name)).map((s) => s.name));
  const recovered = missing.size > 0 ? recoverTables(given, missing) : [];
  if (recovered.length === 0) return { raw: given, found, recovered };
  const raw = { ...given, tables: [...given.tables, ...recovered] };
  return { raw, found: findTables(raw), recovered };
}

/**
 * Rows typed directly below a table (the adapter's `below`) become rows of the table, so a typed
 * value is never dropped, with one warning naming them — when any of them holds an input value.
 * Replaces each such table in `found` by its extended copy.
 */
function readRowsBelow(found: Map<string, FoundTable>, headerMatches: Map<string, HeaderMatch>): Finding[] {
  const findings: Finding[] = [];
  for (const [name, t] of found) {
    const below = t.raw.below;
    if (!below || below.length === 0) continue;
    const columns = headerMatches.get(name)?.columns ?? new Map<string, number>();
    const inputs = t.spec.columns
      .filter((c) => !c.toolOwned && c.kind.type !== "formula")
      .flatMap((c) => columns.get(c.key) ?? []);
    const filled = below.some((cells) => inputs.some((i) => !isBlankCell(cells[i])));
    if (!filled) continue;
    found.set(name, { ...t, raw: { ...t.raw, rows: [...t.raw.rows, ...below], below: [] } });
    const first = t.raw.headerRow + 1 + t.raw.rows.length;
    const params = { table: t.spec.name, sheet: t.raw.sheet, first, last: first + below.length - 1 };
    findings.push(makeFinding("sheet.rows.outside-table", { params }));
  }
  return findings;
}

function isBlankCell(c: RawCell | undefined): boolean {
  return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
}

/**
 * zod 4 compiles a parser per object schema (`new Function`) on its first parse unless told not
 * to; a read parses the plan once, so the compile costs more than it saves: the example workbook's
 * `planbook validate` ran ~3% fewer instructions without it, the 2,000-goal bench workbook's too
 * (issue #8). A per-parse option, because `z.config({ jitless })` only reaches schemas built after
 * it is called — and the model's schemas are built when core is imported.
 */
const INTERPRETED = { jitless: true } as const;

/**
 * Reads a workbook (as any adapter hands it over) into a Plan, with a finding for everything it
 * could not read, each locatable to its cell. Never throws on workbook content.
 */
export function readPlan(given: RawWorkbook, opts: ReadPlanOptions = {}): ReadPlanResult {
  const settings = readSettings(given);
  const findings: Finding[] = [...settings.findings];
  const year = planYearOf(given, settings, opts, findings);

  const { raw, found, recovered } = findWithRecovery(given);
  const headerMatches = new Map<string, HeaderMatch>();
  for (const [name, t] of found) headerMatches.set(name, matchHeaders(t.spec, t.raw.headers));
  const language = detectLanguage(raw, [...headerMatches.values()]);
  const structure = structureFindings(found, headerMatches, language);
  findings.push(...structure.findings);
  for (const t of recovered) {
    findings.push(makeFinding("sheet.table.recovered", { params: { table: t.name, sheet: t.sheet } }));
  }
  findings.push(...readRowsBelow(found, headerMatches));

  const units = new GoalUnits();
  const collections: Record<string, RowRecord[]> = {};
  const placements: TablePlacement[] = [];
  for (const spec of READ_ORDER) {
    const t = found.get(spec.name);
    if (!t) continue;
    const columnIndex = headerMatches.get(spec.name)?.columns ?? new Map<string, number>();
    const rows = readTableRows(t, columnIndex, { planYear: year, unitOf: units.forTable(spec) });
    findings.push(...rows.findings);
    collections[spec.collection] = rows.records;
    if (spec.collection === "goals") units.learn(rows.records);
    placements.push({
      spec,
      sheet: t.raw.sheet,
      table: t.raw.name,
      headerRow: t.raw.headerRow,
      firstColumn: t.raw.firstColumn,
      columns: new Map([...columnIndex].map(([key, i]) => [key, t.raw.firstColumn + i])),
      sheetRows: rows.sheetRows,
    });
  }

  const defaults = Settings.parse({}, INTERPRETED);
  const v = settings.values;
  const { seasonality = [], ...rowCollections } = collections;
  // Records are plain objects keyed by model field; Plan.parse fills every default.
  const plan = Plan.parse(
    {
      brand: brandOf(raw, v.brand, opts),
      year,
      language,
      settings: {
        asOfMonth: v.asOfMonth,
        onTrackThreshold: v.onTrackThreshold ?? defaults.onTrackThreshold,
        atRiskThreshold: v.atRiskThreshold ?? defaults.atRiskThreshold,
        maxGrowth: v.maxGrowth ?? defaults.maxGrowth,
        currency: v.currency ?? defaults.currency,
        seasonality,
      },
      ...rowCollections,
      missingColumns: structure.missingColumns,
    },
    INTERPRETED,
  );
  return { plan, findings, locate: makeLocator(raw, placements), language, tables: structure.tables };
}
