import type { Language, Unit } from "@planbook/core";

/**
 * Display formats. zh-CN counts show 万 / 亿 as operators write them: `0"."0,` scales by 1000 and
 * prints a literal "." before the last kept digit, i.e. tenths of 10⁴ (123456 → 12.3万); `0"."00,,`
 * does the same for 10⁸. The dot is quoted rather than `!`-escaped: LibreOffice reads `0!.0` as a
 * decimal point after a literal "!" (checked by exporting "as shown" to CSV: 12.3万, 1.23亿).
 * Values stay exact numbers: only the display rounds.
 */
export const COUNT_FORMAT: Record<Language, string> = {
  "zh-CN": '[>=100000000]0"."00,,"亿";[>=10000]0"."0,"万";#,##0',
  en: "#,##0",
};

export const PERCENT_FORMAT = "0.0%";
export const DATE_FORMAT = "yyyy-mm-dd";
export const DECIMAL_FORMAT = "#,##0.####";
export const INDEX_FORMAT = "#,##0.0#";

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
  const escaped = currency.replace(/"/g, "");
  return symbol ? `"${symbol}"#,##0` : `#,##0 "${escaped}"`;
}

/** Format of a goal value (target, actual, forecast …) in the goal's unit. */
export function unitFormat(unit: Unit | null, lang: Language, currency: string): string {
  switch (unit) {
    case "percent":
      return PERCENT_FORMAT;
    case "currency":
      return currencyFormat(currency);
    case "index":
      return INDEX_FORMAT;
    default:
      return COUNT_FORMAT[lang];
  }
}
