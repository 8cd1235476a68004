import { enumLabel, type GoalStatus, type Language } from "@planbook/core";
import type { Colors } from "../io";

/**
 * A status label as the terminal shows it: the workbook's status colours in terminal terms
 * (green done or on track, yellow at risk, red off track, dim not started, magenta for `check`,
 * the workbook's violet: inputs to fix, not a band of good or bad).
 */
export function statusText(status: GoalStatus, lang: Language, c: Colors): string {
  const label = enumLabel("goalStatus", status, lang);
  switch (status) {
    case "achieved":
    case "on_track":
      return c.green(label);
    case "at_risk":
      return c.yellow(label);
    case "off_track":
      return c.red(label);
    case "check":
      return c.magenta(label);
    case "not_started":
      return c.dim(label);
  }
}
