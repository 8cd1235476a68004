import { describe, expect, it } from "vitest";
import { computeProgress } from "../progress/compute";
import { goalOf, monthsOf, planOf } from "../test-support/plan-fixture";
import { combinePortfolio } from "./combine";
import { formatPortfolioNote } from "./messages";
import { brandFailure, gaps, summarizeBrand } from "./summarize";
import { Portfolio } from "./types";

/** Two goals per brand: a monthly sum and a latest value, on two channels. */
function brand(id: string, name: string, year: number, sums: number[], latest: number[], channel = "Weibo") {
  const plan = planOf({
    brand: { id, name },
    year,
    goals: [
      goalOf({
        id: "G1",
        metric: "Reads",
        dimension: "content",
        channel,
        aggregation: "sum",
        target: 1200,
        owner: "Li",
      }),
      goalOf({
        id: "G2",
        metric: "Followers",
        dimension: "growth",
        channel: "WeChat",
        aggregation: "last",
        baseline: 100,
        target: 220,
        owner: "Wang",
      }),
    ],
    actuals: [
      { goalId: "G1", months: monthsOf(...sums) },
      { goalId: "G2", months: monthsOf(...latest) },
    ],
  });
  const progress = computeProgress(plan);
  return { file: `${id}.xlsx`, plan, progress, findings: [{ severity: "warning" as const }] };
}

describe("summarizeBrand", () => {
  it("passes the brand's own progress numbers through and counts statuses and findings", () => {
    const input = brand("a", "A", 2027, [100, 100, 100], [110, 120, 130]);
    const s = summarizeBrand(input);
    expect(s.attainment).toBe(input.progress.brand.attainment);
    expect(s.dimensions).toEqual(
      input.progress.dimensions.map((d) => ({
        dimension: d.dimension,
        attainment: d.attainment,
        status: d.status,
        leftOut: d.leftOut,
      })),
    );
    expect(s.asOfMonth).toBe(3);
    // G1: 300 of 1200·3/12 = 300 → on track (100%); G2: (130−100)/((220−100)·3/12) = 1 → on track
    expect(s.goals).toEqual({ achieved: 0, on_track: 2, at_risk: 0, off_track: 0, not_started: 0, check: 0 });
    expect(s.findings).toEqual({ error: 0, warning: 1, info: 0 });
    expect(s.watch).toEqual([]);
  });

  it("lists at-risk and off-track goals worst first with owner, unit and gaps", () => {
    // G1: 240 of 300 → 80% at risk; G2: (110−100)/30 → 33% off track
    const s = summarizeBrand(brand("a", "A", 2027, [80, 80, 80], [105, 108, 110]));
    expect(s.watch.map((w) => [w.id, w.status, w.owner])).toEqual([
      ["G2", "off_track", "Wang"],
      ["G1", "at_risk", "Li"],
    ]);
    const g1 = s.watch[1];
    expect(g1?.gapToYtdTarget).toBe(60);
    expect(g1?.gapToTarget).toBe(960);
  });
});

describe("gaps", () => {
  it("turns round for decrease goals, so positive is always behind", () => {
    expect(gaps({ direction: "decrease", target: 10, ytdTarget: 10, ytdActual: 12 })).toEqual({
      gapToYtdTarget: 2,
      gapToTarget: 2,
    });
    expect(gaps({ direction: "increase", target: 10, ytdTarget: 5, ytdActual: null })).toEqual({
      gapToYtdTarget: null,
      gapToTarget: null,
    });
  });
});

describe("combinePortfolio", () => {
  it("weights brands equally, matches channels case-insensitively and lists unreadable files", () => {
    const a = summarizeBrand(brand("a", "A", 2027, [100, 100, 100], [110, 120, 130]));
    const b = summarizeBrand(brand("b", "B", 2027, [50, 50, 50], [100, 100, 100], "weibo "));
    const bad = brandFailure("c.xlsx", { code: "file.notZip", message: "c.xlsx is not an .xlsx file" });
    const p = combinePortfolio([a, bad, b]);
    expect(() => Portfolio.parse(p)).not.toThrow();
    expect(p.brands.map((x) => x.file)).toEqual(["a.xlsx", "c.xlsx", "b.xlsx"]);
    // B: G1 150/300 = 0.5; G2 (100−100)/30 = 0 → brand (0.5+0)/2 = 0.25; A = 1
    expect(b.attainment).toBeCloseTo(0.25, 12);
    expect(p.attainment).toBe(((a.attainment ?? 0) + (b.attainment ?? 0)) / 2);
    const weibo = p.channels.find((c) => c.channel?.toLowerCase() === "weibo");
    expect(weibo).toMatchObject({
      channel: "Weibo",
      attainment: (1 + 0.5) / 2,
      status: "off_track",
      brands: 2,
    });
    const content = p.dimensions.find((d) => d.dimension === "content");
    expect(content).toMatchObject({ attainment: 0.75, brands: 2 });
    expect(p.dimensions.find((d) => d.dimension === "brand")).toEqual({
      dimension: "brand",
      attainment: null,
      status: "not_started",
      brands: 0,
    });
    expect(p.goals.on_track + p.goals.off_track).toBe(4);
    expect(p.notes.map((n) => n.rule)).toEqual(["portfolio.file.unreadable"]);
    expect(p.watch.map((w) => `${w.brandId}:${w.id}`)).toEqual(["b:G1", "b:G2"]);
  });

  it("says so when years, as-of months and thresholds differ, in both languages", () => {
    const a = summarizeBrand(brand("a", "A", 2027, [100, 100, 100], [110]));
    const bInput = brand("b", "B", 2026, [100], [110]);
    bInput.plan.settings.onTrackThreshold = 0.9;
    const p = combinePortfolio([a, summarizeBrand(bInput)]);
    expect(p.years).toEqual([2026, 2027]);
    expect(p.asOfMonths).toEqual([1, 3]);
    expect(p.asOfMonth).toBe(3);
    expect(p.thresholds).toEqual({ onTrack: 0.95, atRisk: 0.8 });
    expect(p.notes.map((n) => n.rule)).toEqual([
      "portfolio.years.mixed",
      "portfolio.as-of.mixed",
      "portfolio.thresholds.mixed",
    ]);
    for (const n of p.notes) {
      expect(formatPortfolioNote(n, "en")).not.toMatch(/undefined|null/);
      expect(formatPortfolioNote(n, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(formatPortfolioNote(p.notes[1]!, "en")).toContain("1, 3");
  });

  it("has no numbers but no crash when no file could be read", () => {
    const p = combinePortfolio([
      brandFailure("x.xlsx", { code: "file.missing", message: "x.xlsx not found" }),
    ]);
    expect(p).toMatchObject({ attainment: null, status: "not_started", asOfMonth: null, years: [] });
  });

  it("counts an unknown engine status as check, never drops the goal", () => {
    const input = brand("a", "A", 2027, [100], [110]);
    (input.progress.goals[0] as { status: string }).status = "check";
    const s = summarizeBrand(input);
    expect(s.goals.check).toBe(1);
    expect(s.watch.map((w) => w.status)).toContain("check");
  });
});
