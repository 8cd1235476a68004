import { access, constants } from "node:fs/promises";
import path from "node:path";
import {
  type BrandEntry,
  brandFailure,
  brandName,
  combinePortfolio,
  enumLabel,
  formatPercent,
  formatPortfolioNote,
  formatValue,
  type Language,
  type Portfolio,
} from "@planbook/core";
import { rollupLabel, statusLabel } from "@planbook/workbook";
import { type Ctx, EXIT, println } from "../io";
import { t } from "../messages";
import { startProgressBar } from "../output/progress-bar";
import { renderTable } from "../output/table";
import { writeFileAtomic } from "../write-atomic";
import { expandFiles } from "./rollup-files";
import { rt } from "./rollup-messages";
import { readBrands } from "./rollup-pool";

export interface RollupOptions {
  json: boolean;
  out?: string;
  html?: string;
  asOf?: number;
  lang?: Language;
  jobs: number;
}

/** A usage problem found before any file is read (exit 2). */
class RollupUsageError extends Error {}

/** Refuses an output that would replace an input workbook, or that cannot be written at all. */
async function checkOutput(ctx: Ctx, lang: Language, target: string | undefined, inputs: readonly string[]) {
  if (target === undefined) return;
  const abs = path.resolve(ctx.io.cwd, target);
  if (inputs.some((f) => path.resolve(ctx.io.cwd, f) === abs)) {
    throw new RollupUsageError(rt(lang, "rollup.outIsInput", { file: target }));
  }
  const dir = path.dirname(abs);
  try {
    await access(dir, constants.W_OK);
  } catch {
    throw new RollupUsageError(rt(lang, "rollup.outDir", { file: target, dir }));
  }
}

/**
 * `planbook rollup FILE...`: every brand read with the same reader and engine as `progress`,
 * combined into the portfolio of docs/design.md#rollup, printed as a table or JSON and optionally written as
 * a workbook and a one-page report. Exit 2 when no file could be read, 1 when some could not or
 * a brand has errors (its numbers may be incomplete), else 0.
 */
export async function runRollup(ctx: Ctx, args: string[], o: RollupOptions): Promise<number> {
  const lang = o.lang ?? ctx.lang;
  const { files, unmatched } = await expandFiles(args, ctx.io.cwd);
  try {
    await checkOutput(ctx, lang, o.out, files);
    await checkOutput(ctx, lang, o.html, files);
  } catch (e) {
    if (!(e instanceof RollupUsageError)) throw e;
    println(ctx.io.stderr, ctx.err.red(t(ctx.lang, "usage.error", { detail: e.message })));
    return EXIT.unusable;
  }
  const bar = startProgressBar(ctx.io, t(lang, "check.bar"), files.length);
  const read = await readBrands(
    files.map((file, index) => ({ index, file, cwd: ctx.io.cwd, asOf: o.asOf, lang })),
    o.jobs,
    () => bar.tick(),
  );
  bar.stop();
  const entries: BrandEntry[] = [
    ...read,
    ...unmatched.map((pattern) =>
      brandFailure(pattern, { code: "file.no-match", message: rt(lang, "rollup.noMatch", { pattern }) }),
    ),
  ];
  const portfolio = combinePortfolio(entries);

  if (o.json) ctx.io.stdout.write(`${JSON.stringify(portfolio, null, 2)}\n`);
  else printHuman(ctx, lang, portfolio);

  const readable = entries.filter((b) => b.error === null);
  if (readable.length === 0) {
    println(ctx.io.stderr, ctx.err.red(rt(lang, "rollup.noneReadable")));
    return EXIT.unusable;
  }
  const written = await writeOutputs(ctx, lang, portfolio, o);
  if (!written) return EXIT.unusable;
  const incomplete = entries.length > readable.length || readable.some((b) => b.findings.error > 0);
  return incomplete ? EXIT.findings : EXIT.ok;
}

/** Writes --out and --html (each via a temp name and a rename); false when one could not be written. */
async function writeOutputs(
  ctx: Ctx,
  lang: Language,
  portfolio: Portfolio,
  o: RollupOptions,
): Promise<boolean> {
  const jobs: { file: string; render: () => Promise<Uint8Array> }[] = [];
  if (o.out !== undefined) {
    jobs.push({
      file: o.out,
      // Loaded only when asked for: exceljs is not needed for a table or --json.
      render: async () => (await import("./rollup-xlsx")).renderRollupXlsx(portfolio, lang, ctx.io.now()),
    });
  }
  if (o.html !== undefined) {
    jobs.push({
      file: o.html,
      // ECharts is loaded only for the report.
      render: async () => (await import("./rollup-html")).renderRollupHtml(portfolio, lang),
    });
  }
  let ok = true;
  for (const job of jobs) {
    try {
      // a report is made again and again: replacing the previous one is what the lead wants
      await writeFileAtomic(path.resolve(ctx.io.cwd, job.file), await job.render(), { overwrite: true });
      // stderr: stdout may be the JSON a script is reading
      println(ctx.io.stderr, rt(lang, "rollup.wrote", { file: job.file }));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      println(ctx.io.stderr, ctx.err.red(rt(lang, "rollup.writeFailed", { file: job.file, detail })));
      ok = false;
    }
  }
  return ok;
}

function printHuman(ctx: Ctx, lang: Language, p: Portfolio): void {
  const c = ctx.out;
  const L = (k: Parameters<typeof rollupLabel>[0]) => rollupLabel(k, lang);
  const pct = (v: number | null) => (v === null ? "—" : formatPercent(v, lang));
  const status = (s: Portfolio["status"]) => {
    const label = statusLabel(s, lang);
    if (s === "achieved" || s === "on_track") return c.green(label);
    if (s === "at_risk") return c.yellow(label);
    if (s === "off_track") return c.red(label);
    if (s === "check") return c.magenta(label);
    return c.dim(label);
  };
  const asOf =
    p.asOfMonth === null ? rt(lang, "rollup.noData") : rt(lang, "rollup.asOf", { month: p.asOfMonth });
  println(ctx.io.stdout, c.bold(`${L("title")} · ${asOf}`));
  const dims = p.dimensions.map((d) => d.dimension);
  const head = [
    L("brand"),
    L("file"),
    L("asOf"),
    L("overall"),
    L("status"),
    ...dims.map((d) => enumLabel("dimension", d, lang)),
    `${statusLabel("at_risk", lang)}/${statusLabel("off_track", lang)}/${statusLabel("check", lang)}`,
    L("errors"),
  ];
  const rows = p.brands.map((b) => {
    // The reason is printed below the table (the notes), where a long message does not widen it.
    if (b.error !== null) return [c.red(L("error")), b.file, "", "", "", ...dims.map(() => ""), "", ""];
    const byDim = new Map(b.dimensions.map((d) => [d.dimension, d]));
    return [
      b.brand ?? b.brandId ?? "",
      b.file,
      b.asOfMonth === null ? "—" : String(b.asOfMonth),
      pct(b.attainment),
      status(b.status),
      ...dims.map((d) => pct(byDim.get(d)?.attainment ?? null)),
      `${b.goals.at_risk}/${b.goals.off_track}/${b.goals.check}`,
      String(b.findings.error),
    ];
  });
  rows.push([
    c.bold(L("portfolio")),
    "",
    p.asOfMonth === null ? "—" : String(p.asOfMonth),
    pct(p.attainment),
    status(p.status),
    ...p.dimensions.map((d) => pct(d.attainment)),
    `${p.goals.at_risk}/${p.goals.off_track}/${p.goals.check}`,
    String(p.findings.error),
  ]);
  const left = "left" as const;
  const right = "right" as const;
  println(
    ctx.io.stdout,
    renderTable(head, rows, c, [left, left, right, right, left, ...dims.map(() => right), right, right]),
  );
  for (const n of p.notes) {
    const line = formatPortfolioNote(n, lang);
    println(ctx.io.stdout, n.severity === "info" ? c.dim(line) : c.yellow(line));
  }
  if (p.watch.length > 0) {
    println(ctx.io.stdout, c.bold(rt(lang, "rollup.watch", { count: p.watch.length })));
    const value = (v: number | null, unit: string) => (v === null ? "—" : formatValue(v, unit, lang));
    println(
      ctx.io.stdout,
      renderTable(
        [L("brand"), L("goal"), L("metric"), L("owner"), L("attainment"), L("gapToYtdTarget"), L("status")],
        p.watch.map((w) => [
          brandName(w),
          w.id,
          w.metric ?? "",
          w.owner ?? "",
          pct(w.attainment),
          value(w.gapToYtdTarget, w.unit),
          status(w.status),
        ]),
        c,
        [left, left, left, left, right, right, left],
      ),
    );
  }
}
