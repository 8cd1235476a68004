import type { MonthlyRow } from "../model/plan";
import { idKey } from "../phasing/keys";
import type { GoalRows } from "./goal-rows";

/**
 * The Phasing rows by goal id (the first row per id, as `PhasingLookup.rowsByGoal`), found
 * through the goal rows' index: each Phasing row is tied to its goal's row number once, in an
 * Int32Array. A Map of every Phasing row, rebuilt on each progress call, was the largest
 * structure progress built besides its result (a 100k-goal plan has tens of thousands of custom
 * rows) and one of the slowest to build. Ids that name no goal fall back to such a Map, built only
 * when asked for.
 */
export class PhasingRowsByGoal implements ReadonlyMap<string, MonthlyRow> {
  /** By goal row (first rows only): index of its first Phasing row, -1 when none. */
  private readonly phasingRowOf: Int32Array;
  /** Phasing row index by idKey, first row per id: only for ids that name no goal. */
  private all: Map<string, number> | undefined;

  constructor(
    private readonly phasing: readonly MonthlyRow[],
    private readonly goals: GoalRows,
  ) {
    this.phasingRowOf = new Int32Array(goals.isFirst.length).fill(-1);
    for (let j = 0; j < phasing.length; j++) {
      const goalRow = goals.rowOf(idKey(phasing[j]!.goalId));
      if (goalRow !== -1 && this.phasingRowOf[goalRow] === -1) this.phasingRowOf[goalRow] = j;
    }
  }

  /** `key` is an idKey, as for the Map this stands for. */
  get(key: string): MonthlyRow | undefined {
    const row = this.indexOf(key);
    return row === undefined ? undefined : this.phasing[row];
  }

  /** Index in plan.phasing of the first row with the id `key` (an idKey). */
  indexOf(key: string): number | undefined {
    const goalRow = this.goals.rowOf(key);
    if (goalRow === -1) return this.map().get(key);
    const row = this.phasingRowOf[goalRow]!;
    return row === -1 ? undefined : row;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.map().size;
  }

  forEach(callback: (value: MonthlyRow, key: string, map: ReadonlyMap<string, MonthlyRow>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  *entries(): MapIterator<[string, MonthlyRow]> {
    for (const [key, row] of this.map()) yield [key, this.phasing[row]!];
  }

  keys(): MapIterator<string> {
    return this.map().keys();
  }

  *values(): MapIterator<MonthlyRow> {
    for (const row of this.map().values()) yield this.phasing[row]!;
  }

  [Symbol.iterator](): MapIterator<[string, MonthlyRow]> {
    return this.entries();
  }

  /** Every Phasing row's index by id, first row per id, blank ids left out. */
  private map(): Map<string, number> {
    if (this.all === undefined) {
      this.all = new Map();
      for (let j = 0; j < this.phasing.length; j++) {
        const key = idKey(this.phasing[j]!.goalId);
        if (key !== "" && !this.all.has(key)) this.all.set(key, j);
      }
    }
    return this.all;
  }
}
