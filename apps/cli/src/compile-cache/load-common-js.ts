import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Script } from "node:vm";

/**
 * A CommonJS bundle run with V8's code cache, as Node 22's `module.enableCompileCache()` does for
 * every module (Node 20, which Planbook supports, has no such switch). Most of a short command's
 * start-up is V8 compiling the bundle and then, lazily, each function the first time it runs; the
 * cache taken after a run (`script.createCachedData()`) holds the bytecode of every function that
 * ran, so the next run skips that work (issue #8: `validate` of one workbook ≤ 3× `node -e 0`).
 *
 * The cache is only ever an optimisation: a missing, unreadable, stale or rejected cache file means
 * compiling as usual, and a cache that cannot be written is not an error.
 */
export interface LoadedBundle {
  exports: unknown;
  /** Whether V8 used the cache file (false on a first run, after an update, or when it was rejected). */
  cacheUsed: boolean;
  /**
   * Writes the cache when there was none usable. Call it after the command's work, so the
   * functions that work compiled are in it. Never throws.
   */
  save(): void;
}

export interface CompileCacheOptions {
  /** Where cache files go; null turns the cache off. */
  dir: string | null;
  /** Part of the cache file's name, so another release never meets this one's file. */
  version: string;
}

export function loadCommonJs(file: string, options: CompileCacheOptions): LoadedBundle {
  const source = readFileSync(file, "utf8");
  const cacheFile =
    options.dir === null ? null : path.join(options.dir, cacheFileName(file, source, options));
  const cachedData = cacheFile === null ? undefined : readIfPresent(cacheFile);
  // one line, so the bundle's line numbers (and its source map) stay right
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const cacheUsed = cachedData !== undefined && script.cachedDataRejected === false;
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    cacheUsed,
    save() {
      if (cacheFile === null || cacheUsed) return;
      try {
        mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
        renameSync(temp, cacheFile);
      } catch {
        // a read-only or full disk: the next run compiles as this one did
      }
    },
  };
}

/**
 * V8 checks a cache against its own version, flags and the source's length, not its content; the
 * name therefore also carries Node's version, the release, and the bundle's size and time of
 * writing, which change whenever the bundle is rebuilt or reinstalled.
 */
function cacheFileName(file: string, source: string, o: CompileCacheOptions): string {
  const { mtimeMs } = statSync(file);
  const stamp = [o.version, process.version, process.arch, source.length, Math.trunc(mtimeMs)].join("-");
  return `${path.basename(file)}-${stamp}.v8`.replace(/[^\w.-]/g, "_");
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
