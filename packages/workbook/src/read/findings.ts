import { type Finding, type FindingLocation, RULES, type RuleId } from "@planbook/core";

export type FindingParams = Finding["params"];

/** A finding with the rule's registered severity and SMART letter. */
export function makeFinding(
  rule: RuleId,
  opts: { at?: FindingLocation | null; ref?: string | null; params?: FindingParams } = {},
): Finding {
  const { severity, smart } = RULES[rule];
  return {
    rule,
    severity,
    smart,
    ref: opts.ref ?? null,
    at: opts.at ?? null,
    params: opts.params ?? {},
  };
}

/** Pseudo-collection for findings on the named Settings cells; `field` is the defined name. */
export const SETTINGS_COLLECTION = "settings";
