#!/usr/bin/env node
// Keeps `pnpm test:unit` honest: a test that drives a system program (LibreOffice, Chromium,
// openpyxl, xmllint, ssconvert, pdftotext/pdftoppm) must be named `*.system.test.ts`, or the
// fast loop would fail on a machine without `pnpm setup:system`; so must one that starts the built
// bin as a child Node process, or the fast loop would be slow again. Follows each test file's relative
// imports (its helpers) and reports the files that start such a program under another name.
// Run by `pnpm arch`; exits 1 with the offending files, naming the program and the helper.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PROGRAMS = [
  "soffice",
  "chromium",
  "python3",
  "openpyxl",
  "xmllint",
  "ssconvert",
  "pdftotext",
  "pdftoppm",
];
/**
 * A child Node process (the built `planbook` bin) is a system test too: starting one costs a
 * Node start-up per run, and what a command does is tested in-process (`runCli`). Unit tests that
 * only mention process.execPath without starting anything are unaffected (see STARTS_PROCESS).
 */
const NODE_CHILD = { program: "node (the built bin as a child process)", pattern: /\bprocess\.execPath\b/ };
/** A program is started where a module imports child_process or playwright and names it. */
const STARTS_PROCESS = /from\s+["'](node:)?child_process["']|from\s+["']playwright(-core)?["']/;

/** Source text without comments, so a comment that mentions LibreOffice is not a use of it. */
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

function resolveImport(from, spec) {
  const base = resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.mts`, join(base, "index.ts")];
  if (/\.js$/.test(base)) candidates.push(base.replace(/\.js$/, ".ts"));
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** The programs a module (or a module it imports relatively) starts, with where. */
function programsOf(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const text = code(readFileSync(file, "utf8"));
  const found = [];
  if (STARTS_PROCESS.test(text)) {
    for (const p of PROGRAMS) if (new RegExp(`\\b${p}\\b`).test(text)) found.push({ program: p, file });
    if (NODE_CHILD.pattern.test(text)) found.push({ program: NODE_CHILD.program, file });
  }
  for (const m of text.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = resolveImport(file, m[1]);
    if (target) found.push(...programsOf(target, seen));
  }
  return found;
}

const problems = [];
let checked = 0;
for (const top of ["packages", "apps"]) {
  for (const pkg of readdirSync(join(ROOT, top))) {
    const dir = join(ROOT, top, pkg);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of walk(dir)) {
      if (!/\.test\.ts$/.test(file) || /\.system\.test\.ts$/.test(file)) continue;
      checked++;
      for (const { program, file: where } of programsOf(file)) {
        const via = where === file ? "" : ` (through ${relative(ROOT, where)})`;
        problems.push(`${relative(ROOT, file)}: starts ${program}${via}`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(
    [
      "These tests drive a system program but are not named *.system.test.ts, so `pnpm test:unit`",
      "would need `pnpm setup:system`. Rename the file (or move those cases into a *.system.test.ts):",
      ...[...new Set(problems)].map((p) => `  ${p}`),
    ].join("\n"),
  );
  process.exit(1);
}
console.log(`system tests: ${checked} unit test files start no system program`);
