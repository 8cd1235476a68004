import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idKey } from "../phasing/keys";
import { monthsOf, planOf } from "../test-support/plan-fixture";
import { indexGoalRows } from "./goal-rows";
import { PhasingRowsByGoal } from "./phasing-rows";

const ids = (...goalIds: string[]) => goalIds.map((id) => ({ id }));
const rows = (...goalIds: string[]) => goalIds.map((goalId, i) => ({ goalId, months: monthsOf(i + 1) }));

function byGoal(goalIds: string[], phasingIds: string[]) {
  const plan = planOf({ goals: ids(...goalIds), phasing: rows(...phasingIds) });
  return { plan, index: new PhasingRowsByGoal(plan.phasing, indexGoalRows(plan)) };
}

describe("PhasingRowsByGoal", () => {
  it("gives a goal id its first Phasing row, ids compared as Excel's MATCH", () => {
    // Rows: 0 " g2", 1 "G1", 2 "g1" (a second row for G1), 3 "X" (no such goal), 4 blank.
    const { plan, index } = byGoal(["G1", "G2", "G3"], [" g2", "G1", "g1", "X", ""]);
    expect(index.get("G1")).toBe(plan.phasing[1]);
    expect(index.get("G2")).toBe(plan.phasing[0]);
    expect(index.get("G3")).toBeUndefined();
    expect(index.has("G3")).toBe(false);
  });

  it("still finds rows of ids that name no goal, and lists every first row like a Map", () => {
    const { plan, index } = byGoal(["G1"], ["X", "G1", "x ", ""]);
    expect(index.get("X")).toBe(plan.phasing[0]);
    expect(index.has("X")).toBe(true);
    expect(index.get("")).toBeUndefined();
    expect(index.size).toBe(2);
    expect([...index.keys()]).toEqual(["X", "G1"]);
    expect([...index]).toEqual([
      ["X", plan.phasing[0]],
      ["G1", plan.phasing[1]],
    ]);
  });

  it("agrees with a first-row Map by idKey for any ids (property)", () => {
    const id = fc.constantFrom("G1", "g1 ", "G2", " G2", "G 3", "G  3", "", "  ", "X");
    fc.assert(
      fc.property(fc.array(id, { maxLength: 10 }), fc.array(id, { maxLength: 10 }), (goalIds, phasingIds) => {
        const { plan, index } = byGoal(goalIds, phasingIds);
        const expected = new Map<string, (typeof plan.phasing)[number]>();
        for (const row of plan.phasing) {
          const key = idKey(row.goalId);
          if (key !== "" && !expected.has(key)) expected.set(key, row);
        }
        for (const key of ["G1", "G2", "G 3", "X", "", "NOPE"])
          expect(index.get(key)).toBe(expected.get(key));
        expect(new Map(index)).toEqual(expected);
      }),
    );
  });
});
