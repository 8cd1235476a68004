import type { Language } from "@planbook/core";
import { foldLabel } from "../cells/text";
import type { ColumnSpec, TableSpec } from "../layout/types";

export interface HeaderMatch {
  /** Spec column key → 0-based index in the table's headers. */
  columns: Map<string, number>;
  /** Headers that only one language spells this way (month numbers and "Q1" vote for neither). */
  votes: Record<Language, number>;
}

/** Every header text the reader accepts for a column, folded. */
export function headerForms(col: ColumnSpec): string[] {
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
    const col = table.columns.find((c) => !columns.has(c.key) && headerForms(c).includes(folded));
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
