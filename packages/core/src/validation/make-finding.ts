import type { Severity } from "../model/enums";
import type { Finding, FindingLocation } from "../model/finding";
import { RULES, type RuleId, type RuleParams } from "../model/rules";

/**
 * A finding with its rule's default severity and SMART letter (severity overridable per case),
 * and the params its rule's message takes (docs of each in RuleParamMap).
 */
export function makeFinding<R extends RuleId>(
  rule: R,
  ref: string | null,
  at: FindingLocation | null,
  params: RuleParams<R>,
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
