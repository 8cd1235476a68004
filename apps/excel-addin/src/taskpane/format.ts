import type { GoalStatus, Language } from "@planbook/core";
import { enumLabel } from "@planbook/core/labels";

/**
 * Attainment as the pane shows it: a percentage with at most one decimal (the engine's numbers
 * are fractions and unrounded; the cells keep full precision). null → an em dash, never 0 %.
 */
export function formatPercent(value: number | null, lang: Language): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(value);
}

export function statusLabel(status: GoalStatus, lang: Language): string {
  return enumLabel("goalStatus", status, lang);
}

export function dimensionLabel(dimension: string | null, lang: Language): string {
  return dimension === null ? "—" : enumLabel("dimension", dimension, lang);
}
