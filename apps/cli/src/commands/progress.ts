import {
  enumLabel,
  formatMetricValue,
  formatShare,
  type Language,
  type LocatedFinding,
  type Plan,
  type PlanProgress,
} from "@planbook/core";
import { progressWorkbook, type WorkbookProgress } from "@planbook/workbook";
import { type Ctx, println, tableWidth } from "../io";
import { t } from "../messages";
import { checkLines } from "../output/check-lines";
import { statusText } from "../output/status-colour";
import { renderTable } from "../output/table";
import { type FileOutcome, fileErrorMessage, forEachWorkbook } from "./read-workbooks";
import { exitCode } from "./validate";

export interface ProgressOptions {
  json: boolean;
  asOf?: number;
  lang?: Language;
  wide?: boolean;
}

interface FileProgress {
  lang: Language;
  plan: Plan;
  progress: PlanProgress;
  findings: LocatedFinding[];
  /** Cell of an input a `check` goal needs fixed. */
  cellOf: WorkbookProgress["cellOf"];
}

/**
 * Exit codes as for validate: 0, 1 when the workbook has errors (its numbers may then be
 * incomplete), 2 when a file cannot be used.
 */
export async function runProgress(ctx: Ctx, files: string[], o: ProgressOptions): Promise<number> {
  const outcomes = await forEachWorkbook(ctx, files, (raw): FileProgress => {
    const { plan, progress, findings, language, cellOf } = progressWorkbook(raw, {
      asOfMonth: o.asOf ?? null,
      lang: o.lang,
    });
    return { lang: o.lang ?? language, plan, progress, findings, cellOf };
  });
  if (o.json) ctx.io.stdout.write(`${JSON.stringify(progressJson(ctx, outcomes), null, 2)}\n`);
  else printHuman(ctx, outcomes, tableWidth(ctx.io, o.wide ?? false));
  return exitCode(outcomes);
}

/**
 * docs/design.md#cli-json shape, numbers unrounded. Extensions: `brandId`, `channels`, `overall` (the brand
 * roll-up), `findings`, and `error` for a file that could not be read; per goal `fix` (status
 * `check`: the cells to fix, each with the rule of its finding; null otherwise), per roll-up
 * `leftOut` (its `check` goals, left out of the attainment).
 */
function progressJson(ctx: Ctx, outcomes: FileOutcome<FileProgress>[]) {
  return {
    files: outcomes.map((x) => {
      if (!x.ok) {
        return {
          file: x.file,
          brand: null,
          brandId: null,
          year: null,
          asOfMonth: null,
          goals: [],
          objectives: [],
          dimensions: [],
          error: { code: x.error.code, message: fileErrorMessage(ctx, x.error), detail: x.error.detail },
        };
      }
      const { plan, progress, findings, cellOf } = x.value;
      return {
        file: x.file,
        brand: plan.brand.name || null,
        brandId: plan.brand.id || null,
        year: plan.year,
        asOfMonth: progress.asOfMonth,
        goals: progress.goals.map((g) => ({
          id: g.id,
          objective: g.objective,
          dimension: g.dimension,
          metric: g.metric,
          channel: g.channel,
          aggregation: g.aggregation,
          direction: g.direction,
          baseline: g.baseline,
          target: g.target,
          ytdTarget: g.ytdTarget,
          ytdActual: g.ytdActual,
          attainment: g.attainment,
          progress: g.progress,
          forecast: g.forecast,
          status: g.status,
          fix:
            g.fix === null
              ? null
              : g.fix.map((f) => ({ rule: f.rule, ...(cellOf(f) ?? { sheet: null, cell: null }) })),
        })),
        objectives: progress.objectives.map((r) => ({
          id: r.id,
          attainment: r.attainment,
          status: r.status,
          leftOut: r.leftOut,
        })),
        dimensions: progress.dimensions.map((r) => ({
          dimension: r.dimension,
          attainment: r.attainment,
          status: r.status,
          leftOut: r.leftOut,
        })),
        channels: progress.channels.map((r) => ({
          channel: r.channel,
          attainment: r.attainment,
          status: r.status,
          leftOut: r.leftOut,
        })),
        overall: {
          attainment: progress.brand.attainment,
          status: progress.brand.status,
          leftOut: progress.brand.leftOut,
        },
        findings,
      };
    }),
  };
}

function printHuman(ctx: Ctx, outcomes: FileOutcome<FileProgress>[], width: number | undefined): void {
  const c = ctx.out;
  for (const x of outcomes) {
    if (!x.ok) {
      println(ctx.io.stderr, ctx.err.red(fileErrorMessage(ctx, x.error)));
      continue;
    }
    const { lang, plan, progress, findings, cellOf } = x.value;
    const asOf =
      progress.asOfMonth === null
        ? t(lang, "progress.noData")
        : t(lang, "progress.asOf", { month: progress.asOfMonth });
    println(ctx.io.stdout, c.bold(`${x.file} — ${plan.brand.name} ${plan.year} · ${asOf}`));
    const unitOf = new Map(plan.goals.map((g) => [g.id.trim().toLowerCase(), g.unit]));
    const status = (s: PlanProgress["brand"]["status"]) => statusText(s, lang, c);
    // numbers as the workbook shows them (core's number style): 12.3万, 96.8%
    const pct = (v: number | null) => formatShare(v, lang);
    const goalRows = progress.goals.map((g) => {
      const unit = unitOf.get(g.id.trim().toLowerCase()) ?? null;
      const val = (v: number | null) => formatMetricValue(v, unit, lang);
      return [
        g.id,
        g.metric ?? "",
        g.channel ?? t(lang, "allChannels"),
        val(g.target),
        val(g.ytdTarget),
        val(g.ytdActual),
        pct(g.attainment),
        val(g.forecast),
        status(g.status),
      ];
    });
    const right = "right" as const;
    const left = "left" as const;
    println(
      ctx.io.stdout,
      renderTable(
        [
          "h.goal",
          "h.metric",
          "h.channel",
          "h.target",
          "h.ytdTarget",
          "h.ytdActual",
          "h.attainment",
          "h.forecast",
          "h.status",
        ].map((h) => t(lang, h as Parameters<typeof t>[1])),
        goalRows,
        c,
        {
          align: [left, left, left, right, right, right, right, right, left],
          width,
          shrink: { 1: "elide", 2: "elide" },
        },
      ),
    );
    println(
      ctx.io.stdout,
      renderTable(
        [t(lang, "h.objective"), t(lang, "h.attainment"), t(lang, "h.status")],
        progress.objectives.map((r) => [r.id, pct(r.attainment), status(r.status)]),
        c,
        { align: [left, right, left], width },
      ),
    );
    println(
      ctx.io.stdout,
      renderTable(
        [t(lang, "h.dimension"), t(lang, "h.attainment"), t(lang, "h.status")],
        progress.dimensions.map((r) => [
          enumLabel("dimension", r.dimension, lang),
          pct(r.attainment),
          status(r.status),
        ]),
        c,
        { align: [left, right, left], width },
      ),
    );
    for (const line of checkLines(progress.goals, cellOf, lang, c)) println(ctx.io.stdout, line);
    const errors = findings.filter((f) => f.severity === "error").length;
    if (errors > 0) println(ctx.io.stdout, c.yellow(t(lang, "progress.hasErrors", { errors })));
    println(ctx.io.stdout);
  }
}
