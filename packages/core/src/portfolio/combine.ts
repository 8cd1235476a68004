import { Dimension, type Language } from "../model/enums";
import { idKey } from "../phasing/keys";
import { bandOf } from "../progress/status";
import { emptySeverityCounts, emptyStatusCounts } from "./summarize";
import type {
  BrandEntry,
  BrandSummary,
  Portfolio,
  PortfolioNote,
  PortfolioRollUp,
  PortfolioThresholds,
  WatchItem,
} from "./types";

/** The engine's default thresholds (Settings OnTrackThreshold / AtRiskThreshold). */
const DEFAULT_THRESHOLDS: PortfolioThresholds = { onTrack: 0.95, atRisk: 0.8 };

/**
 * Equal-weight mean over the brands that have a number (a brand without data neither helps nor
 * hurts); same bands as the engine's roll-ups, and like them never `achieved`.
 */
class BrandMean {
  private sum = 0;
  private n = 0;
  add(attainment: number | null): void {
    if (attainment === null) return;
    this.sum += attainment;
    this.n++;
  }
  result(t: PortfolioThresholds): PortfolioRollUp {
    if (this.n === 0) return { attainment: null, status: "not_started", brands: 0 };
    const attainment = this.sum / this.n;
    return { attainment, status: bandOf(attainment, t), brands: this.n };
  }
}

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];
const sortedNumbers = (values: readonly number[]) => distinct(values).sort((a, b) => a - b);

function thresholdsOf(ok: readonly BrandSummary[], notes: PortfolioNote[]): PortfolioThresholds {
  const first = ok[0]?.thresholds;
  if (!first) return DEFAULT_THRESHOLDS;
  const same = ok.every(
    (b) => b.thresholds.onTrack === first.onTrack && b.thresholds.atRisk === first.atRisk,
  );
  if (same) return first;
  notes.push({
    rule: "portfolio.thresholds.mixed",
    severity: "info",
    params: { onTrack: DEFAULT_THRESHOLDS.onTrack, atRisk: DEFAULT_THRESHOLDS.atRisk },
  });
  return DEFAULT_THRESHOLDS;
}

function describeSet(ok: readonly BrandSummary[], notes: PortfolioNote[]) {
  const years = sortedNumbers(ok.flatMap((b) => (b.year === null ? [] : [b.year])));
  const asOfMonths = sortedNumbers(ok.flatMap((b) => (b.asOfMonth === null ? [] : [b.asOfMonth])));
  const languages = distinct(ok.flatMap((b) => (b.language === null ? [] : [b.language]))) as Language[];
  if (years.length > 1) {
    notes.push({ rule: "portfolio.years.mixed", severity: "warning", params: { years: years.join(", ") } });
  }
  if (asOfMonths.length > 1) {
    notes.push({
      rule: "portfolio.as-of.mixed",
      severity: "warning",
      params: { months: asOfMonths.join(", "), latest: asOfMonths[asOfMonths.length - 1] ?? null },
    });
  }
  if (languages.length > 1) {
    notes.push({
      rule: "portfolio.languages.mixed",
      severity: "info",
      params: { languages: languages.join(", ") },
    });
  }
  const seen = new Map<string, string>();
  for (const b of ok) {
    if (b.brandId === null) continue;
    const before = seen.get(b.brandId);
    if (before !== undefined) {
      notes.push({
        rule: "portfolio.brand.duplicate",
        severity: "warning",
        params: { brand: b.brand ?? b.brandId, file: b.file, other: before },
      });
    } else seen.set(b.brandId, b.file);
    if (b.asOfMonth === null) {
      notes.push({
        rule: "portfolio.brand.no-data",
        severity: "info",
        params: { brand: b.brand ?? b.brandId, file: b.file },
      });
    }
  }
  return { years, asOfMonths, languages, asOfMonth: asOfMonths[asOfMonths.length - 1] ?? null };
}

/**
 * The operations lead's view across brands (docs/design.md#rollup). Brand rows are the brands' own progress
 * numbers; the portfolio's dimension, channel and overall figures weight every readable brand
 * equally. Files that could not be read stay in `brands` with their error and a note.
 */
export function combinePortfolio(entries: readonly BrandEntry[]): Portfolio {
  const notes: PortfolioNote[] = [];
  const ok = entries.filter((b): b is BrandSummary => b.error === null);
  for (const b of entries) {
    if (b.error !== null) {
      notes.push({
        rule: "portfolio.file.unreadable",
        severity: "error",
        params: { file: b.file, reason: b.error.message },
      });
    }
  }
  const set = describeSet(ok, notes);
  const thresholds = thresholdsOf(ok, notes);

  const overall = new BrandMean();
  const dimensions = new Map(Dimension.options.map((d) => [d, new BrandMean()]));
  // Channels match across brands as ids do in a workbook (trimmed, case-insensitive); the first
  // spelling seen names the group. Goals for all channels (null) are a group of their own.
  const channels = new Map<string | null, { label: string | null; mean: BrandMean }>();
  const goals = emptyStatusCounts();
  const findings = emptySeverityCounts();
  const watch: WatchItem[] = [];
  for (const b of ok) {
    overall.add(b.attainment);
    for (const d of b.dimensions) dimensions.get(d.dimension)?.add(d.attainment);
    for (const c of b.channels) {
      const key = c.channel === null ? null : idKey(c.channel.trim());
      let group = channels.get(key);
      if (!group) {
        group = { label: c.channel === null ? null : c.channel.trim(), mean: new BrandMean() };
        channels.set(key, group);
      }
      group.mean.add(c.attainment);
    }
    for (const [k, v] of Object.entries(b.goals) as [keyof typeof goals, number][]) goals[k] += v;
    for (const [k, v] of Object.entries(b.findings) as [keyof typeof findings, number][]) findings[k] += v;
    for (const g of b.watch) watch.push({ file: b.file, brand: b.brand, brandId: b.brandId, ...g });
  }
  const total = overall.result(thresholds);
  return {
    asOfMonth: set.asOfMonth,
    asOfMonths: set.asOfMonths,
    years: set.years,
    languages: set.languages,
    thresholds,
    attainment: total.attainment,
    status: total.status,
    brands: [...entries],
    dimensions: [...dimensions].map(([dimension, mean]) => ({ dimension, ...mean.result(thresholds) })),
    channels: [...channels.values()].map((g) => ({ channel: g.label, ...g.mean.result(thresholds) })),
    goals,
    findings,
    watch,
    notes,
  };
}
