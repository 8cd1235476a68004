import { ENUM_LABELS, type EnumListName, type Language, PHASING_LABELS } from "@planbook/core";

/** A string literal in formula syntax. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Key and both labels, without the ones Excel's case-insensitive `=` already treats as equal. */
function distinctWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const k = w.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function enumWords(list: EnumListName, key: string): string[] {
  const labels = (ENUM_LABELS[list] as Record<string, { en: string; "zh-CN": string }>)[key];
  if (!labels) throw new Error(`no ${key} in ${list}`);
  return distinctWords([key, labels.en, labels["zh-CN"]]);
}

export function phasingWords(key: keyof typeof PHASING_LABELS): string[] {
  return distinctWords([key, PHASING_LABELS[key].en, PHASING_LABELS[key]["zh-CN"]]);
}

/**
 * TRUE when the (trimmed) cell holds one of `words`. Cells hold labels in either language (a
 * workbook may be filled in by a colleague with the other language), so all are compared.
 */
export function isOneOf(cell: string, words: readonly string[]): string {
  const tests = words.map((w) => `TRIM(${cell})=${str(w)}`);
  return tests.length === 1 ? tests[0]! : `OR(${tests.join(",")})`;
}

/** 1/0 per element of a column range: the element is one of `words` (for SUMPRODUCT masks). */
export function columnIsOneOf(range: string, words: readonly string[]): string {
  return `(${words.map((w) => `(TRIM(${range})=${str(w)})`).join("+")})`;
}

export function label(list: EnumListName, key: string, lang: Language): string {
  const labels = (ENUM_LABELS[list] as Record<string, { en: string; "zh-CN": string }>)[key];
  if (!labels) throw new Error(`no ${key} in ${list}`);
  return labels[lang];
}

/** Shown by a tool-owned cell whose inputs are text or invalid, instead of a wrong number. */
export const MARKER = "⚠";
export const OK_MARK = "✓";
