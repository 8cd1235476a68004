import type { RawCell } from "../grid/raw";
import { isErrorCell } from "./text";

/** Why a number was accepted with a warning: typed as text, or percent points in a percent column. */
export type NumberNote = "text-number" | "percent-scale";

/** Why a cell is not a number: an Excel error value, text that is no number, a fraction where a whole number is needed. */
type NumberFailure = "error-value" | "not-a-number" | "not-an-integer";

export type ParsedNumber =
  | { ok: true; value: number | null; notes: NumberNote[] }
  | { ok: false; reason: NumberFailure; text: string };

export interface NumberOptions {
  /** The column holds fractions (5% = 0.05): a bare number above 1 is read as percent points. */
  percent?: boolean;
  /**
   * With `percent`: a bare number above this is percent points (default 1, for rates that cannot
   * pass 100%). Attainments use 10: Excel stores a typed 120% as 1.2, which means 120%, while 95
   * can only mean 95%.
   */
  percentPointsAbove?: number;
  /** Only whole numbers are meaningful (counts of followers, campaigns per channel). */
  integer?: boolean;
}

/** Powers of ten of the magnitude words operators type after a number (12万, 3亿, 10w, 1.5k, 2M). */
const MAGNITUDE: Record<string, number> = { 万: 4, w: 4, 亿: 8, 千: 3, k: 3, m: 6 };

/*
 * sign · currency mark · sign · digits (optionally grouped by thousands) · exponent ·
 * magnitude word · 元 or % · trailing "+" ("10万+" = at least 100 000, read as 100 000).
 * Matched after NFKC, so full-width digits, ￥, ％, ＋ and ， arrive as their ASCII forms.
 */
const NUMBER_TEXT =
  /^([+-])?(?:(¥|\$|cny|rmb|usd)\s*)?([+-])?(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d{1,3}))?\s*(万|亿|千|w|k|m)?\s*(元|%)?\s*(\+)?$/i;

/** Minus signs that NFKC leaves alone but people paste from documents. */
const MINUS_LIKE = /[\u2212\u2012\u2013\u2014\uFE63]/g;

/**
 * `digits × 10^exp` computed from the decimal text, so that 1.15万 is exactly 11500 and 14.3% is
 * exactly the double nearest 0.143 (multiplying the parsed double would give 11499.999…).
 */
function scaleDecimal(digits: string, exp: number): number {
  return Number(`${digits}e${exp}`);
}

function shiftNumber(n: number, exp: number): number {
  const s = String(n);
  return /e/i.test(s) ? n * 10 ** exp : scaleDecimal(s, exp);
}

interface TextNumber {
  value: number;
  explicitPercent: boolean;
}

function parseNumberText(text: string): TextNumber | null {
  const s = text.normalize("NFKC").replace(MINUS_LIKE, "-").trim();
  const m = NUMBER_TEXT.exec(s);
  if (!m) return null;
  const [, sign1, currency, sign2, digits = "", exponent, magnitude, suffix] = m;
  if (sign1 && sign2) return null;
  const explicitPercent = suffix === "%";
  // "¥5%" and "5万%" are not amounts anyone types on purpose: better asked about than guessed.
  if (explicitPercent && (currency || magnitude)) return null;
  const exp =
    Number(exponent ?? 0) +
    (magnitude ? (MAGNITUDE[magnitude.toLowerCase()] ?? 0) : 0) +
    (explicitPercent ? -2 : 0);
  const magnitudeValue = scaleDecimal(digits.replace(/,/g, ""), exp);
  if (!Number.isFinite(magnitudeValue)) return null;
  const negative = (sign1 ?? sign2) === "-";
  const value = negative && magnitudeValue !== 0 ? -magnitudeValue : magnitudeValue;
  return { value, explicitPercent };
}

/**
 * Reads a number as operators type it (docs/design.md#cell-values). Never throws: a cell that is not a number
 * comes back as `{ ok: false }` with its text, for a finding at that cell.
 */
export function parseNumber(raw: RawCell, opts: NumberOptions = {}): ParsedNumber {
  if (raw === null || raw === undefined) return { ok: true, value: null, notes: [] };
  if (isErrorCell(raw)) return { ok: false, reason: "error-value", text: raw.error };
  const notes: NumberNote[] = [];
  let value: number;
  let explicitPercent = false;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { ok: false, reason: "not-a-number", text: String(raw) };
    value = raw;
  } else if (typeof raw === "string") {
    if (raw.trim() === "") return { ok: true, value: null, notes: [] };
    const parsed = parseNumberText(raw);
    if (!parsed) return { ok: false, reason: "not-a-number", text: raw.trim() };
    value = parsed.value;
    explicitPercent = parsed.explicitPercent;
    notes.push("text-number");
  } else {
    return { ok: false, reason: "not-a-number", text: raw ? "TRUE" : "FALSE" };
  }
  if (opts.percent && !explicitPercent && value > (opts.percentPointsAbove ?? 1)) {
    value = shiftNumber(value, -2);
    notes.push("percent-scale");
  }
  if (opts.integer && !Number.isInteger(value)) {
    return { ok: false, reason: "not-an-integer", text: typeof raw === "string" ? raw.trim() : String(raw) };
  }
  return { ok: true, value, notes };
}
