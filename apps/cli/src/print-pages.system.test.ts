import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { CHART_TEXT, DASHBOARD_TEXT, SHEETS } from "@planbook/workbook";
import { expect, it } from "vitest";
import { recalculateWithLibreOffice, tempDir } from "../../../test-support/libreoffice";
import type { CliIO } from "./io";
import { runCli } from "./run";

const run = promisify(execFile);

/**
 * The example workbooks printed by LibreOffice: the wide sheets fit one page wide, and no page is
 * empty. Pages are attributed to sheets by the footer every printed sheet carries
 * (`活动日历 第 3 页，共 16 页` / `Campaigns Page 3 of 15`).
 */
async function pagesBySheet(pdf: string): Promise<Map<string, string[]>> {
  const { stdout } = await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split("\f").filter((p) => p.trim() !== "");
  const bySheet = new Map<string, string[]>();
  for (const page of pages) {
    const lines = page.split("\n").filter((l) => l.trim() !== "");
    const footer = (lines[lines.length - 1] ?? "").trim();
    const sheet =
      footer.match(/^(.+?)\s+(第\s*\d+\s*页|Page \d+ of)/)?.[1]?.trim() ?? `(no footer: ${footer})`;
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), page]);
  }
  return bySheet;
}

/** Row IDs a page must show to count as printed content (not just repeated headers). */
const ROW_ID = { campaigns: /\bC\d{2}\b|节点-|KD-/, goals: /\bG\d{2}\b/ } as const;
const EXPECTED_PAGES = { campaigns: 1, goals: 1 } as const;

it("prints 活动日历 / Campaigns and 目标 / Goals of the example workbooks one page wide, with no empty page, and the Dashboard on one page without the charts' data", async () => {
  const dir = await tempDir("print");
  const io: CliIO = {
    stdout: { write: () => true },
    stderr: { write: () => true },
    env: { LANG: "en_US.UTF-8" },
    cwd: dir,
    now: () => new Date(Date.UTC(2026, 10, 27)),
  };
  expect(await runCli(["generate", "--year", "2027", "--out", "wb"], io)).toBe(0);
  const files = (await readdir(path.join(dir, "wb"))).filter((f) => f.endsWith(".xlsx")).sort();
  expect(files).toHaveLength(3);
  await recalculateWithLibreOffice(
    files.map((f) => path.join(dir, "wb", f)),
    path.join(dir, "pdf"),
    "pdf",
    { timeout: 300_000 },
  );
  const langs = new Set<string>();
  for (const file of files) {
    const bySheet = await pagesBySheet(path.join(dir, "pdf", file.replace(/\.xlsx$/, ".pdf")));
    const lang = [...bySheet.keys()].includes(SHEETS.find((s) => s.key === "campaigns")!.name.en)
      ? "en"
      : "zh-CN";
    langs.add(lang);
    for (const key of ["campaigns", "goals"] as const) {
      const name = SHEETS.find((s) => s.key === key)!.name[lang];
      const pages = bySheet.get(name) ?? [];
      expect(pages.length, `${file} ${name}`).toBe(EXPECTED_PAGES[key]);
      for (const page of pages) expect(page, `${file} ${name}: a page without rows`).toMatch(ROW_ID[key]);
    }
    // The Dashboard: one page with its roll-ups (dimensions, channels, objectives) and the charts'
    // titles, without the helper blocks the charts read (their headers are the only place these
    // words appear).
    const dashboard = bySheet.get(SHEETS.find((s) => s.key === "dashboard")!.name[lang]) ?? [];
    expect(dashboard.length, `${file} Dashboard pages`).toBe(1);
    const page = dashboard[0] ?? "";
    const text = CHART_TEXT[lang];
    expect(page).toContain(DASHBOARD_TEXT[lang].title);
    expect(page).toMatch(/\bO\d+\b/);
    for (const title of [text.byDimension, text.byChannel]) expect(page).toContain(title);
    for (const helper of [text.share, "tblGoals", "tblActuals"])
      expect(page, `${file}: ${helper}`).not.toContain(helper);
    // The sheets after them print too (the attribution by footer found every page's sheet).
    expect([...bySheet.keys()].filter((k) => k.startsWith("(no footer"))).toEqual([]);
  }
  expect([...langs].sort()).toEqual(["en", "zh-CN"]);
}, 600_000);
