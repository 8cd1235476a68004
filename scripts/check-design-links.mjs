#!/usr/bin/env node
// Keeps the links into the design honest: every `docs/design.md#anchor` (in code comments, the
// README, CONTRIBUTING and the docs themselves, `#anchor` inside design.md) must name an
// `<a id="…">` of docs/design.md, and nothing may point at the design brief outside the
// repository (`../shared/DESIGN.md`, "DESIGN §N"), which a clone does not have.
// Run by `pnpm arch`; exits 1 naming each broken reference with its file and line.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DESIGN = join(ROOT, "docs", "design.md");
const anchors = new Set(
  [...readFileSync(DESIGN, "utf8").matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]),
);

const SKIP = new Set(["node_modules", "dist", ".git", ".turbo", "out", "schemas"]);
function* walk(dir) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(ts|mts|mjs|js|md|html|yaml)$/.test(name)) yield path;
  }
}

const problems = [];
for (const file of walk(ROOT)) {
  const rel = relative(ROOT, file);
  if (rel === "scripts/check-design-links.mjs" || rel === "CHANGELOG.md" || rel.startsWith(".changeset/"))
    continue;
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    const at = `${rel}:${i + 1}`;
    for (const m of line.matchAll(/docs\/design\.md#([A-Za-z0-9_-]+)/g))
      if (!anchors.has(m[1])) problems.push(`${at}: no anchor #${m[1]} in docs/design.md`);
    if (file === DESIGN)
      for (const m of line.matchAll(/\]\(#([A-Za-z0-9_-]+)\)/g))
        if (!anchors.has(m[1])) problems.push(`${at}: no anchor #${m[1]}`);
    if (/shared\/DESIGN\.md|\bDESIGN §/.test(line))
      problems.push(`${at}: points at the design outside the repository; link docs/design.md#<anchor>`);
  });
}

if (problems.length > 0) {
  console.error(["Broken links into docs/design.md:", ...problems.map((p) => `  ${p}`)].join("\n"));
  process.exit(1);
}
console.log(`design links: all resolve (${anchors.size} anchors in docs/design.md)`);
