import type { Language, Unit } from "../model/enums";

/**
 * The one way Planbook shows a metric's numbers — CLI tables, workbook cells, task pane — so a
 * value reads the same wherever the operator sees it:
 * - percent: one decimal (`12.5%`);
 * - count and currency: whole numbers, thousands grouped (`1,234,567`); in zh-CN from 1万 up in
 *   万 with one decimal and from 1亿 up in 亿 with two (`12.3万`, `1.23亿`), as Chinese reports do;
 * - index: one decimal.
 * `EXCEL_NUMBER_FORMATS` are the same rules as Excel number formats, for the workbook.
 */

const grouped = (digits: string): string => {
  const [int = "", frac] = digits.split(".");
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? g : `${g}.${frac}`;
};

/**
 * Rounds half away from zero at `decimals`, as Excel's number formats do (toFixed rounds the
 * binary value: 1.005.toFixed(2) is "1.00").
 */
function fixed(value: number, decimals: number): string {
  const scaled = Math.round(Number(`${Math.abs(value)}e${decimals}`));
  const s = Number(`${scaled}e-${decimals}`).toFixed(decimals);
  return value < 0 && scaled !== 0 ? `-${s}` : s;
}

/** Positive values only, as the Excel format's conditions: a negative count is shown in full. */
function chineseMagnitude(value: number): string | null {
  if (value >= 1e8) return `${fixed(value / 1e8, 2)}亿`;
  if (value >= 1e4) return `${fixed(value / 1e4, 1)}万`;
  return null;
}

/** A value in its unit as every Planbook surface shows it; `—` for no value. */
export function formatMetricValue(
  value: number | null | undefined,
  unit: Unit | null,
  lang: Language,
): string {
  if (value === null || value === undefined) return "—";
  if (!Number.isFinite(value)) return Number.isNaN(value) ? "—" : value > 0 ? "∞" : "-∞";
  switch (unit) {
    case "percent":
      return `${grouped(fixed(value * 100, 1))}%`;
    case "index":
      return grouped(fixed(value, 1));
    default:
      // count, currency, and a goal without a unit (read as a count)
      return (lang === "zh-CN" ? chineseMagnitude(value) : null) ?? grouped(fixed(value, 0));
  }
}

/** An attainment or any other fraction shown as a percentage (`0.968` → `96.8%`). */
export function formatShare(value: number | null | undefined, lang: Language): string {
  return formatMetricValue(value, "percent", lang);
}

/**
 * Excel number formats with the same rules. zh-CN: `0!.0,"万"` shows value ÷ 1000 rounded, with a
 * literal point before its last digit — value ÷ 10 000 to one decimal (123456 → 12.3万); `0!.00,,`
 * likewise ÷ 10^8 to two decimals. Negative values fall to the last section, grouped in full.
 */
export const EXCEL_NUMBER_FORMATS: Readonly<Record<Language, Readonly<Record<Unit, string>>>> = {
  en: {
    count: "#,##0",
    currency: "#,##0",
    index: "#,##0.0",
    percent: "0.0%",
  },
  "zh-CN": {
    count: '[>=100000000]0!.00,,"亿";[>=10000]0!.0,"万";#,##0',
    currency: '[>=100000000]0!.00,,"亿";[>=10000]0!.0,"万";#,##0',
    index: "#,##0.0",
    percent: "0.0%",
  },
};
