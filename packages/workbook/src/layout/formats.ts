import type { Language, Unit } from "@planbook/core";
import type { ColumnSpec, SettingSpec } from "./types";

/**
 * Display formats, the same for every renderer. zh-CN counts show 万 / 亿 as operators write
 * them: `0"."0,` scales by 1000 and prints a literal "." before the last kept digit, i.e. tenths
 * of 10⁴ (123456 → 12.3万); `0"."00,,` does the same for 10⁸. The dot is quoted rather than
 * `!`-escaped: LibreOffice reads `0!.0` as a decimal point after a literal "!" (checked by
 * exporting "as shown" to CSV: 12.3万, 1.23亿). Values stay exact numbers: only the display rounds.
 */
export const COUNT_FORMAT: Record<Language, string> = {
  "zh-CN": '[>=100000000]0"."00,,"亿";[>=10000]0"."0,"万";#,##0',
  en: "#,##0",
};

export const PERCENT_FORMAT = "0.0%";
const DATE_FORMAT = "yyyy-mm-dd";
const DECIMAL_FORMAT = "#,##0.####";
/** One decimal, as the CLI and pane show an index. */
const INDEX_FORMAT = "#,##0.0";
/** The Dashboard's as-of month cell. */
export const AS_OF_FORMAT: Record<Language, string> = { "zh-CN": '0"月"', en: '"Month "0' };

/** Tool-owned goal columns holding fractions, whatever the goal's unit. */
export const RATIO_TOOL_COLUMNS: ReadonlySet<string> = new Set(["attainment", "progress", "phaseShare"]);
/** Tool-owned goal columns in the goal's own unit (like Target). */
export const GOAL_VALUE_TOOL_COLUMNS: ReadonlySet<string> = new Set(["ytdTarget", "ytdActual", "forecast"]);

const CURRENCY_SYMBOL: Record<string, string> = {
  CNY: "¥",
  RMB: "¥",
  USD: "$",
  EUR: "€",
  GBP: "£",
  JPY: "¥",
};

/**
 * Known ISO codes get their symbol in front; any other currency is written after the number.
 * zh-CN money follows the counts' 万 / 亿 rule (one number style with the CLI and pane, see
 * @planbook/core number-style), with the symbol: ¥360.0万.
 */
export function currencyFormat(currency: string, lang: Language = "en"): string {
  const symbol = CURRENCY_SYMBOL[currency.trim().toUpperCase()];
  const escaped = currency.replace(/"/g, "");
  if (lang === "zh-CN") {
    const [pre, post] = symbol ? [`"${symbol}"`, ""] : ["", ` ${escaped}`];
    return `[>=100000000]${pre}0"."00,,"亿${post}";[>=10000]${pre}0"."0,"万${post}";${pre}#,##0${post ? `" ${escaped}"` : ""}`;
  }
  return symbol ? `"${symbol}"#,##0` : `#,##0 "${escaped}"`;
}

/** Format of a goal value (target, actual, forecast …) in the goal's unit. */
export function unitFormat(unit: Unit | null, lang: Language, currency: string): string {
  switch (unit) {
    case "percent":
      return PERCENT_FORMAT;
    case "currency":
      return currencyFormat(currency, lang);
    case "index":
      return INDEX_FORMAT;
    default:
      return COUNT_FORMAT[lang];
  }
}

/**
 * Format a column's kind alone decides; undefined where it does not (text, and goal values whose
 * format follows each goal's unit).
 */
export function columnKindFormat(column: ColumnSpec, lang: Language, currency: string): string | undefined {
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
      return currencyFormat(currency, lang);
    default:
      return undefined;
  }
}

/** Format of a column in a table without goals yet, where no goal unit decides it. */
export function emptyColumnFormat(column: ColumnSpec, lang: Language, currency: string): string | undefined {
  if (RATIO_TOOL_COLUMNS.has(column.key)) return PERCENT_FORMAT;
  return columnKindFormat(column, lang, currency);
}

/** Format of a Settings value cell. */
export function settingFormat(kind: SettingSpec["kind"]): string | undefined {
  if (kind === "ratio") return PERCENT_FORMAT;
  if (kind === "decimal") return DECIMAL_FORMAT;
  return undefined;
}
