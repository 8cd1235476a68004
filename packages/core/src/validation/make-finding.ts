import type { Severity } from "../model/enums";
import type { Finding, FindingLocation } from "../model/finding";
import { RULES, type RuleId } from "../model/rules";

export type FindingParams = Finding["params"];

/** A finding with its rule's default severity and SMART letter (severity overridable per case). */
export function makeFinding(
  rule: RuleId,
  ref: string | null,
  at: FindingLocation | null,
  params: FindingParams,
  severity?: Severity,
): Finding {
  const def = RULES[rule];
  return { rule, severity: severity ?? def.severity, smart: def.smart, ref, at, params };
}

/** Trimmed text, or null when blank. */
export function textOf(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}
