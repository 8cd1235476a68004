import type { CheckInput, GoalProgress, Language } from "@planbook/core";
import type { Colors } from "../io";

/** At most this many goals are listed; a missing month column makes every goal `check`. */
const MAX_LISTED = 10;

const TEXT = {
  en: {
    goal: (id: string, cells: string) => `${id} Check inputs — fix ${cells}`,
    more: (n: number) =>
      `… and ${n} more goal(s) with status Check inputs ("planbook validate" lists every cell).`,
  },
  "zh-CN": {
    goal: (id: string, cells: string) => `${id} 待修正：请修正 ${cells}`,
    more: (n: number) => `…… 另有 ${n} 个目标状态为待修正（"planbook validate" 列出全部单元格）。`,
  },
} as const;

/**
 * Lines under the progress table naming, for each `check` goal, the cells to fix (sheet!cell, or
 * the rule id where the workbook has no such cell), in the status's own colour.
 */
export function checkLines(
  goals: readonly GoalProgress[],
  cellOf: (input: CheckInput) => { sheet: string; cell: string } | null,
  lang: Language,
  c: Colors,
): string[] {
  const text = TEXT[lang];
  const check = goals.filter((g) => g.fix !== null);
  const lines = check.slice(0, MAX_LISTED).map((g) => {
    const cells = new Set(
      (g.fix ?? []).map((f) => {
        const at = cellOf(f);
        return at === null ? f.rule : `${at.sheet}!${at.cell}`;
      }),
    );
    return c.magenta(text.goal(g.id, [...cells].join(", ")));
  });
  if (check.length > MAX_LISTED) lines.push(c.magenta(text.more(check.length - MAX_LISTED)));
  return lines;
}
