import type { CellValue } from "./model";

/** Excel serial (1900 system) → UTC date parts. */
function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * The text Excel would display for a value under the common number formats the plan workbook
 * uses (General, fixed decimals, thousands separators, percent, ISO-like dates). Other formats
 * fall back to General.
 */
export function formatText(value: CellValue, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt = format.split(";")[0] ?? "General";
  if (/y{2,4}|d{1,2}/i.test(fmt) && !/"/.test(fmt)) {
    const d = serialToDate(value);
    return fmt
      .replace(/yyyy/i, String(d.getUTCFullYear()))
      .replace(/mm/i, pad(d.getUTCMonth() + 1))
      .replace(/dd/i, pad(d.getUTCDate()))
      .replace(/(?<![A-Za-z])m(?![A-Za-z])/i, String(d.getUTCMonth() + 1))
      .replace(/(?<![A-Za-z])d(?![A-Za-z])/i, String(d.getUTCDate()));
  }
  const percent = fmt.includes("%");
  const decimals = /0\.(0+)/.exec(fmt)?.[1]?.length ?? 0;
  const grouped = fmt.includes("#,##0");
  if (fmt === "General" || !/0/.test(fmt)) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
  const n = percent ? value * 100 : value;
  const text = grouped
    ? n.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : n.toFixed(decimals);
  return percent ? `${text}%` : text;
}
