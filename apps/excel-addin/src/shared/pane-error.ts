import type { Strings } from "../i18n/strings";

/**
 * What can go wrong in a pane action, as values; texts are made by `describeError`. `message`
 * is the binding's own localised text where it sent one (it names the step or the sheets).
 */
export type PaneError =
  | { code: "tables.missing"; tables: readonly string[]; message?: string }
  | { code: "sync.timeout"; seconds: number; message?: string }
  | { code: "sheet.missing"; where: string }
  | { code: "office.missing" }
  /** A condition the binding reports with its own message (tables.exist, sheets.exist …). */
  | { code: "refused"; reason: string; message: string }
  | { code: "unexpected"; detail: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const text = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);

/**
 * Turns whatever an action threw or returned as an error (the binding's error values, its
 * SyncTimeoutError, an OfficeExtension.Error, a plain Error) into a PaneError. Unknown shapes keep
 * their text, so nothing is swallowed.
 */
export function toPaneError(error: unknown): PaneError {
  if (!isRecord(error)) {
    return { code: "unexpected", detail: typeof error === "string" && error !== "" ? error : String(error) };
  }
  const code = text(error.code) ?? "";
  const message = text(error.message);
  if (code === "tables.missing") {
    const tables = Array.isArray(error.tables) ? error.tables.map(String) : [];
    return message ? { code, tables, message } : { code, tables };
  }
  if (/timeout/i.test(code)) {
    const ms = [error.timeoutMs, error.ms].find((v): v is number => typeof v === "number");
    const seconds = typeof error.seconds === "number" ? error.seconds : ms !== undefined ? ms / 1000 : 30;
    const rounded = Math.round(seconds);
    return message
      ? { code: "sync.timeout", seconds: rounded, message }
      : { code: "sync.timeout", seconds: rounded };
  }
  if (code === "sheet.missing" && typeof error.where === "string")
    return { code: "sheet.missing", where: error.where };
  if (code === "office.missing") return { code: "office.missing" };
  if (code === "unexpected" && typeof error.detail === "string")
    return { code: "unexpected", detail: error.detail };
  // The binding's own conditions are dotted lower-case codes with a message for the user.
  if (/^[a-z]+\.[a-z.-]+$/.test(code) && message) return { code: "refused", reason: code, message };
  if (message)
    return { code: "unexpected", detail: code && !message.includes(code) ? `${code}: ${message}` : message };
  return { code: "unexpected", detail: code || String(error) };
}

export function describeError(error: PaneError, t: Strings): string {
  switch (error.code) {
    case "tables.missing":
      return error.message ?? t.tablesMissing(error.tables.join(", "));
    case "sync.timeout":
      return error.message ?? t.timeout(error.seconds);
    case "sheet.missing":
      return t.sheetMissing(error.where);
    case "office.missing":
      return t.officeMissing;
    case "refused":
      return error.message;
    case "unexpected":
      return t.unexpected(error.detail);
  }
}
