import { type Finding, type FindingLocation, RULES, type RuleId, type RuleParams } from "@planbook/core";

/** A finding with the rule's registered severity and SMART letter, and the params of its rule. */
export function makeFinding<R extends RuleId>(
  rule: R,
  opts: { at?: FindingLocation | null; ref?: string | null; params: RuleParams<R> },
): Finding {
  const { severity, smart } = RULES[rule];
  return {
    rule,
    severity,
    smart,
    ref: opts.ref ?? null,
    at: opts.at ?? null,
    params: opts.params,
  };
}

/** Pseudo-collection for findings on the named Settings cells; `field` is the defined name. */
export const SETTINGS_COLLECTION = "settings";
