import type { Language } from "@planbook/core";
import {
  type SyncStep,
  sheetsExistMessage,
  syncTimeoutMessage,
  tablesExistMessage,
  tablesMissingMessage,
} from "./messages";

/** Conditions a command reports as a value (the UI decides what to offer), never as a throw. */
export type BindingErrorCode = "tables.missing" | "tables.exist" | "sheets.exist";

export interface BindingError {
  code: BindingErrorCode;
  /** Spec table names (tables.*) or sheet names (sheets.exist) concerned. */
  tables: string[];
  message: string;
}

export function tablesMissing(tables: string[], lang: Language): BindingError {
  return { code: "tables.missing", tables, message: tablesMissingMessage(tables, lang) };
}

export function tablesExist(tables: string[], lang: Language): BindingError {
  return { code: "tables.exist", tables, message: tablesExistMessage(tables, lang) };
}

export function sheetsExist(sheets: string[], lang: Language): BindingError {
  return { code: "sheets.exist", tables: sheets, message: sheetsExistMessage(sheets, lang) };
}

/**
 * How a command reports a BindingError: it rejects with this Error, which carries the value's
 * `code`, `tables` and `message` as own properties (so a UI can treat it as the plain value) and
 * the value itself as `error`.
 */
export class BindingFailure extends Error {
  readonly code: BindingErrorCode;
  readonly tables: string[];
  readonly error: BindingError;

  constructor(error: BindingError) {
    super(error.message);
    this.name = "BindingFailure";
    this.code = error.code;
    this.tables = error.tables;
    this.error = error;
  }
}

/** Thrown by guardedSync when Excel does not settle a sync in time (oj#6150, oj#6678). */
export class SyncTimeoutError extends Error {
  readonly code = "sync.timeout";
  readonly step: SyncStep;
  readonly timeoutMs: number;

  constructor(step: SyncStep, timeoutMs: number, lang: Language) {
    super(syncTimeoutMessage(step, timeoutMs, lang));
    this.name = "SyncTimeoutError";
    this.step = step;
    this.timeoutMs = timeoutMs;
  }
}
