// @ts-check
/**
 * What each page of the add-in downloads, from esbuild's metafile: what a page needs before it
 * runs (its entry, every chunk reached through static imports, its stylesheet) and what each of
 * its dynamic import()s fetches later. Sizes are of the files as built (minified in production),
 * raw and gzipped (what a static host serving compressed files sends).
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Most bytes (minified, not gzipped) each page may load: the measured build plus ~10%, so that a
 * dependency pulled in by accident fails the build test instead of shipping. Raise one only for a
 * feature, and say which. Measured when set (core importing zod as a namespace, so
 * unused zod is shaken out): taskpane 26,746 on open / 621,500 in all; commands 11,470 / 608,700;
 * dialog 14,275. Raised for the Live check switch (its strings in both languages, its pane code):
 * taskpane 29,767 on open → initial budget 31,000. The Live check texts (both languages) live in
 * the strings module every page shares: commands 12,906 → 13,500, dialog 15,986 → 16,700.
 * Raised when the strings took the SMART and severity labels from @planbook/core (one definition,
 * issue #10): the pages then load core's shared label chunk (3.6 kB: the enum, phasing, SMART and
 * severity labels and the fold functions, as esbuild splits by module): taskpane 31,010, commands
 * 16,091, dialog 19,225 → 31,500 / 16,700 / 19,900. A core subpath for its labels would win it back.
 *
 * - initial: what the page needs to run; for the task pane, to paint (UI, strings, stylesheet).
 * - total: everything the page can ever load: for the task pane and the ribbon, plus the engine
 *   (zod, core, workbook, the Office binding) and the Create plan sheets chunk (the sheet writer
 *   and lunar-typescript for the key dates), each fetched only when needed.
 */
export const BUNDLE_BUDGETS = {
  taskpane: { initial: 31_500, total: 685_000 },
  commands: { initial: 16_700, total: 670_000 },
  dialog: { initial: 19_900, total: 19_900 },
};

/** @typedef {{ raw: number, gzip: number }} Bytes */

/**
 * @typedef {object} LazyLoad
 * @property {string} source the module a dynamic import() names, as esbuild saw it
 * @property {string[]} files the files that import() fetches beyond what is loaded already
 * @property {Bytes} bytes
 * @property {string[]} packages the packages with code in those files (see packagesIn)
 */

/**
 * @typedef {object} PageLoad
 * @property {string[]} initial files (relative to the out dir) loaded before the page runs
 * @property {Bytes} initialBytes
 * @property {string[]} packages the packages with code in the initial files (see packagesIn)
 * @property {LazyLoad[]} lazy one per dynamic import the page can reach
 * @property {Bytes} totalBytes initial and every lazy load
 */

/**
 * The output files `start` loads through static imports, `start` included.
 * @param {import("esbuild").Metafile} metafile @param {string} start
 */
export function staticClosure(metafile, start) {
  const seen = new Set([start]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const output = metafile.outputs[file];
    if (!output) throw new Error(`metafile has no output ${file}`);
    for (const imp of output.imports) {
      if (imp.external || imp.kind !== "import-statement" || seen.has(imp.path)) continue;
      seen.add(imp.path);
      queue.push(imp.path);
    }
  }
  return seen;
}

/**
 * What an entry loads: its static closure, then for each dynamic import reachable from it, the
 * files that import adds beyond the entry's closure and its importer's closure (so a chunk both
 * sides share is counted once, where it is first needed).
 * @param {import("esbuild").Metafile} metafile @param {string} entryOutput
 * @returns {{ initial: string[], lazy: { source: string, files: string[] }[] }}
 */
export function entryLoads(metafile, entryOutput) {
  const initial = staticClosure(metafile, entryOutput);
  /** @type {{ source: string, files: string[] }[]} */
  const lazy = [];
  const visited = new Set();
  const queue = [...initial];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const importerClosure = staticClosure(metafile, file);
    for (const imp of metafile.outputs[file]?.imports ?? []) {
      if (imp.kind !== "dynamic-import" || imp.external || visited.has(imp.path)) continue;
      visited.add(imp.path);
      const target = staticClosure(metafile, imp.path);
      const files = [...target].filter((f) => !initial.has(f) && !importerClosure.has(f));
      lazy.push({ source: metafile.outputs[imp.path]?.entryPoint ?? imp.path, files });
      queue.push(...target);
    }
  }
  return { initial: [...initial], lazy };
}

/**
 * The packages whose code ends up in `files`: npm packages by name, workspace packages as
 * `@planbook/<folder>`, the add-in's own sources as `excel-addin`. Sorted.
 * @param {import("esbuild").Metafile} metafile @param {string[]} files output paths
 */
export function packagesIn(metafile, files) {
  const names = new Set();
  for (const file of files) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[file]?.inputs ?? {})) {
      if (bytesInOutput === 0) continue;
      const npm = input.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
      const workspace = input.match(/(?:^|\/)packages\/([^/]+)\//);
      names.add(npm ? npm[1] : workspace ? `@planbook/${workspace[1]}` : "excel-addin");
    }
  }
  return [...names].sort();
}

/**
 * Per page: the files it loads and their bytes, read from disk.
 * @param {import("esbuild").Metafile} metafile
 * @param {{ name: string, entry: string }[]} pages entry paths as given to esbuild
 * @param {string} absWorkingDir esbuild's working directory (metafile paths are relative to it)
 * @param {string} outDir
 * @returns {Record<string, PageLoad>}
 */
export function pageLoads(metafile, pages, absWorkingDir, outDir) {
  /** @param {string[]} files @returns {Bytes} */
  const bytes = (files) => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const content = readFileSync(join(absWorkingDir, file));
      raw += content.length;
      gzip += gzipSync(content, { level: 9 }).length;
    }
    return { raw, gzip };
  };
  /** @param {string} file */
  const rel = (file) => relative(outDir, join(absWorkingDir, file));
  /** @type {Record<string, PageLoad>} */
  const loads = {};
  for (const page of pages) {
    const entryOutput = Object.entries(metafile.outputs).find(
      ([file, output]) => output.entryPoint === page.entry && file.endsWith(".js"),
    )?.[0];
    if (!entryOutput) throw new Error(`metafile has no bundle for ${page.entry}`);
    const { initial, lazy } = entryLoads(metafile, entryOutput);
    // The stylesheet the page links is part of its first paint too.
    const css = metafile.outputs[entryOutput]?.cssBundle;
    if (css) initial.push(css);
    const initialBytes = bytes(initial);
    const lazyLoads = lazy.map((l) => ({
      source: l.source,
      files: l.files.map(rel),
      bytes: bytes(l.files),
      packages: packagesIn(metafile, l.files),
    }));
    loads[page.name] = {
      initial: initial.map(rel),
      initialBytes,
      packages: packagesIn(metafile, initial),
      lazy: lazyLoads,
      totalBytes: lazyLoads.reduce(
        (sum, l) => ({ raw: sum.raw + l.bytes.raw, gzip: sum.gzip + l.bytes.gzip }),
        initialBytes,
      ),
    };
  }
  return loads;
}

/**
 * The pages over their budget, as readable lines (empty when all fit).
 * @param {Record<string, PageLoad>} pages
 * @param {Record<string, { initial: number, total: number }>} [budgets]
 */
export function overBudget(pages, budgets = BUNDLE_BUDGETS) {
  const problems = [];
  for (const [name, budget] of Object.entries(budgets)) {
    const page = pages[name];
    if (!page) {
      problems.push(`${name}: no such page`);
      continue;
    }
    if (page.initialBytes.raw > budget.initial)
      problems.push(`${name}: loads ${page.initialBytes.raw} bytes before it runs, budget ${budget.initial}`);
    if (page.totalBytes.raw > budget.total)
      problems.push(`${name}: can load ${page.totalBytes.raw} bytes in all, budget ${budget.total}`);
  }
  return problems;
}

/** Lines for the build's log: per page, what loads on open and on each dynamic import. */
export function describeLoads(/** @type {Record<string, PageLoad>} */ pages) {
  /** @param {Bytes} b */
  const kb = (b) => `${(b.raw / 1024).toFixed(1)} KB (${(b.gzip / 1024).toFixed(1)} KB gzip)`;
  const packages = (/** @type {string[]} */ names) => names.filter((n) => n !== "excel-addin").join(", ");
  return Object.entries(pages).flatMap(([name, p]) => [
    `${name}: ${kb(p.initialBytes)} on open  ${packages(p.packages)}`.trimEnd(),
    ...p.lazy.map((l) => `  + ${kb(l.bytes)} on import("${l.source}")  ${packages(l.packages)}`.trimEnd()),
  ]);
}
