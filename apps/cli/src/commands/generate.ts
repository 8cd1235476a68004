import { access, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Language, Plan } from "@planbook/core";
import { bundledConfigPath } from "../bundled-config";
import { loadConfig } from "../config/load";
import { configToPlans } from "../config/to-plan";
import { displayPath } from "../display-path";
import { type Ctx, EXIT, println } from "../io";
import { t } from "../messages";
import { startProgressBar } from "../output/progress-bar";
import { renderPlans } from "../render-pool";
import { writeFileAtomic } from "../write-atomic";

export interface GenerateOptions {
  config?: string;
  year?: number;
  lang?: Language;
  out: string;
  force: boolean;
  jobs: number;
}

export function workbookFileName(plan: Plan): string {
  return `${plan.brand.id}-${plan.year}.xlsx`;
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

export async function runGenerate(ctx: Ctx, o: GenerateOptions): Promise<number> {
  const { io, lang } = ctx;
  const configFile = o.config ? path.resolve(io.cwd, o.config) : bundledConfigPath();
  const loaded = await loadConfig(configFile, lang, o.config ?? path.basename(configFile));
  if (!loaded.ok) {
    for (const e of loaded.errors) println(io.stderr, ctx.err.red(e));
    return EXIT.unusable;
  }
  const plans = configToPlans(loaded.config, {
    year: o.year,
    language: o.lang,
    defaultYear: io.now().getFullYear() + 1,
  });

  const outDir = path.resolve(io.cwd, o.out);
  const targets = plans.map((p) => path.join(outDir, workbookFileName(p)));
  if (!o.force) {
    const taken = [];
    for (const target of targets) if (await exists(target)) taken.push(target);
    if (taken.length > 0) {
      for (const file of taken) println(io.stderr, ctx.err.red(t(lang, "generate.exists", { file })));
      return EXIT.unusable;
    }
  }
  try {
    await mkdir(outDir, { recursive: true });
  } catch (e) {
    println(io.stderr, ctx.err.red(t(lang, "generate.failed", { file: outDir, detail: errorDetail(e) })));
    return EXIT.unusable;
  }

  const started = performance.now();
  const bar = startProgressBar(io, t(lang, "generate.bar"), plans.length);
  let failures = 0;
  try {
    await renderPlans(plans, o.jobs, async (reply) => {
      const plan = plans[reply.index];
      const target = targets[reply.index];
      if (!plan || !target) return;
      if (!reply.ok) {
        failures++;
        bar.log(
          ctx.err.red(t(lang, "generate.renderFailed", { brand: plan.brand.id, detail: reply.detail })),
        );
      } else {
        try {
          await writeFileAtomic(target, reply.bytes);
          bar.log(t(lang, "generate.wrote", { file: displayPath(io.cwd, target) }), io.stdout);
        } catch (e) {
          failures++;
          bar.log(
            ctx.err.red(
              t(lang, "generate.failed", { file: displayPath(io.cwd, target), detail: errorDetail(e) }),
            ),
          );
        }
      }
      bar.tick();
    });
  } finally {
    bar.stop();
  }
  const ms = Math.round(performance.now() - started);
  println(
    io.stdout,
    ctx.out.green(
      t(lang, "generate.done", {
        count: plans.length - failures,
        dir: displayPath(io.cwd, outDir),
        ms,
      }),
    ),
  );
  return failures > 0 ? EXIT.unusable : EXIT.ok;
}

function errorDetail(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (e instanceof Error ? e.message : String(e));
}
