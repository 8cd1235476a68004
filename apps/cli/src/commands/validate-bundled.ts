import { fileURLToPath } from "node:url";
import envPaths from "env-paths";
import { loadCommonJs } from "../compile-cache/load-common-js";
import type { CliIO, Ctx } from "../io";
import { GENERATOR } from "../version";
import type * as Validate from "./validate";

/**
 * What run.ts's `import("./commands/validate")` is in the built CLI (tsup.config.ts): validate
 * bundled apart (dist/validate/validate.cjs) and run with V8's code cache, which saves most of the
 * time a cold process spends compiling the reader (issue #8). The tests run ./validate directly.
 */
export async function runValidate(
  ctx: Ctx,
  files: string[],
  options: Validate.ValidateOptions,
): Promise<number> {
  const file = fileURLToPath(new URL("./validate/validate.cjs", import.meta.url));
  const bundle = loadCommonJs(file, { dir: compileCacheDir(ctx.io.env), version: GENERATOR.version });
  const code = await (bundle.exports as typeof Validate).runValidate(ctx, files, options);
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
