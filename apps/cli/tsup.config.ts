import { readFile } from "node:fs/promises";
import path from "node:path";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * Bundle the workspace packages from their TypeScript sources, not their one-file `dist`
 * bundles: esbuild tree-shakes per source file, so a command's chunk leaves out the modules it
 * never reaches (a package's one-file dist is all or nothing). Each package's exports map names
 * its source entry under the `@planbook/source` condition (as the tests resolve it, see
 * vitest.shared.ts), subpaths such as `@planbook/xlsx/read` included, so no list of entries is
 * kept here. `module` is esbuild's default condition, which setting `conditions` drops.
 */
const SOURCE_CONDITIONS = ["@planbook/source", "module"];
const fromSources: Options["esbuildOptions"] = (options) => {
  options.conditions = SOURCE_CONDITIONS;
};

/**
 * The reading commands, each bundled on its own (dist/apart/<command>.cjs), name → the function
 * run.ts calls. esbuild's code splitting follows every import of a live file, barrels included:
 * in one build, `validate` → workbook → `@planbook/core`'s index → the key-date catalogue put
 * generate's modules (and lunar-typescript, 416 KB) into the chunks a reading command loads; a
 * separate build tree-shakes them away (importing validate's modules fell from ~250 ms to ~150 ms,
 * issue #8). CommonJS, because the built CLI runs these bundles with V8's code cache
 * (src/compile-cache), and Node 20 can only cache a vm.Script.
 */
const APART = { validate: "runValidate", progress: "runProgress" } as const;

/**
 * In the main build, run.ts's `import("./commands/<command>")` of a command in APART becomes a
 * module of one line that hands the call to src/commands/run-apart.ts (the tests import the
 * command's source directly).
 */
const commandsApart: Plugin = {
  name: "commands-apart",
  setup(build) {
    const names = Object.keys(APART).join("|");
    build.onResolve({ filter: new RegExp(`^\\./commands/(${names})$`) }, (args) =>
      args.kind === "dynamic-import" && args.importer.endsWith(path.join("src", "run.ts"))
        ? { path: args.path.slice("./commands/".length), namespace: "command-apart" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "command-apart" }, (args) => {
      const run = APART[args.path as keyof typeof APART];
      return {
        contents: `import { runApart } from "./run-apart";\nexport const ${run} = (...args: unknown[]) => runApart("${args.path}", "${run}", args);\n`,
        resolveDir: path.resolve("src", "commands"),
        loader: "ts",
      };
    });
  },
};

/**
 * commander requires node:child_process when it loads, for executable subcommands, which this CLI
 * has none of; loading that built-in cost every command ~9% of `node -e 0` at start-up (issue #8).
 * Its require becomes a stand-in that loads the real module when `spawn` (the only member commander
 * uses) is first read. The build fails if commander's source no longer has that line.
 */
const lazyChildProcess: Plugin = {
  name: "lazy-child-process",
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const eager = "require('node:child_process')";
      if (!source.includes(eager)) return { errors: [{ text: `${eager} not found in ${args.path}` }] };
      const lazy = "{ get spawn() { return require('node:child_process').spawn; } }";
      return { contents: source.replace(eager, lazy), loader: "js" };
    });
  },
};

/** Bundled CommonJS calls `require` for Node's built-ins; an ES module has none of its own. */
const REQUIRE_BANNER =
  'import { createRequire as planbookCreateRequire } from "node:module"; const require = planbookCreateRequire(import.meta.url);';

const shared = {
  format: ["esm"],
  // The workspace packages are bundled, so the packed tarball installs from npm alone; their
  // runtime dependencies are this package's dependencies (exact versions, see package.json).
  noExternal: [/^@planbook\//],
  sourcemap: true,
  target: "es2022",
} satisfies Options;

export default defineConfig([
  {
    ...shared,
    entry: ["src/index.ts", "src/bin.ts", "src/render-worker.ts", "src/commands/rollup-worker.ts"],
    esbuildPlugins: [commandsApart, lazyChildProcess],
    esbuildOptions: fromSources,
    dts: { entry: ["src/index.ts"], resolve: [/^@planbook\//] },
    // dist/apart/ is the other build's; cleaning it here would race with it
    clean: ["!apart/**"],
    // commander and picocolors are CommonJS, which Node runs through its CJS export lexer when
    // an ES module imports them; bundled, every command starts without that step.
    noExternal: [/^@planbook\//, "commander", "picocolors"],
    banner: { js: REQUIRE_BANNER },
  },
  {
    ...shared,
    format: ["cjs"],
    entry: Object.fromEntries(Object.keys(APART).map((name) => [name, `src/commands/${name}.ts`])),
    outDir: "dist/apart",
    esbuildOptions: fromSources,
    clean: true,
    // import.meta.url (the progress bar's createRequire) from the module's own __filename
    shims: true,
    // The reader's dependencies bundled in too: one module to load instead of zod's ~50 files
    // and the CommonJS of saxes and yauzl (which Node runs through its CJS export lexer when an
    // ES module imports them).
    noExternal: [/^@planbook\//, "zod", "saxes", "yauzl", "picocolors"],
    // Minified, V8 pre-parses a module of ~300 KB instead of ~550 KB before validate can start
    // (issue #8); the source map keeps stack traces readable.
    minify: true,
  },
]);
