import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Language, Plan } from "@planbook/core";
import { bundledConfigPath } from "../bundled-config";
import { loadConfig } from "../config/load";
import { configToPlans } from "../config/to-plan";
import { displayPath } from "../display-path";
import { type Ctx, EXIT, println } from "../io";
import { t } from "../messages";
import { errnoCode, prepareOutDir } from "../out-dir";
import { startProgressBar } from "../output/progress-bar";
import { renderPlans } from "../render-pool";
import { removeStaleTempFiles } from "../temp-files";
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

/** Size of a regular file at `p`, or null when there is none. */
const fileSize = (p: string) =>
  stat(p).then(
    (s) => s.size,
    () => null,
  );

/**
 * What happens to each workbook: written; left alone because the file already holds exactly these
 * bytes (so running the same command twice succeeds); or refused because a different file is there.
 */
type Outcome = "wrote" | "unchanged" | "refused" | "failed";

export async function runGenerate(ctx: Ctx, o: GenerateOptions): Promise<number> {
  const { io, lang } = ctx;
  const runStarted = Date.now();
  const configFile = o.config ? path.resolve(io.cwd, o.config) : bundledConfigPath();
  const defaultYear = io.now().getFullYear() + 1;
  const loaded = await loadConfig(configFile, lang, o.config ?? path.basename(configFile), {
    override: o.year,
    fallback: defaultYear,
  });
  if (!loaded.ok) {
    for (const e of loaded.errors) println(io.stderr, ctx.err.red(e));
    return EXIT.unusable;
  }
  const plans = configToPlans(loaded.config, {
    year: o.year,
    language: o.lang,
    defaultYear,
  });

  const outDir = path.resolve(io.cwd, o.out);
  const problem = await prepareOutDir(outDir);
  if (problem) {
    const file = displayPath(io.cwd, problem.path);
    const text =
      problem.kind === "notDir"
        ? t(lang, "generate.notDir", { file })
        : t(lang, "generate.notWritable", { file, detail: problem.code });
    println(io.stderr, ctx.err.red(text));
    return EXIT.unusable;
  }
  const stale = await removeStaleTempFiles(outDir, runStarted);
  if (stale.length > 0) {
    println(
      io.stderr,
      t(lang, "generate.staleRemoved", { count: stale.length, dir: displayPath(io.cwd, outDir) }),
    );
  }

  const targets = plans.map((p) => path.join(outDir, workbookFileName(p)));
  // Files present before rendering are compared, not replaced; a file that appears later is
  // caught by the exclusive final step (link) and always refused.
  const existedBefore = o.force ? [] : await Promise.all(targets.map(fileSize));
  const beforeCommit = commitGate(io.env.PLANBOOK_TEST_COMMIT_GATE);

  const started = performance.now();
  const bar = startProgressBar(io, t(lang, "generate.bar"), plans.length);
  const outcomes: Outcome[] = [];
  const shown = (target: string) => displayPath(io.cwd, target);
  try {
    await renderPlans(plans, o.jobs, async (reply) => {
      const plan = plans[reply.index];
      const target = targets[reply.index];
      if (!plan || !target) return;
      let outcome: Outcome;
      if (!reply.ok) {
        outcome = "failed";
        bar.log(
          ctx.err.red(t(lang, "generate.renderFailed", { brand: plan.brand.id, detail: reply.detail })),
        );
      } else if ((existedBefore[reply.index] ?? null) !== null) {
        outcome = (await sameBytes(target, reply.bytes)) ? "unchanged" : "refused";
        if (outcome === "unchanged")
          bar.log(t(lang, "generate.unchanged", { file: shown(target) }), io.stdout);
        else bar.log(ctx.err.red(t(lang, "generate.exists", { file: shown(target) })));
      } else {
        try {
          await writeFileAtomic(target, reply.bytes, { overwrite: o.force, beforeCommit });
          outcome = "wrote";
          bar.log(t(lang, "generate.wrote", { file: shown(target) }), io.stdout);
        } catch (e) {
          const code = errnoCode(e);
          outcome = code === "EEXIST" ? "refused" : "failed";
          bar.log(
            ctx.err.red(
              code === "EEXIST"
                ? t(lang, "generate.appeared", { file: shown(target) })
                : t(lang, "generate.failed", { file: shown(target), detail: code }),
            ),
          );
        }
      }
      outcomes.push(outcome);
      bar.tick();
    });
  } finally {
    bar.stop();
  }
  const count = (k: Outcome) => outcomes.filter((x) => x === k).length;
  const ms = Math.round(performance.now() - started);
  const dir = displayPath(io.cwd, outDir);
  const summary = t(lang, "generate.done", { count: count("wrote"), dir, ms });
  const unchanged = count("unchanged");
  println(
    io.stdout,
    ctx.out.green(
      unchanged > 0 ? `${summary} ${t(lang, "generate.doneUnchanged", { count: unchanged })}` : summary,
    ),
  );
  return count("refused") + count("failed") > 0 ? EXIT.unusable : EXIT.ok;
}

/** Whether the file at `target` holds exactly `bytes` (generation is deterministic per config and year). */
async function sameBytes(target: string, bytes: Uint8Array): Promise<boolean> {
  try {
    return Buffer.from(bytes).equals(await readFile(target));
  } catch {
    return false;
  }
}

/**
 * Tests hold every commit (temp file → final name) until a gate file exists, so races and
 * signals are staged exactly, whatever the machine's load; unset in real use.
 */
function commitGate(gate: string | undefined): (() => Promise<void>) | undefined {
  if (!gate) return undefined;
  return async () => {
    while (!existsSync(gate)) await new Promise((r) => setTimeout(r, 20));
  };
}
