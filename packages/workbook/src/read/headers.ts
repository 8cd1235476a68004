import { foldLabel, type Language } from "@planbook/core";
import type { ColumnSpec, TableSpec } from "../layout/types";

export interface HeaderMatch {
  /** Spec column key → 0-based index in the table's headers. */
  columns: Map<string, number>;
  /** Headers that only one language spells this way (month numbers and "Q1" vote for neither). */
  votes: Record<Language, number>;
}

const MONTH_NAMES = [
  ["jan", "january"],
  ["feb", "february"],
  ["mar", "march"],
  ["apr", "april"],
  ["may"],
  ["jun", "june"],
  ["jul", "july"],
  ["aug", "august"],
  ["sep", "sept", "september"],
  ["oct", "october"],
  ["nov", "november"],
  ["dec", "december"],
];
const MONTH_BY_NAME = new Map(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const ZH_DIGITS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const MONTH_BY_ZH = new Map(ZH_DIGITS.map((d, i) => [d, i + 1] as const));
/** Serials of 2000-01-01 and 2099-12-31: a header cell holding a date (a month typed as a date). */
const SERIAL_RANGE = [36_526, 73_050] as const;

/**
 * The month a header names, in the forms operators and other tools write (docs/design.md#reading): `Jan`,
 * `January`, `Jan-27`, `1月`, `一月`, `2027-01`, `2027/1`, `2027年1月`, `M1`, `M01`, `1`, or a date
 * serial (a header typed as a date). Null for anything else. Takes a folded header.
 */
export function monthOfHeader(folded: string): number | null {
  const valid = (n: number) => (Number.isInteger(n) && n >= 1 && n <= 12 ? n : null);
  let m = /^(?:m|月)?0?(\d{1,2})(?:月(?:份)?)?$/.exec(folded);
  if (m) return valid(Number(m[1]));
  m = /^(?:\d{4}|\d{2})(?:[-/.]|年)0?(\d{1,2})月?$/.exec(folded);
  if (m) return valid(Number(m[1]));
  m = /^([a-z]+)\.?(?:[-/'’]?(?:\d{2}|\d{4}))?$/.exec(folded);
  if (m) return MONTH_BY_NAME.get(m[1] ?? "") ?? null;
  m = /^(?:\d{4}年)?([一二三四五六七八九十]+)月(?:份)?$/.exec(folded);
  if (m) return MONTH_BY_ZH.get(m[1] ?? "") ?? null;
  if (/^\d{5}(?:\.\d+)?$/.test(folded)) {
    const serial = Number(folded);
    if (serial >= SERIAL_RANGE[0] && serial <= SERIAL_RANGE[1]) {
      return new Date(Math.round((serial - 25_569) * 86_400_000)).getUTCMonth() + 1;
    }
  }
  return null;
}

/** `months.3` → 4 (the month a column holds); null for other columns. */
function monthOfColumn(col: ColumnSpec): number | null {
  const m = /^months\.(\d+)$/.exec(col.key);
  return m ? Number(m[1]) + 1 : null;
}

/** Every header text the reader accepts for a column, folded. */
function headerForms(col: ColumnSpec): string[] {
  return [col.header.en, col.header["zh-CN"], ...(col.aliases ?? [])].map(foldLabel);
}

/**
 * Finds each spec column among a table's headers by text in either language (NFKC, case- and
 * space-insensitive) or an alias; order does not matter and unknown headers are user columns.
 * A column that appears twice is read from its first occurrence.
 */
export function matchHeaders(table: TableSpec, headers: readonly string[]): HeaderMatch {
  const columns = new Map<string, number>();
  const votes: Record<Language, number> = { en: 0, "zh-CN": 0 };
  headers.forEach((header, index) => {
    // Adapters hand over strings, but a number-formatted header cell must not break the reader.
    const folded = foldLabel(String(header ?? ""));
    if (folded === "") return;
    let col = table.columns.find((c) => !columns.has(c.key) && headerForms(c).includes(folded));
    if (!col) {
      // a month in another of its usual forms (January, 一月, 2027-01 …)
      const month = monthOfHeader(folded);
      if (month !== null) col = table.columns.find((c) => !columns.has(c.key) && monthOfColumn(c) === month);
    }
    if (!col) return;
    columns.set(col.key, index);
    const en = foldLabel(col.header.en);
    const zh = foldLabel(col.header["zh-CN"]);
    if (en !== zh && folded === en) votes.en += 1;
    if (en !== zh && folded === zh) votes["zh-CN"] += 1;
  });
  return { columns, votes };
}

/** The columns a table must have to be read: its required input columns. */
export function requiredInputColumns(table: TableSpec): ColumnSpec[] {
  return table.columns.filter((c) => c.required && !c.toolOwned);
}

/**
 * Share of a table's identifying headers present among `headers`: its required input columns, or
 * all input columns for tables without required ones.
 */
export function headerCoverage(table: TableSpec, headers: readonly string[]): number {
  const required = requiredInputColumns(table);
  const wanted = required.length > 0 ? required : table.columns.filter((c) => !c.toolOwned);
  if (wanted.length === 0) return 0;
  const { columns } = matchHeaders(table, headers);
  return wanted.filter((c) => columns.has(c.key)).length / wanted.length;
}
