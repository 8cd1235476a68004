import type { Finding, RuleId, RuleParams } from "@planbook/core";
import { monthOfName } from "../cells/date";
import { type NumberNote, parseNumber } from "../cells/number";
import { cellText, isErrorCell, rawText } from "../cells/text";
import type { RawCell, RawWorkbook } from "../grid/raw";
import type { SettingSpec } from "../layout/types";
import { makeFinding, SETTINGS_COLLECTION } from "./findings";

type SettingName = SettingSpec["name"];

interface SettingValues {
  planYear: number | null;
  brand: string | null;
  currency: string | null;
  asOfMonth: number | null;
  onTrackThreshold: number | null;
  atRiskThreshold: number | null;
  maxGrowth: number | null;
}

/** Plan years the model accepts (Plan.year). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A defined name's cell, looked up like Excel does (names are case-insensitive). */
export function namedCell(raw: RawWorkbook, name: string): RawWorkbook["names"][string] | null {
  const key = Object.keys(raw.names).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : (raw.names[key] ?? null);
}

function monthOf(raw: RawCell): number | null {
  const n = parseNumber(raw, { integer: true });
  if (n.ok && n.value !== null) return n.value >= 1 && n.value <= 12 ? n.value : null;
  const text = (cellText(raw) ?? "").normalize("NFKC").toLowerCase();
  const cjk = /^(\d{1,2})\s*月份?$/.exec(text);
  if (cjk) {
    const m = Number(cjk[1]);
    return m >= 1 && m <= 12 ? m : null;
  }
  return monthOfName(text);
}

function yearOf(raw: RawCell): number | null {
  const text =
    typeof raw === "string"
      ? raw
          .normalize("NFKC")
          .trim()
          .replace(/\s*年$/, "")
      : raw;
  const n = parseNumber(text, { integer: true });
  return n.ok && n.value !== null && n.value >= MIN_YEAR && n.value <= MAX_YEAR ? n.value : null;
}

export interface SettingsReading {
  values: SettingValues;
  findings: Finding[];
}

/**
 * Reads the named Settings cells (docs/design.md#workbook-contract). Blank cells are null (the caller applies
 * defaults); a cell that cannot be read is a finding at that cell and also null.
 */
export function readSettings(raw: RawWorkbook): SettingsReading {
  const findings: Finding[] = [];
  const at = (name: SettingName) => ({ collection: SETTINGS_COLLECTION, index: 0, field: name });
  const report = <R extends RuleId>(rule: R, name: SettingName, params: RuleParams<R>) =>
    findings.push(makeFinding(rule, { at: at(name), params: { ...params, setting: name } }));

  /** The cell's value, or undefined when the name is absent, blank, or an error (reported). */
  const settingCell = (name: SettingName): RawCell | undefined => {
    const cell = namedCell(raw, name);
    if (!cell || cellText(cell.value) === null) {
      if (cell && isErrorCell(cell.value)) report("value.error", name, { text: cell.value.error });
      return undefined;
    }
    return cell.value;
  };

  const noteFindings = (name: SettingName, rawValue: RawCell, value: number, notes: NumberNote[]) => {
    const text = rawText(rawValue);
    if (notes.includes("text-number")) report("value.text-number", name, { text, value });
    if (notes.includes("percent-scale")) report("value.percent-scale", name, { text, value });
  };

  const numberSetting = (name: SettingName, percent: boolean): number | null => {
    const v = settingCell(name);
    if (v === undefined) return null;
    const n = parseNumber(v, { percent });
    if (!n.ok || n.value === null) {
      report("value.invalid", name, { text: rawText(v), expected: percent ? "percent" : "number" });
      return null;
    }
    noteFindings(name, v, n.value, n.notes);
    return n.value;
  };

  const choose = <T>(name: SettingName, read: (v: RawCell) => T | null, expected: string): T | null => {
    const v = settingCell(name);
    if (v === undefined) return null;
    const value = read(v);
    if (value === null) report("value.invalid", name, { text: rawText(v), expected });
    return value;
  };

  const values: SettingValues = {
    planYear: choose("PlanYear", yearOf, "year"),
    brand: choose("Brand", cellText, "text"),
    currency: choose("Currency", cellText, "text"),
    asOfMonth: choose("AsOfMonth", monthOf, "month"),
    onTrackThreshold: numberSetting("OnTrackThreshold", true),
    atRiskThreshold: numberSetting("AtRiskThreshold", true),
    maxGrowth: numberSetting("MaxGrowth", false),
  };
  return { values, findings };
}
