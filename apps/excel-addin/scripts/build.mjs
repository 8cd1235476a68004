// @ts-check
/**
 * Production build of the add-in: esbuild bundles (minified) for the task pane, the ribbon
 * function file and the message dialog, their HTML pages, the icons, and dist/manifest.xml with
 * every URL on one base URL (PLANBOOK_BASE_URL, default https://localhost:3000).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { describeLoads, pageLoads } from "./bundle-sizes.mjs";

export const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_BASE_URL = "https://localhost:3000";
/** Office.js as the Store requires it: Microsoft's CDN, never a bundled copy. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The pages of the add-in: an HTML file in src/ and the bundle it loads. */
export const PAGES = [
  { html: "src/taskpane/taskpane.html", entry: "src/taskpane/main.ts", name: "taskpane" },
  { html: "src/commands/commands.html", entry: "src/commands/main.ts", name: "commands" },
  { html: "src/dialog/dialog.html", entry: "src/dialog/main.ts", name: "dialog" },
];
const STATIC_FILES = ["src/support/support.html"];

/** The source entry of a workspace package. @param {string} pkg folder under packages/ */
export const workspaceSource = (pkg) => join(APP_DIR, "..", "..", "packages", pkg, "src", "index.ts");
/**
 * The workspace packages the pages use, bundled from their sources rather than their dist. A
 * package's dist is one file and esbuild splits code by file, so from dist a page needing one
 * label of core would load all of core with zod and lunar-typescript; from the sources each
 * chunk gets the modules it uses. It also means the build needs no prior package build.
 */
export const WORKSPACE_SOURCES = {
  "@planbook/core": workspaceSource("core"),
  "@planbook/workbook": workspaceSource("workbook"),
};

/**
 * Checks and normalises a base URL: https (Office loads add-ins over HTTPS only), no query or
 * fragment, no trailing slash. Throws an Error whose message says what to fix.
 * @param {string} input @returns {string}
 */
export function normaliseBaseUrl(input) {
  let url;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(`PLANBOOK_BASE_URL "${input}" is not a URL; expected e.g. https://addin.example.com`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `PLANBOOK_BASE_URL "${input}" must start with https:// (Office loads add-ins over HTTPS only)`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(`PLANBOOK_BASE_URL "${input}" must not have a query or fragment`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/**
 * The manifest for another host: every URL of the source manifest starts with the default base,
 * and is moved onto `baseUrl`. Throws if the source has a URL outside the default base, because
 * that one would silently keep pointing at localhost.
 * @param {string} xml @param {string} baseUrl normalised base
 */
export function rebaseManifest(xml, baseUrl) {
  const urls = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
  const schemaNamespaces = /^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//;
  const stray = urls.filter((u) => !u.startsWith(`${DEFAULT_BASE_URL}/`) && !schemaNamespaces.test(u));
  if (stray.length > 0)
    throw new Error(`manifest.xml has URLs outside ${DEFAULT_BASE_URL}: ${stray.join(", ")}`);
  return xml.split(`${DEFAULT_BASE_URL}/`).join(`${baseUrl}/`);
}

/**
 * Points a page's Office.js script tag somewhere else (dev server: the npm copy; browser test:
 * excel-sim). Throws when the page has no CDN tag, so a changed page cannot silently skip it.
 * @param {string} html @param {string} src
 */
export function rewriteOfficeScript(html, src) {
  const tag = `<script src="${OFFICE_JS_CDN}"></script>`;
  if (!html.includes(tag)) throw new Error(`page has no ${tag}`);
  return html.replace(tag, `<script src="${src}"></script>`);
}

/**
 * @typedef {object} BuildOptions
 * @property {string} [outDir] default dist/
 * @property {string} [baseUrl] default PLANBOOK_BASE_URL or https://localhost:3000
 * @property {boolean} [minify] default true
 * @property {boolean} [sourcemap] default false (production: no source maps on the host)
 * @property {Record<string, string>} [alias] module → file, default WORKSPACE_SOURCES
 */

/** esbuild options for the three page bundles. @param {Required<BuildOptions>} o @returns {esbuild.BuildOptions} */
export function bundleOptions(o) {
  return {
    absWorkingDir: APP_DIR,
    entryPoints: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    outdir: o.outDir,
    bundle: true,
    // ES modules with code splitting: the pages share chunks (the engine is downloaded once for
    // the task pane and the ribbon), and code needed only on a button press is a separate chunk
    // loaded by import(). Every webview that runs the es2020 output below also runs modules and
    // dynamic import (Chromium 63+, Safari 11.1+); IE11 and EdgeHTML could run neither.
    format: "esm",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    metafile: true,
    platform: "browser",

    // Excel's webviews: WebView2 on Windows, WKWebView (Safari 15+) on current macOS Office.
    target: ["es2020", "safari15"],
    minify: o.minify,
    sourcemap: o.sourcemap,
    legalComments: "none",
    logLevel: "warning",
    loader: { ".css": "css" },
    alias: o.alias,
  };
}

/** Writes the HTML pages, static files, icons and the manifest. @param {Required<BuildOptions>} o */
export function writeStaticFiles(o) {
  for (const page of PAGES) copyFileSync(join(APP_DIR, page.html), join(o.outDir, `${page.name}.html`));
  for (const file of STATIC_FILES)
    copyFileSync(join(APP_DIR, file), join(o.outDir, file.split("/").pop() ?? file));
  mkdirSync(join(o.outDir, "assets"), { recursive: true });
  for (const icon of readdirSync(join(APP_DIR, "assets"))) {
    if (icon.endsWith(".png")) copyFileSync(join(APP_DIR, "assets", icon), join(o.outDir, "assets", icon));
  }
  const manifest = readFileSync(join(APP_DIR, "manifest.xml"), "utf8");
  writeFileSync(join(o.outDir, "manifest.xml"), rebaseManifest(manifest, o.baseUrl));
}

/** @param {BuildOptions} [options] @returns {Required<BuildOptions>} */
export function resolveOptions(options = {}) {
  return {
    outDir: options.outDir ?? join(APP_DIR, "dist"),
    baseUrl: normaliseBaseUrl(options.baseUrl ?? process.env.PLANBOOK_BASE_URL ?? DEFAULT_BASE_URL),
    minify: options.minify ?? true,
    sourcemap: options.sourcemap ?? false,
    alias: options.alias ?? WORKSPACE_SOURCES,
  };
}

/**
 * Builds into `outDir` (emptied first). Returns the resolved options and, per page, the files it
 * loads and their sizes (see bundle-sizes.mjs).
 * @param {BuildOptions} [options]
 */
export async function build(options) {
  const o = resolveOptions(options);
  rmSync(o.outDir, { recursive: true, force: true });
  mkdirSync(o.outDir, { recursive: true });
  const result = await esbuild.build(bundleOptions(o));
  writeStaticFiles(o);
  if (!result.metafile) throw new Error("esbuild returned no metafile");
  return { ...o, loads: pageLoads(result.metafile, PAGES, APP_DIR, o.outDir) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const o = await build();
    console.log(`built ${o.outDir} for ${o.baseUrl}`);
    for (const line of describeLoads(o.loads)) console.log(`  ${line}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
