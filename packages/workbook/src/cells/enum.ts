import { type EnumListName, enumKeyOf, foldLabel, PHASING_LABELS } from "@planbook/core";
import type { RawCell } from "../grid/raw";
import { cellText, isErrorCell } from "./text";

export type ParsedChoice<T extends string> =
  | { ok: true; value: T | null }
  | { ok: false; reason: "error-value" | "not-in-list"; text: string };

/**
 * enumKeyOf folds every label of the list on each call; a plan repeats a handful of dropdown
 * labels thousands of times, so answers are remembered per list (bounded: typos are not hoarded).
 */
const MAX_REMEMBERED = 256;
const remembered = new Map<EnumListName, Map<string, string | null>>();

function rememberedKeyOf(list: EnumListName, text: string): string | null {
  let known = remembered.get(list);
  if (!known) {
    known = new Map();
    remembered.set(list, known);
  }
  const hit = known.get(text);
  if (hit !== undefined) return hit;
  const key = enumKeyOf(list, text);
  if (known.size < MAX_REMEMBERED) known.set(text, key);
  return key;
}

/** A closed-list cell: the key for a key, English or Chinese label (case/width/space-insensitive). */
export function parseEnum(list: EnumListName, raw: RawCell): ParsedChoice<string> {
  if (isErrorCell(raw)) return { ok: false, reason: "error-value", text: raw.error };
  const text = cellText(raw);
  if (text === null) return { ok: true, value: null };
  const key = rememberedKeyOf(list, text);
  return key === null ? { ok: false, reason: "not-in-list", text } : { ok: true, value: key };
}

/** Folded forms of the phasing words (key, en, zh-CN) → `linear` / `custom`. */
const PHASING_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(PHASING_LABELS).flatMap(([key, labels]) =>
    [key, labels.en, labels["zh-CN"]].map((word) => [foldLabel(word), key] as const),
  ),
);

/**
 * A Phasing cell: `linear` or `custom` for those words in either language, otherwise the
 * seasonality profile name exactly as typed (trimmed); whether that profile exists is for
 * validation to say (`phasing.invalid`), since profiles live in another table.
 */
export function parsePhasing(raw: RawCell): ParsedChoice<string> {
  if (isErrorCell(raw)) return { ok: false, reason: "error-value", text: raw.error };
  const text = cellText(raw);
  if (text === null) return { ok: true, value: null };
  return { ok: true, value: PHASING_WORDS.get(foldLabel(text)) ?? text };
}
