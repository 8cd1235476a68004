import type { RawCell } from "../grid/raw";
import { isErrorCell } from "./text";

type DateFailure = "error-value" | "not-a-date";

export type ParsedDate =
  | { ok: true; value: string | null }
  | { ok: false; reason: DateFailure; text: string };

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO `YYYY-MM-DD` for a real calendar day, null for 2027-02-30, month 13 and the like. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Serial of 9999-12-31, the last day Excel can show. */
const MAX_SERIAL = 2_958_465;

/**
 * Excel serial (1900 date system) → ISO date. Excel counts a 29 February 1900 that never was
 * (serial 60, kept from Lotus 1-2-3), so serials from 61 on are days since 1899-12-30 and
 * serials 1–59 days since 1899-12-31; 60 itself is no real day. The time of day is dropped.
 */
export function serialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_SERIAL || day === 60) return null;
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + day * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO date → Excel serial (1900 system), the inverse of `serialToIsoDate`. */
export function isoDateToSerial(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return days < 61 ? days - 1 : days;
}

const TIME_TAIL = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
/** 2027-03-01, 2027/3/1, 2027.3.1 — one separator throughout; a time of day is ignored. */
const YMD = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME_TAIL}$`);
/** 2027年3月1日 (号 too), and without the day sign. */
const YMD_CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
/** 3月1日, 3月1号: in the plan year. */
const MD_CJK = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
/** 3/1: month/day in the plan year (the Chinese and ISO order; day-first is not guessed). */
const MD_SLASH = /^(\d{1,2})\/(\d{1,2})$/;
/** Mar 1 2027, March 1, 2027, Mar 1 (plan year). */
const MONTH_NAME_FIRST = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/i;
/** 1 Mar 2027, 1 March (plan year). */
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?(?:\s+(\d{4}))?$/i;

/** 1–12 for "Mar", "March", "Sept"; null for anything shorter than three letters or not a month. */
export function monthOfName(name: string): number | null {
  const n = name.toLowerCase();
  if (n === "sept") return 9;
  const i = n.length >= 3 ? MONTH_NAMES.findIndex((full) => full.startsWith(n)) : -1;
  return i < 0 ? null : i + 1;
}

function parseDateText(text: string, planYear: number): string | null {
  const s = text.normalize("NFKC").trim();
  let m = YMD.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
  m = YMD_CJK.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MD_CJK.exec(s) ?? MD_SLASH.exec(s);
  if (m) return isoDate(planYear, Number(m[1]), Number(m[2]));
  m = MONTH_NAME_FIRST.exec(s);
  if (m) {
    const month = monthOfName(m[1] ?? "");
    return month ? isoDate(m[3] ? Number(m[3]) : planYear, month, Number(m[2])) : null;
  }
  m = DAY_FIRST.exec(s);
  if (m) {
    const month = monthOfName(m[2] ?? "");
    return month ? isoDate(m[3] ? Number(m[3]) : planYear, month, Number(m[1])) : null;
  }
  return null;
}

/**
 * Reads a date as operators type it (docs/design.md#cell-values): date cells (serials from the adapters), ISO and
 * slashed or dotted dates, 2027年3月1日, and month-day forms in the plan year. Never throws.
 */
export function parseDate(raw: RawCell, planYear: number): ParsedDate {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (isErrorCell(raw)) return { ok: false, reason: "error-value", text: raw.error };
  if (typeof raw === "number") {
    const iso = serialToIsoDate(raw);
    return iso ? { ok: true, value: iso } : { ok: false, reason: "not-a-date", text: String(raw) };
  }
  if (typeof raw === "string") {
    if (raw.trim() === "") return { ok: true, value: null };
    const iso = parseDateText(raw, planYear);
    return iso ? { ok: true, value: iso } : { ok: false, reason: "not-a-date", text: raw.trim() };
  }
  return { ok: false, reason: "not-a-date", text: raw ? "TRUE" : "FALSE" };
}
