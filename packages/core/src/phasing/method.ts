import { PHASING_LABELS } from "../i18n/labels";
import { foldLabel } from "../text/fold";

export type PhasingMethod = { kind: "linear" } | { kind: "custom" } | { kind: "profile"; name: string };

const LINEAR_WORDS = new Set(["linear", ...Object.values(PHASING_LABELS.linear)].map(foldLabel));
const CUSTOM_WORDS = new Set(["custom", ...Object.values(PHASING_LABELS.custom)].map(foldLabel));

/** Reads a Phasing cell: blank or `linear` / `custom` in either language, else a profile name. */
export function phasingMethod(phasing: string | null): PhasingMethod {
  const folded = phasing === null ? "" : foldLabel(phasing);
  if (folded === "" || LINEAR_WORDS.has(folded)) return { kind: "linear" };
  if (CUSTOM_WORDS.has(folded)) return { kind: "custom" };
  return { kind: "profile", name: phasing!.trim() };
}
