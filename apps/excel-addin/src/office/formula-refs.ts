import type { Language } from "@planbook/core";
import {
  type FormulaRefs,
  findTables,
  goalRowFormulas,
  goalsTable,
  matchHeaders,
  type RawWorkbook,
  structuredColumnName,
  type TableName,
  type ToolFormulaId,
  tableSpec,
} from "@planbook/workbook";

export interface LiveRefs {
  refs: FormulaRefs;
  /** Spec tables the formulas refer to that the workbook lacks. */
  missingTables: Set<string>;
  /** tblGoals input columns the formulas refer to that the workbook lacks. */
  missingColumns: Set<string>;
}

/**
 * FormulaRefs for the workbook as it is: tables by their real ListObject names, columns by their
 * real header text (users rename and move them), and same-row tblGoals cells as R1C1 `RC<n>` with
 * the column's absolute number — so one formula text fits every row of a column.
 */
export function liveRefs(raw: RawWorkbook): LiveRefs {
  const found = findTables(raw);
  const missingTables = new Set<string>();
  const missingColumns = new Set<string>();
  const headerOf = (table: TableName, key: string): { tableName: string; header: string } => {
    const t = found.get(table);
    if (!t) {
      missingTables.add(table);
      const spec = tableSpec(table).columns.find((c) => c.key === key);
      return { tableName: table, header: spec?.header.en ?? key };
    }
    const index = matchHeaders(t.spec, t.raw.headers).columns.get(key);
    if (index === undefined) {
      missingColumns.add(`${table}.${key}`);
      const spec = t.spec.columns.find((c) => c.key === key);
      return { tableName: t.raw.name, header: spec?.header.en ?? key };
    }
    return { tableName: t.raw.name, header: t.raw.headers[index] ?? key };
  };
  const goals = found.get(goalsTable.name);
  const goalColumns = goals ? matchHeaders(goalsTable, goals.raw.headers).columns : new Map<string, number>();
  const refs: FormulaRefs = {
    goalCell: (key) => {
      const i = goalColumns.get(key);
      if (i === undefined || !goals) {
        missingColumns.add(`tblGoals.${key}`);
        return "RC1";
      }
      return `RC${goals.raw.firstColumn + i}`;
    },
    column: (table, key) => {
      const { tableName, header } = headerOf(table, key);
      return `${tableName}[${structuredColumnName(header)}]`;
    },
    months: (table) => {
      const first = headerOf(table, "months.0");
      const last = headerOf(table, "months.11");
      return `${first.tableName}[[${structuredColumnName(first.header)}]:[${structuredColumnName(last.header)}]]`;
    },
  };
  return { refs, missingTables, missingColumns };
}

/** The tool-owned tblGoals formulas as R1C1 text with `=`, by formula id. */
export function goalFormulasR1C1(refs: FormulaRefs, lang: Language): Record<ToolFormulaId, string> {
  const texts = goalRowFormulas(refs, lang);
  return Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, `=${v}`])) as Record<
    ToolFormulaId,
    string
  >;
}
