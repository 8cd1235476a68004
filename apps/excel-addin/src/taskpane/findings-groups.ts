import type { LocatedFinding, Severity, SmartLetter } from "@planbook/core";

interface LetterGroup {
  /** null: findings that belong to no SMART letter (ids, owners, campaigns …). */
  smart: SmartLetter | null;
  findings: LocatedFinding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  letters: LetterGroup[];
}

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
const LETTER_ORDER: readonly (SmartLetter | null)[] = ["S", "M", "A", "R", "T", null];

/**
 * Findings by severity (errors first) and, inside each, by SMART letter in S-M-A-R-T order with
 * the letterless ones last. Empty groups are left out; within a group the workbook order is kept.
 */
export function groupFindings(findings: readonly LocatedFinding[]): SeverityGroup[] {
  return SEVERITY_ORDER.flatMap((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) return [];
    const letters = LETTER_ORDER.flatMap((smart) => {
      const ofLetter = ofSeverity.filter((f) => (f.smart ?? null) === smart);
      return ofLetter.length === 0 ? [] : [{ smart, findings: ofLetter }];
    });
    return [{ severity, count: ofSeverity.length, letters }];
  });
}

export function countBySeverity(findings: readonly LocatedFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * `Goals!D5`, quoting sheet names the way Excel does when they contain anything but letters,
 * digits and underscores (`'Goals 2027'!D5`); null when the finding has no cell.
 */
export function cellAddress(sheet: string | null, cell: string | null): string | null {
  if (!sheet || !cell) return null;
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return plain ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
