import type { LocatedFinding } from "@planbook/core";
import type { Strings } from "../i18n/strings";
import { h, paneSection } from "./dom";
import { cellAddress, countBySeverity, groupFindings } from "./findings-groups";

/**
 * The findings list: a heading per severity and SMART letter with counts, one button per
 * finding that has a cell (Enter or click selects it in the workbook), plain text otherwise.
 * `findings` null = not validated yet.
 */
export function renderFindings(
  findings: readonly LocatedFinding[] | null,
  t: Strings,
  onSelect: (finding: LocatedFinding, where: string) => void,
): HTMLElement {
  const section = paneSection("findings", t.findingsHeading);
  if (findings === null) {
    section.append(h("p", { class: "pb-empty" }, t.findingsEmpty));
    return section;
  }
  if (findings.length === 0) {
    section.append(h("p", { class: "pb-empty pb-ok" }, t.noFindings));
    return section;
  }
  const counts = countBySeverity(findings);
  section.append(
    h(
      "p",
      { class: "pb-counts" },
      ...(["error", "warning", "info"] as const).map((s) =>
        h("span", { class: `pb-count pb-sev-${s}` }, `${t.severity[s]} ${counts[s]}`),
      ),
    ),
  );
  for (const group of groupFindings(findings)) {
    const headingId = `pb-sev-${group.severity}`;
    const block = h(
      "div",
      { class: `pb-group pb-group-${group.severity}`, role: "group", "aria-labelledby": headingId },
      h(
        "h3",
        { id: headingId, class: `pb-sev pb-sev-${group.severity}` },
        `${t.severity[group.severity]} (${group.count})`,
      ),
    );
    for (const letter of group.letters) {
      const title = letter.smart === null ? t.smartNone : `${letter.smart} · ${t.smart[letter.smart]}`;
      block.append(h("h4", { class: "pb-letter" }, `${title} (${letter.findings.length})`));
      block.append(
        h(
          "ul",
          { class: "pb-findings" },
          ...letter.findings.map((finding) => h("li", {}, renderFinding(finding, t, onSelect))),
        ),
      );
    }
    section.append(block);
  }
  return section;
}

function renderFinding(
  finding: LocatedFinding,
  t: Strings,
  onSelect: (finding: LocatedFinding, where: string) => void,
): HTMLElement {
  const where = cellAddress(finding.sheet, finding.cell);
  const body = [
    h("span", { class: "pb-finding-message" }, finding.message),
    h("span", { class: "pb-finding-where" }, where ?? t.noCell, finding.ref ? ` · ${finding.ref}` : null),
  ];
  if (where === null) return h("div", { class: "pb-finding", "data-rule": finding.rule }, ...body);
  return h(
    "button",
    {
      type: "button",
      class: "pb-finding",
      "data-rule": finding.rule,
      "data-cell": where,
      "aria-label": t.goTo(finding.message, where),
      onclick: () => onSelect(finding, where),
    },
    ...body,
  );
}
