import type { Language, LocatedFinding } from "@planbook/core";
import { strings } from "../i18n/strings";
import type { DialogMessage } from "../shared/dialog-message";
import { describeError, toPaneError } from "../shared/pane-error";
import { countBySeverity } from "../taskpane/findings-groups";

/** After Validate goals from the ribbon: the counts, and where to see the list. */
export function validatedMessage(findings: readonly LocatedFinding[], lang: Language): DialogMessage {
  const t = strings(lang);
  if (findings.length === 0)
    return { lang, title: t.commandValidatedTitle, lines: [t.noFindings], tone: "info" };
  const c = countBySeverity(findings);
  return {
    lang,
    title: t.commandValidatedTitle,
    lines: [t.validated(c.error, c.warning, c.info), t.commandOpenPane],
    tone: "info",
  };
}

/** A ribbon command that failed: the same text the pane would show. */
export function failedMessage(error: unknown, lang: Language): DialogMessage {
  const t = strings(lang);
  return { lang, title: t.commandFailedTitle, lines: [describeError(toPaneError(error), t)], tone: "error" };
}
