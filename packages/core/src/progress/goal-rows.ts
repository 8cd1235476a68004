import type { Plan } from "../model/plan";
import { idKey } from "../phasing/keys";
import { KeyIndex } from "./key-index";

/**
 * The plan's goal rows and the Actuals row each one reads, indexed once per call by progress and
 * validation alike. Keys are `idKey`s (trimmed, case-insensitive, as Excel's MATCH); a goal id
 * belongs to the first goal row with it, and that goal reads the first Actuals row with its id.
 *
 * Most questions are answered by row number, without hashing an id: is this row the first with
 * its id, which Actuals row is its. The usual layout (Actuals lists the goals in the Goals table's
 * order) only saves work; any order gives the same answers.
 */
export interface GoalRows {
  /** idKey of each goal row ("" when blank). */
  keys: string[];
  /** 1 where the row's id is not blank and no earlier goal row has it. */
  isFirst: Uint8Array;
  /** By goal row (first rows only): index of its Actuals row, -1 when it has none. */
  actualsRow: Int32Array;
  /** By Actuals row: the goal row it belongs to, -1 when its id is blank or names no goal. */
  goalRowOfActuals: Int32Array;
  /** The first goal row with the id `key` (an idKey), -1 when none or blank. */
  rowOf(key: string): number;
}

export function indexGoalRows(plan: Plan): GoalRows {
  const { goals, actuals } = plan;
  // Sized up front: growing an array of 100k by push copies it over and over.
  const keys = new Array<string>(goals.length);
  for (let i = 0; i < goals.length; i++) keys[i] = idKey(goals[i]!.id);
  const index = new KeyIndex(keys);
  const isFirst = new Uint8Array(goals.length);
  for (let i = 0; i < goals.length; i++) {
    if (keys[i] !== "" && index.add(i) === i) isFirst[i] = 1;
  }
  const rowOf = (key: string) => (key === "" ? -1 : index.rowOf(key));

  const actualsRow = new Int32Array(goals.length).fill(-1);
  const goalRowOfActuals = new Int32Array(actuals.length).fill(-1);
  for (let j = 0; j < actuals.length; j++) {
    const goalId = actuals[j]!.goalId;
    const sameTextAsGoal = j < goals.length && goals[j]!.id === goalId;
    // The same text as the first goal with it, in the same position: that goal, without a lookup.
    const goalRow = sameTextAsGoal && isFirst[j] === 1 ? j : rowOf(sameTextAsGoal ? keys[j]! : idKey(goalId));
    if (goalRow === -1) continue;
    goalRowOfActuals[j] = goalRow;
    if (actualsRow[goalRow] === -1) actualsRow[goalRow] = j;
  }
  return { keys, isFirst, actualsRow, goalRowOfActuals, rowOf };
}
