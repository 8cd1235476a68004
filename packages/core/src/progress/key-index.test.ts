import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyIndex } from "./key-index";

describe("KeyIndex", () => {
  it("gives each key the first row added with it, and -1 for a key never added", () => {
    const keys = ["g1", "g2", "g1", "g3", "g2"];
    const index = new KeyIndex(keys);
    expect(keys.map((_, row) => index.add(row))).toEqual([0, 1, 0, 3, 1]);
    expect(["g1", "g2", "g3", "g4", ""].map((k) => index.rowOf(k))).toEqual([0, 1, 3, -1, -1]);
  });

  it("finds only rows that were added", () => {
    const index = new KeyIndex(["a", "b"]);
    index.add(1);
    expect([index.rowOf("a"), index.rowOf("b")]).toEqual([-1, 1]);
  });

  it("answers like a Map of first rows, for any keys (property)", () => {
    // Few distinct short keys force repeats and hash collisions in the small tables.
    const key = fc.string({ maxLength: 3, unit: fc.constantFrom("a", "b", "g", "1", " ", "粉") });
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), fc.array(key, { maxLength: 20 }), (keys, probes) => {
        const index = new KeyIndex(keys);
        const first = new Map<string, number>();
        keys.forEach((k, row) => {
          if (!first.has(k)) first.set(k, row);
          expect(index.add(row)).toBe(first.get(k));
        });
        for (const k of [...keys, ...probes]) expect(index.rowOf(k)).toBe(first.get(k) ?? -1);
      }),
    );
  });
});
