import type { Language } from "@planbook/core";
import { type FormulaRefs, structuredColumnName } from "../formulas/refs";
import { a1 } from "../grid/a1";
import { tableSpec } from "./spec";
import type { TableName } from "./types";

function headerOf(table: TableName, key: string, lang: Language): string {
  const column = tableSpec(table).columns.find((c) => c.key === key);
  if (!column) throw new Error(`no column ${key} in ${table}`);
  return structuredColumnName(column.header[lang]);
}

/**
 * Table columns as structured references (`tblActuals[[1月]:[12月]]`): they grow with the table
 * and follow renamed headers and moved columns in Excel, and LibreOffice 7.4 evaluates them
 * from a file without cached values (checked). Same-row cells of tblGoals are plain A1, because
 * LibreOffice does not evaluate `[#This Row]` outside the table it names.
 */
export function structuredTableRefs(lang: Language): Pick<FormulaRefs, "column" | "months"> {
  return {
    column: (table, key) => `${table}[${headerOf(table, key, lang)}]`,
    months: (table) =>
      `${table}[[${headerOf(table, "months.0", lang)}]:[${headerOf(table, "months.11", lang)}]]`,
  };
}

/**
 * Refs for a tblGoals row laid out as the spec orders it, starting at `firstColumn` (1-based);
 * what the generator writes. The add-in builds its own `goalCell` from the headers it finds.
 */
export function defaultRefs(lang: Language, row: number, firstColumn = 1): FormulaRefs {
  const goals = tableSpec("tblGoals").columns;
  return {
    ...structuredTableRefs(lang),
    goalCell: (key) => {
      const i = goals.findIndex((c) => c.key === key);
      if (i < 0) throw new Error(`no column ${key} in tblGoals`);
      return a1(row, firstColumn + i);
    },
  };
}
