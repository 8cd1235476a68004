import { fileURLToPath } from "node:url";
import envPaths from "env-paths";
import { loadCommonJs } from "../compile-cache/load-common-js";
import type { CliIO, Ctx } from "../io";
import { GENERATOR } from "../version";

type Command = (ctx: Ctx, ...rest: unknown[]) => Promise<number>;

/**
 * Runs a reading command (validate, progress) in the built CLI: tsup.config.ts bundles each apart
 * (dist/apart/<name>.cjs) and points run.ts's `import("./commands/<name>")` here. The bundle runs
 * with V8's code cache, which saves most of the time a cold process spends compiling the reader
 * (issue #8); the cache is written after the command, so it holds every function the run compiled.
 */
export async function runApart(name: string, exportName: string, args: unknown[]): Promise<number> {
  const [ctx] = args as [Ctx];
  const file = fileURLToPath(new URL(`./apart/${name}.cjs`, import.meta.url));
  const bundle = loadCommonJs(file, { dir: compileCacheDir(ctx.io.env), version: GENERATOR.version });
  const run = (bundle.exports as Record<string, Command>)[exportName];
  if (!run) throw new Error(`${file} has no ${exportName}: rebuild the CLI (pnpm build)`);
  const code = await run(ctx, ...args.slice(1));
  bundle.save();
  return code;
}

/**
 * The user's cache folder (`$XDG_CACHE_HOME/planbook` or `~/.cache/planbook`, `~/Library/Caches/planbook`,
 * `%LOCALAPPDATA%\planbook\Cache`); none when NODE_DISABLE_COMPILE_CACHE is set, the variable Node
 * itself reads for its own compile cache.
 */
function compileCacheDir(env: CliIO["env"]): string | null {
  if (env.NODE_DISABLE_COMPILE_CACHE) return null;
  return envPaths("planbook", { suffix: "" }).cache;
}
