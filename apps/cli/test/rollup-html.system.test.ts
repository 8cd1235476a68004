import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_LAUNCH } from "../../../test-support/chromium";
import { assertBuilt, runBin } from "./bin-process";
import { removeTempDirs, tempDir } from "./helpers";
import { BROKEN, FILES, makePortfolio } from "./rollup-fixture";

/** The one-page report in headless Chromium: offline, phone width, print, accessibility. */

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");

interface PortfolioJson {
  attainment: number;
  brands: { brand: string | null; error: { message: string } | null }[];
  watch: { id: string }[];
}

describe.each(["zh-CN", "en"] as const)("rollup --html (%s) in headless Chromium", (lang) => {
  let dir: string;
  let browser: Browser;
  let json: PortfolioJson;
  let url: string;

  beforeAll(async () => {
    assertBuilt();
    dir = await tempDir(`rollup-html-${lang}`);
    await makePortfolio(dir);
    const files = [FILES["qimu-coffee"], FILES["stride-athletics"], FILES["chengji-beauty"], BROKEN];
    const r = await runBin(["rollup", ...files, "--json", "--lang", lang, "--html", "report.html"], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(1);
    json = JSON.parse(r.stdout);
    url = pathToFileURL(path.join(dir, "report.html")).href;
    browser = await chromium.launch(CHROMIUM_LAUNCH);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await removeTempDirs();
  });

  it("loads nothing but itself, logs no error and shows every chart as SVG with scripts disabled", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (req) => requests.push(req.url()));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: "load" });
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    const charts = await page.$$eval("svg.chart", (svgs) =>
      svgs.map((s) => {
        const box = s.getBoundingClientRect();
        return {
          shapes: s.querySelectorAll("path,rect,text").length,
          w: box.width,
          h: box.height,
          label: s.getAttribute("aria-label"),
        };
      }),
    );
    expect(charts).toHaveLength(4);
    for (const c of charts) {
      expect(c.shapes).toBeGreaterThan(10);
      expect(c.w).toBeGreaterThan(300);
      expect(c.h).toBeGreaterThan(50);
      expect(c.label).toBeTruthy();
    }
    await context.close();
  });

  it("has no horizontal scroll at 375 px and shows the JSON's numbers, files and legend", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(url);
    // a string expression: the page's DOM types are not in this package's TypeScript lib
    const widths = await page.evaluate<{ scroll: number; inner: number }>(
      "({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })",
    );
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's page.innerText, not the DOM property: the text a reader sees, which is what this checks
    const text = await page.innerText("body");
    expect(text).toContain(`${Math.round(json.attainment * 1000) / 10}%`);
    for (const b of json.brands) {
      if (b.error === null) expect(text).toContain(b.brand ?? "");
      else expect(text).toContain(b.error.message);
    }
    for (const w of json.watch) expect(text).toContain(w.id);
    // the legend names every status, check included
    expect(await page.$$eval(".legend li", (li) => li.length)).toBe(6);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    await context.close();
  });

  it("prints on one or two A4 pages", async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    await page.close();
  });

  it("has no serious or critical axe-core violations", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(url);
    await page.addScriptTag({ content: await readFile(AXE, "utf8") });
    const violations = await page.evaluate<{ id: string; impact: string; nodes: { target: string[] }[] }[]>(
      "axe.run().then((r) => r.violations)",
    );
    const serious = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      );
    expect(serious).toEqual([]);
    await page.close();
  });
});
