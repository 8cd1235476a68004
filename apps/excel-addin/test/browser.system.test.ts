import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_LAUNCH } from "../../../test-support/chromium";
import { goalCell } from "./fixtures/locate";
import { defectivePlan } from "./fixtures/plan";
import { buildPlanXlsxWithExceljs } from "./fixtures/plan-workbook";
import { serveHarness } from "./harness/serve-harness";
import { APP_DIR } from "./paths";

/**
 * The built task pane in headless Chromium, with excel-sim standing in for Office.js and a
 * generated plan workbook with planted defects loaded into it.
 */

async function planWorkbook(): Promise<{ buffer: Buffer; source: string }> {
  try {
    const xlsx = await import("@planbook/xlsx");
    const buffer = await xlsx.renderPlanWorkbook(defectivePlan(), {
      lang: "en",
      generator: { name: "excel-addin browser test", version: "0" },
      keyDateIdeas: false,
    });
    return { buffer, source: "renderPlanWorkbook" };
  } catch (error) {
    console.warn(`renderPlanWorkbook unavailable (${String(error)}); using the exceljs fixture`);
    return { buffer: await buildPlanXlsxWithExceljs(), source: "exceljs" };
  }
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveHarness>>;
let expected: {
  targetMissing: { sheet: string; address: string };
  g1Target: { sheet: string; address: string };
  channelUnknown: { sheet: string; address: string };
};
const pageErrors: string[] = [];

async function openPane(query: string, width = 320): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (msg) => {
    if (msg.type() === "error") pageErrors.push(msg.text());
  });
  await page.goto(`${server.url}/taskpane.html?${query}`);
  await page.locator("#pb-validate").waitFor();
  return page;
}

async function openFake(scenario: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}/harness/fake.html?scenario=${scenario}`);
  await page.locator("#pb-validate").waitFor();
  return page;
}

const selection = (page: Page) =>
  page.evaluate(async () => {
    const sim = await window.__planbookSim;
    return sim.workbook.selection;
  });

/**
 * The pane's layout problems at its width: elements past the right edge, Latin words (letters,
 * digits, apostrophes) split over two lines, and the computed word-break of the app.
 */
const layoutAt320 = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName}.${el.className}`);
    // Every Latin word (letters, digits, apostrophes) must sit on one line.
    const split: string[] = [];
    const walker = document.createTreeWalker(document.getElementById("app")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of (node.textContent ?? "").matchAll(/[A-Za-z0-9'’]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) split.push(m[0]);
      }
    }
    const style = getComputedStyle(document.getElementById("app")!);
    return {
      width,
      scroll: document.documentElement.scrollWidth,
      wide,
      split,
      wordBreak: style.wordBreak,
      // CJK text has no spaces: it must still be allowed to wrap between characters.
      cjkLines: [...document.querySelectorAll(".pb-help")].map((el) => el.getClientRects().length),
    };
  });

beforeAll(async () => {
  const plan = await planWorkbook();
  expected = {
    targetMissing: await goalCell(plan.buffer, "G2", "Target"),
    g1Target: await goalCell(plan.buffer, "G1", "Target"),
    channelUnknown: await goalCell(plan.buffer, "G4", "Channel"),
  };
  server = await serveHarness({ "plan.xlsx": plan.buffer });
  // launch() gives Chromium a fresh temporary profile (user-data-dir) and deletes it on close.
  browser = await chromium.launch(CHROMIUM_LAUNCH);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("task pane in the browser", () => {
  it("validates, lists the findings by severity and SMART letter, and selects a finding's cell", async () => {
    const page = await openPane("lang=en-US&workbook=plan.xlsx");
    await page.click("#pb-validate");
    const target = page.locator('button.pb-finding[data-rule="goal.target.missing"]');
    await page.locator("#pb-status", { hasText: /^Validation finished: \d+ errors?,/ }).waitFor();
    await target.waitFor();
    const headings = await page.locator("#pb-findings h3").allTextContents();
    expect(headings[0]).toMatch(/^Errors \(\d+\)$/);
    // The planted defects, each under its severity and letter.
    for (const rule of ["goal.target.missing", "goal.period.invalid", "goal.channel.unknown"]) {
      await expect(page.locator(`.pb-finding[data-rule="${rule}"]`).count()).resolves.toBeGreaterThan(0);
    }
    const errorLetters = await page.locator(".pb-group-error h4").allTextContents();
    expect(errorLetters.some((t) => t.startsWith("M · Measurable"))).toBe(true);
    expect(errorLetters.some((t) => t.startsWith("T · Time-bound"))).toBe(true);

    await expect(target.first().getAttribute("data-cell")).resolves.toBe(
      `${expected.targetMissing.sheet}!${expected.targetMissing.address}`,
    );
    await target.first().click();
    await page.locator("#pb-status", { hasText: "Selected" }).waitFor();
    await expect(selection(page)).resolves.toEqual(expected.targetMissing);

    // Keyboard: focus another finding and press Enter.
    await page.locator('button.pb-finding[data-rule="goal.channel.unknown"]').first().focus();
    await page.keyboard.press("Enter");
    await page
      .locator("#pb-status", {
        hasText: `Selected ${expected.channelUnknown.sheet}!${expected.channelUnknown.address}.`,
      })
      .waitFor();
    await expect(selection(page)).resolves.toEqual(expected.channelUnknown);
    await page.context().close();
  });

  it("refreshes progress and shows brand, as-of month, dimensions and goals; fits 320 px", async () => {
    const page = await openPane("lang=en-US&workbook=plan.xlsx");
    await page.click("#pb-validate");
    await page.locator("button.pb-finding").first().waitFor();
    await page.click("#pb-refresh");
    await page.locator("#pb-status", { hasText: "Progress updated to March." }).waitFor();
    const dimensions = await page
      .locator("#pb-progress table")
      .first()
      .locator("tbody tr td:first-child")
      .allTextContents();
    expect(dimensions).toEqual(["User growth", "Content influence", "Conversion & revenue", "Brand voice"]);
    const goalIds = await page
      .locator("#pb-progress table.pb-goals tbody tr td:first-child")
      .allTextContents();
    expect(goalIds).toEqual(["G1", "G2", "G3", "G4"]);
    // G2 has data but no Target: status check, in the workbook's violet, and left out of Overall.
    const g2Badge = page.locator("#pb-progress table.pb-goals tbody tr").nth(1).locator(".pb-badge");
    await expect(g2Badge.textContent()).resolves.toBe("Check inputs");
    await expect(g2Badge.getAttribute("class")).resolves.toContain("pb-status-check");
    await expect(g2Badge.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
      "rgb(217, 210, 233)",
    );
    await expect(page.locator("#pb-progress .pb-left-out").textContent()).resolves.toMatch(
      /^1 goal left out/,
    );

    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .map((el) => `${el.tagName}.${el.className}`);
      return { scroll: document.documentElement.scrollWidth, width, wide };
    });
    expect(overflow.width).toBe(320);
    expect(overflow.wide).toEqual([]);
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.width);

    // A goal ID puts that goal into the Dashboard's monthly chart.
    await expect(page.locator('button.pb-goal[aria-pressed="true"]').allTextContents()).resolves.toEqual([
      "G1",
    ]);
    await page.locator('button.pb-goal[data-goal="G4"]').click();
    await page.locator("#pb-status", { hasText: "The Dashboard's monthly chart now shows G4." }).waitFor();
    await expect(page.locator('button.pb-goal[aria-pressed="true"]').allTextContents()).resolves.toEqual([
      "G4",
    ]);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-goal"))).resolves.toBe("G4");
    // The monthly chart reads its goal from the Dashboard's picker cell (E2), which now holds G4.
    const picked = await page.evaluate(async () => {
      const sim = await window.__planbookSim;
      const dashboard = sim.workbook.sheets.find((s) => s.charts.some((c) => c.name === "Planbook.Monthly"));
      return dashboard?.rows.get(2)?.get(5)?.value;
    });
    expect(picked).toBe("G4");

    mkdirSync(join(APP_DIR, "test-artifacts"), { recursive: true });
    await page.screenshot({ path: join(APP_DIR, "test-artifacts", "taskpane.png"), fullPage: true });
    await page.context().close();
  });

  it("Live check: a wrong Target typed into the sheet is flagged within a second; off removes the listeners", async () => {
    const page = await openPane("lang=en-US&workbook=plan.xlsx");
    const live = page.getByRole("switch", { name: "Live check" });
    await expect(live.isChecked()).resolves.toBe(false);
    await live.check();
    await page.locator("#pb-status", { hasText: "Live check is on" }).waitFor();
    // Remembered in the workbook's settings (Office.context.document.settings).
    const state = () =>
      page.evaluate(async () => {
        const sim = await window.__planbookSim;
        return { saved: sim.workbook.settings.get("planbook.liveCheck"), listeners: sim.events.listeners() };
      });
    await expect(state()).resolves.toEqual({ saved: "true", listeners: expect.any(Number) });
    expect((await state()).listeners).toBeGreaterThan(0);
    const invalid = page.locator('button.pb-finding[data-rule="goal.target.invalid"]');
    await expect(invalid.count()).resolves.toBe(0);

    // The operator types a Target that is not a number into G1's row.
    const { sheet, address } = expected.g1Target;
    await page.evaluate(
      async ({ at }) => {
        const sim = await window.__planbookSim;
        (window as unknown as { __typedAt: number }).__typedAt = performance.now();
        sim.edit(at, "lots");
      },
      { at: `'${sheet}'!${address}` },
    );
    // Within a second of typing (debounce 400 ms + one incremental check), no button pressed.
    await invalid.first().waitFor({ timeout: 1000 });
    const elapsed = await page.evaluate(
      () => performance.now() - (window as unknown as { __typedAt: number }).__typedAt,
    );
    console.info(`live check: typed → flagged in ${Math.round(elapsed)} ms (Chromium)`);
    await expect(invalid.first().getAttribute("data-cell")).resolves.toBe(`${sheet}!${address}`);
    await page.locator("#pb-status", { hasText: /^Checked as you typed: \d+ errors?/ }).waitFor();
    const fill = await page.evaluate(
      async ({ sheetName, cell }) => {
        const sim = await window.__planbookSim;
        const ws = sim.workbook.sheets.find((s) => s.name === sheetName)!;
        const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
        const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        return ws.rows.get(Number(m[2]))?.get(col)?.fill;
      },
      { sheetName: sheet, cell: address },
    );
    expect(fill).toBe("#FFC7CE");

    await live.uncheck();
    await page.locator("#pb-status", { hasText: "Live check is off." }).waitFor();
    await expect(state()).resolves.toEqual({ saved: "false", listeners: 0 });
    await page.context().close();
  });

  it("offers Create plan sheets when the workbook has no plan tables, and creates them", async () => {
    const page = await openPane("lang=en-US");
    // The Create plan sheets chunk (the sheet writer, lunar-typescript) is fetched on submit only.
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    const createChunk = () => requested.filter((path) => /^\/chunks\/create-\w+\.js$/.test(path));
    await page.click("#pb-validate");
    const alert = page.locator("#pb-alert");
    await alert.waitFor();
    await expect(alert.getAttribute("data-code")).resolves.toBe("tables.missing");
    await expect(alert.textContent()).resolves.toMatch(/tblGoals/);
    await alert.getByRole("button", { name: "Create plan sheets" }).click();
    await expect(page.locator("#pb-brand").evaluate((el) => el === document.activeElement)).resolves.toBe(
      true,
    );

    // A blank brand is refused at the field, nothing is created.
    await page.click('#pb-create-form button[type="submit"]');
    await expect(page.locator("#pb-form-error").textContent()).resolves.toBe("Enter the brand name.");
    await expect(page.locator("#pb-brand").getAttribute("aria-invalid")).resolves.toBe("true");

    await page.fill("#pb-brand", "Lumen Coffee");
    await page.fill("#pb-industry", "  Coffee retail ");
    await page.fill("#pb-year", "2027");
    expect(createChunk()).toEqual([]);
    await page.click('#pb-create-form button[type="submit"]');
    await page.locator("#pb-status", { hasText: "Plan sheets created for Lumen Coffee 2027." }).waitFor();
    expect(createChunk()).toHaveLength(1);
    const tables = await page.evaluate(async () =>
      (await window.__planbookSim).workbook.tables.map((t) => t.name),
    );
    expect(tables).toContain("tblGoals");
    expect(tables).toContain("tblActuals");
    // The industry is kept with the plan (meta sheet), trimmed.
    const meta = await page.evaluate(async () => {
      const sim = await window.__planbookSim;
      const sheet = sim.workbook.sheets.find((ws) => ws.name === "_planbook");
      return sheet ? [...sheet.rows.values()].flatMap((row) => [...row.values()].map((c) => c.value)) : [];
    });
    expect(meta).toContain("industry");
    expect(meta).toContain("Coffee retail");

    // The new workbook validates without the missing-tables alert.
    await page.click("#pb-validate");
    await page.locator("#pb-status", { hasText: /^(Validation finished|No findings)/ }).waitFor();
    await expect(alert.isHidden()).resolves.toBe(true);
    await page.context().close();
  });

  it("speaks Chinese when Office's display language is Chinese", async () => {
    const page = await openPane("lang=zh-CN&workbook=plan.xlsx");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    await expect(page.locator("#pb-validate").textContent()).resolves.toBe("校验目标");
    await page.click("#pb-validate");
    await page.locator("#pb-status", { hasText: /^校验完成：/ }).waitFor();
    await expect(page.locator("button.pb-finding").count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it("shows Excel's failures as messages (scripted backend)", async () => {
    const cases: [string, string][] = [
      ["timeout", "Excel did not respond within 30 s while reading the plan tables."],
      ["office-error", "Something went wrong: InvalidArgument: The argument is invalid or missing."],
      ["refused", "Sheets with the plan's sheet names already exist (Goals)."],
    ];
    for (const [scenario, message] of cases) {
      const page = await openFake(scenario);
      await page.click("#pb-validate");
      const alert = page.locator("#pb-alert");
      await alert.waitFor();
      await expect(alert.locator("p").textContent(), scenario).resolves.toContain(message);
      await expect(page.locator("#pb-status").textContent()).resolves.toBe("");
      // Buttons are usable again and the alert can be dismissed from the keyboard.
      await expect(page.locator("#pb-validate").getAttribute("aria-disabled")).resolves.toBe("false");
      await alert.getByRole("button", { name: "Dismiss" }).press("Enter");
      await expect(alert.isHidden()).resolves.toBe(true);
      await page.context().close();
    }
  });

  it("says so when a finding's sheet is gone, and quotes sheet names with spaces", async () => {
    const page = await openFake("sheet-gone");
    await page.click("#pb-validate");
    const button = page.locator("button.pb-finding");
    await expect(button.getAttribute("data-cell")).resolves.toBe("'Goals 2027'!J6");
    await expect(button.getAttribute("aria-label")).resolves.toBe(
      "Goal G2 has no Target. Go to 'Goals 2027'!J6.",
    );
    await button.click();
    await page.locator("#pb-alert").waitFor();
    await expect(page.locator("#pb-alert p").textContent()).resolves.toBe(
      "Could not go to 'Goals 2027'!J6: the sheet was renamed or deleted. Validate again to update the list.",
    );
    await expect(page.evaluate(() => window.__fakeCalls)).resolves.toEqual([
      "validate",
      "select Goals 2027!J6",
    ]);
    await page.context().close();
  });

  it("tells a clean plan apart from one not validated yet, and a plan without actuals", async () => {
    const page = await openFake("no-findings");
    await expect(page.locator("#pb-findings .pb-empty").textContent()).resolves.toBe(
      "Press Validate goals to check the plan.",
    );
    await page.click("#pb-validate");
    await page.locator("#pb-status", { hasText: "No findings: every goal passes the checks." }).waitFor();
    await expect(page.locator("#pb-findings .pb-ok").count()).resolves.toBe(1);
    await page.click("#pb-refresh");
    await page.locator("#pb-status", { hasText: "no monthly actuals" }).waitFor();
    await expect(page.locator("#pb-progress dd").first().textContent()).resolves.toBe("no actuals yet");
    // The create form proposes next year in late November.
    await page.click("#pb-create");
    await expect(page.locator("#pb-year").inputValue()).resolves.toBe("2027");
    await page.context().close();
  });

  it("the ribbon's message dialog shows the message it is given, Close focused", async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 300 } });
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const message = {
      lang: "zh-CN",
      title: "Planbook 未能完成操作",
      lines: ["Excel 在 30 秒内没有响应。"],
      tone: "error",
    };
    await page.goto(`${server.url}/dialog.html#${encodeURIComponent(JSON.stringify(message))}`);
    await page.locator("#pb-dialog-title").waitFor();
    await expect(page.locator("#pb-dialog-title").textContent()).resolves.toBe(message.title);
    await expect(page.locator("section[role=alert] p").allTextContents()).resolves.toEqual(message.lines);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("关闭");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    await context.close();
  });

  it("says which Excel to use where the pane's module cannot run, in both languages", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    // As in a webview without ES modules (IE11): a script of an unknown type is not run, so the
    // page is served with its module script's type unknown — only the ES5 fallback executes.
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.route(/\/taskpane\.html/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('type="module"', 'type="text/x-module-unsupported"');
      expect(html).not.toContain('type="module"');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${server.url}/taskpane.html?lang=en-US`, { waitUntil: "load" });
    const alerts = page.locator("#app [role=alert]");
    await expect.poll(() => alerts.count()).toBe(2);
    expect(await alerts.nth(0).textContent()).toContain("Excel for Microsoft 365");
    expect(await alerts.nth(1).textContent()).toContain("网页版 Excel");
    // The module was never even fetched: nothing but the fallback ran.
    expect(requested.some((path) => path.endsWith("/taskpane.js"))).toBe(false);
    await context.close();
    // And a pane whose module runs never shows it.
    const ok = await openPane("lang=en-US");
    await ok.waitForLoadState("load");
    expect(await ok.locator("text=This version of Office cannot run Planbook").count()).toBe(0);
    await ok.context().close();
  });

  it("a duplicated goal ID is highlighted once, on its first row (scripted backend)", async () => {
    const page = await openFake("duplicate-id");
    await page.click("#pb-refresh");
    await page.locator("button.pb-goal").first().waitFor();
    await expect(page.locator('button.pb-goal[data-goal="G1"]').count()).resolves.toBe(2);
    const pressed = await page
      .locator("button.pb-goal")
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-pressed")));
    expect(pressed).toEqual(["true", "false", "false"]);
    // Its metric "Interactions" sits in a narrow column: whole, not "Interactio/ns".
    const layout = await layoutAt320(page);
    expect(layout.split).toEqual([]);
    expect(layout.wide).toEqual([]);
    await page.context().close();
  });

  it("wraps pane text at word boundaries at 320 px in both languages, without horizontal overflow", async () => {
    mkdirSync(join(APP_DIR, "test-artifacts"), { recursive: true });
    for (const lang of ["en-US", "zh-CN"] as const) {
      const page = await openPane(`lang=${lang}&workbook=plan.xlsx`);
      await page.click("#pb-validate");
      await page.locator("button.pb-finding").first().waitFor();
      await page.click("#pb-refresh");
      await page.locator("table.pb-goals").waitFor();
      await page.click("#pb-create");
      const layout = await layoutAt320(page);
      expect(layout.width, lang).toBe(320);
      expect(layout.wide, lang).toEqual([]);
      expect(layout.scroll, lang).toBeLessThanOrEqual(320);
      expect(layout.split, lang).toEqual([]);
      expect(layout.wordBreak, lang).not.toBe("keep-all");
      await page.screenshot({
        path: join(APP_DIR, "test-artifacts", `taskpane-320-${lang}.png`),
        fullPage: true,
      });
      await page.context().close();
    }
  });

  // The README's pane pictures: the findings of the defective plan at 320 px, one per language,
  // under fixed names. Written to test-artifacts on every run; `pnpm render:pane` sets
  // PLANBOOK_PANE_IMAGES=1 to write them into docs/images instead, so the README shows current code.
  it("screenshots the pane with its findings in both languages (README pictures)", async () => {
    const dir = process.env.PLANBOOK_PANE_IMAGES
      ? join(APP_DIR, "..", "..", "docs", "images")
      : join(APP_DIR, "test-artifacts");
    mkdirSync(dir, { recursive: true });
    for (const [query, file] of [
      ["zh-CN", "taskpane-zh-CN.png"],
      ["en-US", "taskpane-en.png"],
    ] as const) {
      const page = await openPane(`lang=${query}&workbook=plan.xlsx`);
      await page.click("#pb-validate");
      await page.locator("button.pb-finding").first().waitFor();
      await expect(page.locator("button.pb-finding").count()).resolves.toBeGreaterThan(2);
      await page.setViewportSize({ width: 320, height: 640 });
      await page.screenshot({ path: join(dir, file), animations: "disabled", caret: "hide" });
      await page.context().close();
    }
  });

  it("raised no script errors on any page", () => {
    expect(pageErrors).toEqual([]);
  });
});
