// @ts-check
/**
 * Production build of the add-in: esbuild bundles (minified) for the task pane, the ribbon
 * function file and the message dialog, their HTML pages, the icons, and dist/manifest.xml with
 * every URL on one base URL (PLANBOOK_BASE_URL, default https://localhost:3000), its <Version>
 * stamped from package.json (Office caches an add-in by that version), and the support page with
 * the version, a contact (PLANBOOK_SUPPORT_CONTACT) and privacy information (PLANBOOK_PRIVACY_URL).
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

/**
 * The workspace packages are bundled from their sources rather than their dist. A package's dist
 * is one file and esbuild splits code by file, so from dist a page needing one label of core
 * would load all of core with zod and lunar-typescript; from the sources each chunk gets the
 * modules it uses. It also means the build needs no prior package build. Each package's exports
 * map names its source under the `@planbook/source` condition (as the tests resolve it, see
 * vitest.shared.ts), so no list of packages is kept here; `module` is esbuild's default
 * condition, which setting `conditions` drops.
 */
export const SOURCE_CONDITIONS = ["@planbook/source", "module"];

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

/** The add-in's package version (package.json), the source of the manifest's <Version>. */
export function packageVersion() {
  return JSON.parse(readFileSync(join(APP_DIR, "package.json"), "utf8")).version;
}

/**
 * The manifest <Version> for a package version: `1.4.2` → `1.4.2.<build>`. Office compares
 * versions part by part and keeps serving a cached add-in until the number grows, so every
 * release must stamp a larger one. A pre-release (`1.4.2-beta.1`) has no place in four numbers
 * that would still order it before `1.4.2`: refused, with what to do.
 * @param {string} version semver from package.json @param {string | number} [build] fourth part
 */
export function manifestVersion(version, build = process.env.PLANBOOK_BUILD_NUMBER ?? 0) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(String(version).trim());
  if (!m) {
    throw new Error(
      `apps/excel-addin/package.json "version": "${version}" cannot be a manifest <Version> (four numbers, e.g. 1.4.2.0); use a release version such as 1.4.2`,
    );
  }
  const b = String(build).trim();
  if (!/^\d{1,5}$/.test(b) || Number(b) > 65535) {
    throw new Error(`PLANBOOK_BUILD_NUMBER "${build}" must be a whole number from 0 to 65535`);
  }
  const parts = [m[1], m[2], m[3], b].map(Number);
  if (parts.some((n) => n > 65535)) {
    throw new Error(`version ${version}: each part of a manifest <Version> must be at most 65535`);
  }
  return parts.join(".");
}

/** Replaces the manifest's one top-level <Version>. @param {string} xml @param {string} version */
export function stampManifestVersion(xml, version) {
  const found = xml.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (found.length !== 1)
    throw new Error(`manifest.xml must have exactly one <Version> (found ${found.length})`);
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

/** @param {string} s */
const escapeHtml = (s) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/**
 * @typedef {object} SupportInfo
 * @property {string} version package version
 * @property {string} manifestVersion
 * @property {string} [contact] PLANBOOK_SUPPORT_CONTACT: an e-mail address or an https URL
 * @property {string} [privacyUrl] PLANBOOK_PRIVACY_URL: the deploying organisation's privacy policy
 */

/**
 * The support page with its placeholders filled: version, contact (a mailto: or https link; by
 * default, whoever deployed the add-in) and the organisation's privacy policy link (by default
 * none: the page's own privacy statement stands alone). Bad values fail the build, naming the
 * variable. @param {string} html @param {SupportInfo} info
 */
export function fillSupportPage(html, info) {
  const contact = info.contact?.trim() ?? "";
  let contactEn = "Ask the person or IT team who installed Planbook for you.";
  let contactZh = "请联系为你安装 Planbook 的同事或 IT 团队。";
  if (contact !== "") {
    let href;
    if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(contact)) href = `mailto:${contact}`;
    else if (/^https:\/\/[^\s<>"]+$/.test(contact)) href = contact;
    else {
      throw new Error(`PLANBOOK_SUPPORT_CONTACT "${contact}" must be an e-mail address or an https:// URL`);
    }
    const link = `<a href="${escapeHtml(href)}">${escapeHtml(contact)}</a>`;
    contactEn = `Write to ${link}.`;
    contactZh = `请联系 ${link}。`;
  }
  const privacy = info.privacyUrl?.trim() ?? "";
  let privacyEn = "";
  let privacyZh = "";
  if (privacy !== "") {
    if (!/^https:\/\/[^\s<>"]+$/.test(privacy)) {
      throw new Error(`PLANBOOK_PRIVACY_URL "${privacy}" must be an https:// URL`);
    }
    const link = `<a href="${escapeHtml(privacy)}">${escapeHtml(privacy)}</a>`;
    privacyEn = ` Your organisation's privacy policy: ${link}.`;
    privacyZh = ` 贵单位的隐私政策：${link}。`;
  }
  const values = {
    "{{version}}": escapeHtml(`${info.version} (manifest ${info.manifestVersion})`),
    "{{contact.en}}": contactEn,
    "{{contact.zh}}": contactZh,
    "{{privacy.en}}": privacyEn,
    "{{privacy.zh}}": privacyZh,
  };
  let out = html;
  for (const [token, value] of Object.entries(values)) {
    if (!out.includes(token)) throw new Error(`support.html has no ${token}`);
    out = out.split(token).join(value);
  }
  return out;
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
 * @property {string} [buildNumber] fourth part of the manifest <Version>, default PLANBOOK_BUILD_NUMBER or 0
 * @property {string} [supportContact] default PLANBOOK_SUPPORT_CONTACT or none
 * @property {string} [privacyUrl] default PLANBOOK_PRIVACY_URL or none
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
    conditions: SOURCE_CONDITIONS,
  };
}

/** Writes the HTML pages, static files, icons and the manifest. @param {Required<BuildOptions>} o */
export function writeStaticFiles(o) {
  for (const page of PAGES) copyFileSync(join(APP_DIR, page.html), join(o.outDir, `${page.name}.html`));
  const version = packageVersion();
  const stamped = manifestVersion(version, o.buildNumber);
  for (const file of STATIC_FILES) {
    const html = fillSupportPage(readFileSync(join(APP_DIR, file), "utf8"), {
      version,
      manifestVersion: stamped,
      contact: o.supportContact,
      privacyUrl: o.privacyUrl,
    });
    writeFileSync(join(o.outDir, file.split("/").pop() ?? file), html);
  }
  mkdirSync(join(o.outDir, "assets"), { recursive: true });
  for (const icon of readdirSync(join(APP_DIR, "assets"))) {
    if (icon.endsWith(".png")) copyFileSync(join(APP_DIR, "assets", icon), join(o.outDir, "assets", icon));
  }
  const manifest = readFileSync(join(APP_DIR, "manifest.xml"), "utf8");
  writeFileSync(
    join(o.outDir, "manifest.xml"),
    stampManifestVersion(rebaseManifest(manifest, o.baseUrl), stamped),
  );
}

/** @param {BuildOptions} [options] @returns {Required<BuildOptions>} */
export function resolveOptions(options = {}) {
  return {
    outDir: options.outDir ?? join(APP_DIR, "dist"),
    baseUrl: normaliseBaseUrl(options.baseUrl ?? process.env.PLANBOOK_BASE_URL ?? DEFAULT_BASE_URL),
    minify: options.minify ?? true,
    sourcemap: options.sourcemap ?? false,
    buildNumber: options.buildNumber ?? process.env.PLANBOOK_BUILD_NUMBER ?? "0",
    supportContact: options.supportContact ?? process.env.PLANBOOK_SUPPORT_CONTACT ?? "",
    privacyUrl: options.privacyUrl ?? process.env.PLANBOOK_PRIVACY_URL ?? "",
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
