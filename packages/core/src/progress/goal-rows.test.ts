import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idKey } from "../phasing/keys";
import { monthsOf, planOf } from "../test-support/plan-fixture";
import { progressContext } from "./context";
import { indexGoalRows } from "./goal-rows";

const ids = (...goalIds: string[]) => goalIds.map((id) => ({ id }));
const rows = (...goalIds: string[]) => goalIds.map((goalId) => ({ goalId, months: monthsOf(1) }));

describe("indexGoalRows", () => {
  it("keys goal rows as Excel's MATCH compares them; a repeated or blank id is not a first row", () => {
    const r = indexGoalRows(planOf({ goals: ids("G1", " g1", "G 2", "", "G  2") }));
    expect(r.keys).toEqual(["G1", "G1", "G 2", "", "G 2"]);
    expect([...r.isFirst]).toEqual([1, 0, 1, 0, 0]);
    expect([r.rowOf("G1"), r.rowOf("G 2"), r.rowOf(""), r.rowOf("G3")]).toEqual([0, 2, -1, -1]);
  });

  it("gives each goal its first Actuals row, in any order, and each Actuals row its goal", () => {
    const r = indexGoalRows(
      planOf({
        goals: ids("G1", "G2", "G3", "G1"),
        // Row 0 matches goal 1 (not its own position), row 2 is a second row for G2, row 3 names
        // no goal, row 4 is blank, row 5 is G1's (goal row 3 is a repeat of G1).
        actuals: rows("g2 ", "G3", "G2", "X", "", "G1"),
      }),
    );
    expect([...r.actualsRow]).toEqual([5, 0, 1, -1]);
    expect([...r.goalRowOfActuals]).toEqual([1, 2, 1, -1, -1, 0]);
  });

  it("agrees with first-row maps by idKey for any ids and row order (property)", () => {
    const id = fc.constantFrom("G1", "g1 ", "G2", " G2", "G 3", "G  3", "", "  ", "X");
    fc.assert(
      fc.property(fc.array(id, { maxLength: 12 }), fc.array(id, { maxLength: 12 }), (goalIds, actualIds) => {
        const plan = planOf({ goals: ids(...goalIds), actuals: rows(...actualIds) });
        const r = indexGoalRows(plan);
        const firstGoal = new Map<string, number>();
        goalIds.forEach((g, i) => {
          const k = idKey(g);
          if (k !== "" && !firstGoal.has(k)) firstGoal.set(k, i);
        });
        const firstActuals = new Map<string, number>();
        actualIds.forEach((a, j) => {
          const k = idKey(a);
          if (k !== "" && !firstActuals.has(k)) firstActuals.set(k, j);
        });
        goalIds.forEach((g, i) => {
          const k = idKey(g);
          const first = firstGoal.get(k) === i;
          expect(r.isFirst[i]).toBe(first ? 1 : 0);
          if (first) expect(r.actualsRow[i]).toBe(firstActuals.get(k) ?? -1);
        });
        actualIds.forEach((a, j) => {
          expect(r.goalRowOfActuals[j]).toBe(firstGoal.get(idKey(a)) ?? -1);
        });
      }),
    );
  });
});

describe("progressContext", () => {
  it("still offers the first goal and the first Actuals row per id as maps", () => {
    const plan = planOf({ goals: ids("G1", "g1", "G2"), actuals: rows("X9", " g1", "G1") });
    const ctx = progressContext(plan);
    expect([...ctx.goalsById.keys()]).toEqual(["G1", "G2"]);
    expect(ctx.goalsById.get("G1")).toBe(plan.goals[0]);
    // Every Actuals row's id, also one that names no goal; the first row per id wins.
    expect([...ctx.actualsById.keys()]).toEqual(["X9", "G1"]);
    expect(ctx.actualsById.get("G1")).toBe(plan.actuals[1]!.months);
    expect(ctx.goalsById).toBe(ctx.goalsById);
  });
});
