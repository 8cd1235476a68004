import { type BrandSummary, brandFailure, combinePortfolio } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { rollupWorkbookSpec } from "./layout";

function summary(id: string, attainment: number | null, growth: number | null): BrandSummary {
  return {
    file: `${id}.xlsx`,
    brand: id.toUpperCase(),
    brandId: id,
    year: 2027,
    language: "en",
    asOfMonth: 3,
    attainment,
    status: attainment === null ? "not_started" : "on_track",
    thresholds: { onTrack: 0.95, atRisk: 0.8 },
    dimensions: [
      { dimension: "growth", attainment: growth, status: "on_track", leftOut: 0 },
      { dimension: "content", attainment: null, status: "not_started", leftOut: 0 },
      { dimension: "conversion", attainment: null, status: "not_started", leftOut: 0 },
      { dimension: "brand", attainment: null, status: "not_started", leftOut: 0 },
    ],
    channels: [{ channel: "WeChat", attainment: growth, status: "on_track", leftOut: 0 }],
    goals: { achieved: 0, on_track: 1, at_risk: 0, off_track: 0, not_started: 0, check: 1 },
    findings: { error: 1, warning: 0, info: 0 },
    watch: [],
    error: null,
  };
}

describe("rollupWorkbookSpec", () => {
  const p = combinePortfolio([
    summary("a", 0.9, 0.9),
    brandFailure("x.xlsx", { code: "file.not-xlsx", message: "x.xlsx: not a workbook" }),
    summary("b", 0.7, null),
  ]);
  const spec = rollupWorkbookSpec(p, "en", "planbook 0.1.0");
  const overview = spec.sheets[0]?.tables[0];

  it("has one overview row per readable brand and a portfolio row of formulas over them", () => {
    expect(spec.sheets.map((s) => s.key)).toEqual(["overview", "channels", "watch", "sources"]);
    expect(overview?.rows.map((r) => r[1])).toEqual([
      { t: "text", v: "a.xlsx" },
      { t: "text", v: "b.xlsx" },
    ]);
    const header = overview?.headerRow ?? 0;
    const overall = overview?.summary?.[4];
    expect(overall).toMatchObject({
      t: "formula",
      f: `IF(COUNT(E${header + 1}:E${header + 2})=0,"",AVERAGE(E${header + 1}:E${header + 2}))`,
      result: 0.8,
    });
    // status by the portfolio thresholds, with the labels of the workbook's language
    expect(overview?.summary?.[5]).toMatchObject({
      t: "formula",
      f: `IF(E${header + 3}="","Not started",IF(E${header + 3}>=0.95,"On track",IF(E${header + 3}>=0.8,"At risk","Off track")))`,
      result: "At risk",
    });
    // goals per status: check is a column of its own
    expect(overview?.columns.map((c) => c.header)).toContain("Check inputs");
    // native charts over the brand rows and the portfolio row
    const charts = spec.sheets[0]?.charts ?? [];
    expect(charts.map((c) => [c.categories, c.series[0]?.values])).toEqual([
      [`A${header + 1}:A${header + 2}`, `E${header + 1}:E${header + 2}`],
      [`G${header}:J${header}`, `G${header + 3}:J${header + 3}`],
    ]);
  });

  it("lists the unreadable file with its reason on Sources and keeps tables non-empty", () => {
    const sources = spec.sheets[3]?.tables[0];
    expect(sources?.rows.map((r) => r[4])).toEqual([
      { t: "text", v: null },
      { t: "text", v: "x.xlsx: not a workbook" },
      { t: "text", v: null },
    ]);
    expect(spec.sheets[3]?.lines.some((l) => l.includes("left out of the roll-up"))).toBe(true);
    const watch = spec.sheets[2]?.tables[0];
    expect(watch?.rows).toHaveLength(1);
    expect(watch?.rows[0]?.[0]).toEqual({
      t: "text",
      v: "No goal is at risk, off track or waiting for inputs.",
    });
  });

  it("puts each brand's channel figure under its brand and a mean formula beside them", () => {
    const channels = spec.sheets[1]?.tables[0];
    const row = channels?.rows[0];
    expect(row?.[0]).toEqual({ t: "text", v: "WeChat" });
    expect(row?.slice(1, 3)).toEqual([
      { t: "number", v: 0.9, format: "0.0%" },
      { t: "number", v: null, format: "0.0%" },
    ]);
    expect(row?.[3]).toMatchObject({ t: "formula", result: 0.9 });
  });

  it("words everything in Chinese for a zh-CN workbook", () => {
    const zh = rollupWorkbookSpec(p, "zh-CN", "planbook 0.1.0");
    expect(zh.sheets.map((s) => s.name)).toEqual(["总览", "渠道", "关注目标", "来源文件"]);
    expect(zh.sheets[0]?.tables[0]?.summary?.[5]).toMatchObject({ result: "有风险" });
  });
});
