#!/usr/bin/env node
// `pnpm render:pages`: renders the example workbooks (the CLI's bundled config, zh-CN and en) to
// PNG through LibreOffice — soffice → PDF → pdftoppm — into docs/images, so the pictures in the
// README come from the current code. Needs the build (run by the script) and `pnpm setup:system`.
// Pages are picked by the sheet title printed on them, so a sheet moving in the workbook does not
// break the pictures. Exits 1 with the program's message when a step fails.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "docs", "images");
const BRAND = "qimu-coffee";
/**
 * Pages to keep: file stem, the text the page's first line starts with, per language (the
 * Campaigns page opens with the week view's caption, in row 1 above the key-date names).
 */
const PAGES = [
  { stem: "dashboard", title: { "zh-CN": "进度看板", en: "Dashboard" } },
  { stem: "goals", title: { "zh-CN": "目标", en: "Goals" } },
  { stem: "campaigns", title: { "zh-CN": "周视图", en: "Week view" } },
  { stem: "budget", title: { "zh-CN": "预算", en: "Budget" } },
];

const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { stdio: ["ignore", "pipe", "inherit"], ...opts });

run("pnpm", ["exec", "turbo", "run", "build", "--filter=planbook...", "--output-logs=errors-only"], {
  cwd: ROOT,
  stdio: "inherit",
});
const work = mkdtempSync(join(tmpdir(), "planbook-pages-"));
mkdirSync(OUT, { recursive: true });
try {
  for (const lang of ["zh-CN", "en"]) {
    const dir = join(work, lang);
    run("node", [join(ROOT, "apps/cli/dist/bin.js"), "generate", "--lang", lang, "--out", dir]);
    const xlsx = readdirSync(dir).find((f) => f.startsWith(BRAND) && f.endsWith(".xlsx"));
    if (!xlsx) throw new Error(`generate wrote no ${BRAND} workbook in ${dir}`);
    const profile = join(work, `profile-${lang}`);
    run("soffice", [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      join(dir, xlsx),
    ]);
    const pdf = join(dir, xlsx.replace(/\.xlsx$/, ".pdf"));
    const pages = run("pdftotext", ["-layout", pdf, "-"]).toString("utf8").split("\f");
    for (const page of PAGES) {
      const title = page.title[lang];
      const index = pages.findIndex((text) => text.trimStart().startsWith(title));
      if (index < 0) throw new Error(`no page of ${xlsx} (${lang}) starts with "${title}"`);
      const stem = join(work, `${page.stem}-${lang}`);
      run("pdftoppm", [
        "-f",
        String(index + 1),
        "-l",
        String(index + 1),
        "-r",
        "80",
        "-png",
        "-singlefile",
        pdf,
        stem,
      ]);
      renameSync(`${stem}.png`, join(OUT, `${page.stem}-${lang}.png`));
      console.log(`docs/images/${page.stem}-${lang}.png  ← ${xlsx} page ${index + 1}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
