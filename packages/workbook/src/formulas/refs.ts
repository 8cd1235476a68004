import type { TableName } from "../grid/table-names";

/**
 * Where a formula finds its inputs. The exceljs renderer uses `defaultRefs`; the add-in passes
 * the real positions it found (users move and rename columns), so formulas never assume a layout.
 */
export interface FormulaRefs {
  /** A1 address (no sheet) of tblGoals column `key` in the row the formula is for, e.g. `J7`. */
  goalCell(key: string): string;
  /** The whole body of one column of a table, e.g. `tblActuals[目标编号]`. */
  column(table: TableName, key: string): string;
  /** The twelve month columns (`months.0` … `months.11`, contiguous, Jan first) of a table. */
  months(table: TableName): string;
}

/** Characters that need a `'` escape inside a structured-reference column name. */
const STRUCTURED_SPECIAL = /(['#[\]@])/g;

export function structuredColumnName(header: string): string {
  return header.replace(STRUCTURED_SPECIAL, "'$1");
}
