import { describe, expect, it } from "vitest";
import { BYTE_DAMAGE, damageBytes } from "../../../test-support/byte-damage";
import { rng } from "../../../test-support/rng";

describe("damageBytes", () => {
  const original = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i % 251) + 1));

  it.each(BYTE_DAMAGE)("%s changes a copy and leaves the original as it was", (damage) => {
    const before = Buffer.from(original);
    const damaged = damageBytes(original, damage, rng(1));
    expect(original.equals(before)).toBe(true);
    expect(damaged.equals(original)).toBe(false);
  });

  it("truncate shortens, insert lengthens, flip and zero keep the length", () => {
    for (let seed = 0; seed < 50; seed++) {
      expect(damageBytes(original, "truncate", rng(seed)).length).toBeLessThan(original.length);
      expect(damageBytes(original, "insert", rng(seed)).length).toBeGreaterThan(original.length);
      expect(damageBytes(original, "flip", rng(seed)).length).toBe(original.length);
      const zeroed = damageBytes(original, "zero", rng(seed));
      expect(zeroed.length).toBe(original.length);
      expect(zeroed.includes(0)).toBe(true);
    }
  });

  it("the same seed damages the same way (a failing fuzz case can be run again)", () => {
    for (const damage of BYTE_DAMAGE) {
      expect(damageBytes(original, damage, rng(7)).equals(damageBytes(original, damage, rng(7)))).toBe(true);
    }
  });
});
