import type { Language } from "@planbook/core";
import type { ColumnSpec } from "@planbook/workbook";

/**
 * The generator's display formats (packages/xlsx render/formats.ts), for sheets the add-in creates.
 * zh-CN counts show 万 / 亿 as operators write them.
 */
export const COUNT_FORMAT: Record<Language, string> = {
  "zh-CN": '[>=100000000]0!.00,,"亿";[>=10000]0!.0,"万";#,##0',
  en: "#,##0",
};
export const PERCENT_FORMAT = "0.0%";
export const DATE_FORMAT = "yyyy-mm-dd";
export const DECIMAL_FORMAT = "#,##0.####";

const CURRENCY_SYMBOL: Record<string, string> = {
  CNY: "¥",
  RMB: "¥",
  USD: "$",
  EUR: "€",
  GBP: "£",
  JPY: "¥",
};

export function currencyFormat(currency: string): string {
  const symbol = CURRENCY_SYMBOL[currency.trim().toUpperCase()];
  return symbol ? `"${symbol}"#,##0` : `#,##0 "${currency.replace(/"/g, "")}"`;
}

const RATIO_TOOL_COLUMNS = new Set(["attainment", "progress", "phaseShare"]);

/** Format of a column's cells in a new (empty) table, where no goal unit decides it. */
export function columnFormat(column: ColumnSpec, lang: Language, currency: string): string | null {
  if (RATIO_TOOL_COLUMNS.has(column.key)) return PERCENT_FORMAT;
  switch (column.kind.type) {
    case "date":
      return DATE_FORMAT;
    case "percent":
      return PERCENT_FORMAT;
    case "decimal":
      return DECIMAL_FORMAT;
    case "count":
      return COUNT_FORMAT[lang];
    case "currency":
      return currencyFormat(currency);
    default:
      return null;
  }
}
