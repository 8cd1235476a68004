import { describe, expect, it } from "vitest";
import { type Machine, median, summaryTable, verdict } from "../bench/summary";

/** Wall twice the CPU; faults ten times the CPU ms. */
const samples = (...cpu: number[]) => cpu.map((c) => ({ wall: c * 2, cpu: c, faults: c * 10 }));

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
    // No fault cost measured and no ten-plan round: shown as unknown, not as zero.
    expect(text).toContain("10,000: 500, 100,000: 5900; one fault costs – µs here");
    expect(text).not.toContain("ten different 10k plans");
  });

  it("prints the page faults with their cost, and 100k against ten 10k plans", () => {
    const machine: Machine = { cpuModel: "Test CPU", cores: 2, load: [1, 1, 1], node: "v20.0.0" };
    const data: Record<string, ReturnType<typeof samples>> = {
      "validate+progress@10000": samples(10),
      "validate+progress@100000": samples(300),
    };
    const text = summaryTable({
      sizes: [10_000, 100_000],
      tasks: ["validate+progress"],
      samples: (task, size) => data[`${task}@${size}`] ?? [],
      machine: { start: machine, end: machine },
      // Ten plans: 250 ms CPU, 500 ms wall → 100k costs 600 / 500 = 1.2 (wall), 300 / 250 (CPU).
      tenPlans: samples(240, 250, 260),
      faultMicros: 14,
    });
    // 3,000 faults × 14 µs = 42 ms.
    expect(text).toContain(
      "10,000: 100, 100,000: 3000; one fault costs 14.0 µs here (64 MiB first-touch test) → ≈ 42 ms",
    );
    expect(text).toContain(
      "500.0 / 250.0 ms for all ten, 2500 faults; the 100k plan costs 1.20 (wall) / 1.20 (CPU)",
    );
  });
});
