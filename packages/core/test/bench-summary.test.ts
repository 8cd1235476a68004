import { describe, expect, it } from "vitest";
import { type Machine, median, summaryTable, verdict } from "../bench/summary";

const samples = (...cpu: number[]) => cpu.map((c) => ({ wall: c * 2, cpu: c }));

describe("bench summary", () => {
  it("takes the median, the mean of the middle two for an even count, NaN for none", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNaN();
  });

  it("checks 100k against 10k and the 1 s budget on medians", () => {
    // Medians: 10k CPU 50, 100k CPU 590 → 11.8 ≤ 12 and 590 < 1000: both met.
    // Wall is twice CPU here: 1180 ms misses the budget, the ratio is the same 11.8.
    const small = samples(40, 50, 70);
    const large = samples(560, 590, 900);
    expect(verdict("cpu", small, large)).toEqual({
      kind: "cpu",
      ratio: 11.8,
      ratioMet: true,
      ms: 590,
      msMet: true,
    });
    expect(verdict("wall", small, large)).toMatchObject({
      ratio: 11.8,
      ratioMet: true,
      ms: 1180,
      msMet: false,
    });
    // 610 / 50 = 12.2: not linear enough.
    expect(verdict("cpu", small, samples(610)).ratioMet).toBe(false);
  });

  it("never passes a target without samples", () => {
    const v = verdict("cpu", [], []);
    expect([v.ratioMet, v.msMet]).toEqual([false, false]);
  });

  it("prints medians, spread, ratios, verdicts and the machine's load", () => {
    const machine = (load: number): Machine => ({
      cpuModel: "Test CPU",
      cores: 2,
      load: [load, 1, 1],
      node: "v20.0.0",
    });
    const data: Record<string, ReturnType<typeof samples>> = {
      "validate+progress@10000": samples(40, 50, 70),
      "validate+progress@100000": samples(560, 590, 900),
    };
    const text = summaryTable({
      sizes: [10_000, 100_000],
      tasks: ["validate+progress"],
      samples: (task, size) => data[`${task}@${size}`] ?? [],
      machine: { start: machine(0.5), end: machine(3.25) },
    });
    expect(text).toContain("Test CPU, 2 cores, Node v20.0.0");
    expect(text).toContain("0.5 1.0 1.0 at start, 3.3 1.0 1.0 at end — above 2");
    expect(text).toMatch(/validate\+progress\s+100\.0 \/ 50\.0\s+1180\.0 \/ 590\.0\s+11\.80\s+11\.80/);
    expect(text).toMatch(/\[40–70\] \(3\)\s+\[560–900\] \(3\)/);
    expect(text).toContain("cpu   100k/10k ≤ 12: 11.80 met   100k < 1000 ms: 590 ms met");
    expect(text).toContain("wall  100k/10k ≤ 12: 11.80 met   100k < 1000 ms: 1180 ms MISSED");
  });
});
