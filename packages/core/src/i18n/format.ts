import type { Language } from "../model/enums";
import { defineMessages } from "../text/define-messages";

/**
 * Helpers that turn finding parameters into text inside messages. Messages must survive any
 * parameter being absent or of an unexpected type (findings come from readers of user files, from
 * JSON, from older tools), so every helper accepts `unknown`.
 */

/** As in Finding.params; any key may still be absent. */
type MessageParam = string | number | null;
export type MessageParams = Readonly<Record<string, MessageParam>>;

const WORDS = defineMessages({
  en: { blank: "(blank)", notANumber: "not a number" },
  "zh-CN": { blank: "（空）", notANumber: "非数字" },
});

/** Groups the integer part with commas; `digits` is already a plain decimal string. */
function groupThousands(digits: string): string {
  const [int = "", frac] = digits.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/**
 * A short decimal for reading, not for computing: enough decimals that small rates stay visible
 * (0.000123 keeps three significant digits), trailing zeros dropped.
 */
function plainDecimal(value: number, grouping: boolean): string {
  const magnitude = Math.abs(value);
  const decimals =
    magnitude === 0 || magnitude >= 100
      ? 2
      : magnitude >= 1
        ? 3
        : Math.min(12, 2 - Math.floor(Math.log10(magnitude)));
  let fixed = value.toFixed(decimals);
  if (fixed.includes("e")) return fixed;
  if (fixed.includes(".")) fixed = fixed.replace(/\.?0+$/, "");
  if (fixed === "-0") fixed = "0";
  return grouping ? groupThousands(fixed) : fixed;
}

function nonFinite(value: number, lang: Language): string {
  if (Number.isNaN(value)) return WORDS[lang].notANumber;
  return value > 0 ? "∞" : "-∞";
}

const isWhole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;

export interface NumberStyle {
  /** zh-CN: write large values with 万 / 亿 as operators read them (default true). */
  chineseUnits?: boolean;
}

/** A number as an operator would write it: `1,234.5`; in zh-CN `12万`, `3.5亿` (else `123,456`). */
export function formatNumber(value: number, lang: Language, style: NumberStyle = {}): string {
  if (!Number.isFinite(value)) return nonFinite(value, lang);
  const magnitude = Math.abs(value);
  if (lang === "zh-CN" && style.chineseUnits !== false) {
    // Only where the short form is exact (12万, 3.5亿): a message must name the value as it is.
    if (magnitude >= 1e8 && isWhole(value / 1e6)) return `${plainDecimal(value / 1e8, true)}亿`;
    if (magnitude >= 1e4 && isWhole(value / 1e2)) return `${plainDecimal(value / 1e4, true)}万`;
  }
  return plainDecimal(value, true);
}

/** A fraction as a percentage: 0.125 → `12.5%`. */
export function formatPercent(fraction: number, lang: Language): string {
  if (!Number.isFinite(fraction)) return nonFinite(fraction, lang);
  return `${plainDecimal(fraction * 100, true)}%`;
}

/** A value in a goal's unit: percent units as percentages, everything else as numbers. */
export function formatValue(value: unknown, unit: unknown, lang: Language): string {
  if (typeof value === "number")
    return unit === "percent" ? formatPercent(value, lang) : formatNumber(value, lang);
  return formatText(value, lang);
}

/** Text of a parameter, or a visible “blank” marker when it is absent or empty. */
export function formatText(value: unknown, lang: Language): string {
  if (typeof value === "number") return formatNumber(value, lang);
  if (typeof value === "string" && value.trim() !== "") return value;
  return WORDS[lang].blank;
}

/** A string parameter or null when absent/blank: for messages that change shape with it. */
export function presentText(value: unknown): string | null {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (typeof value === "number") return String(value);
  return null;
}

/** A numeric parameter or null. */
export function presentNumber(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}
