import { idKey, type PlanProgress } from "@planbook/core";

/** Which goal the Dashboard's monthly chart shows, and what to write into its picker cell. */
export interface ChartGoal {
  /** The goal shown (as the plan spells its id), or null when the plan has no goal. */
  goalId: string | null;
  /** Text for the picker cell, or undefined to leave the cell as the user typed it. */
  write: string | undefined;
}

/**
 * The monthly chart's goal: the one picked in the pane (trimmed, any case), else the one in the
 * Dashboard's picker cell, else the first goal with data (or the first goal). A pick from the pane
 * is written into the picker cell; the user's own pick stays as typed; a blank or new picker gets
 * the goal shown.
 */
export function chartGoal(
  progress: Pick<PlanProgress, "goals">,
  fromPane: string | undefined,
  onSheet: string | undefined,
): ChartGoal {
  const paneEmpty = fromPane === undefined || fromPane.trim() === "";
  const wanted = paneEmpty ? onSheet : fromPane;
  let goalId: string | null = null;
  if (wanted !== undefined && wanted.trim() !== "") {
    goalId = progress.goals.find((g) => idKey(g.id) === idKey(wanted))?.id ?? null;
  }
  goalId ??= (progress.goals.find((g) => g.ytdActual !== null) ?? progress.goals[0])?.id ?? null;
  return { goalId, write: paneEmpty && onSheet ? undefined : (goalId ?? "") };
}
