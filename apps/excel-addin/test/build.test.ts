import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { createExcelSim, loadXlsx } from "@planbook/excel-sim";

import * as esbuild from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { build, OFFICE_JS_CDN } from "../scripts/build.mjs";
import { BUNDLE_BUDGETS, overBudget } from "../scripts/bundle-sizes.mjs";
import { iconFileNames } from "../scripts/icons.mjs";
import { defectiveWorkbook } from "./fixtures/defective-workbook";

const BASE = "https://addin.example.com/planbook";
let dist: string;
let loads: Awaited<ReturnType<typeof build>>["loads"];

beforeAll(async () => {
  dist = join(mkdtempSync(join(tmpdir(), "planbook-build-")), "dist");
  ({ loads } = await build({ outDir: dist, baseUrl: BASE }));
});

/** Every JavaScript file of a build, chunks included. */
const scripts = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));

describe("production build", () => {
  it("writes the pages, bundles, icons and manifest", () => {
    const files = readdirSync(dist).sort();
    for (const f of [
      "taskpane.html",
      "taskpane.js",
      "taskpane.css",
      "commands.html",
      "commands.js",
      "dialog.html",
      "dialog.js",
      "support.html",
      "manifest.xml",
      "assets",
      "chunks",
    ]) {
      expect(files).toContain(f);
    }
    for (const icon of iconFileNames()) expect(existsSync(join(dist, "assets", icon)), icon).toBe(true);
  });

  it("loads Office.js from Microsoft's CDN before the page's own module", () => {
    for (const page of ["taskpane", "commands", "dialog"]) {
      const html = readFileSync(join(dist, `${page}.html`), "utf8");
      const office = html.indexOf(`<script src="${OFFICE_JS_CDN}"></script>`);
      expect(office, page).toBeGreaterThan(0);
      // A module script runs after the document is parsed, so Office.js has loaded by then.
      expect(html.indexOf(`<script type="module" src="${page}.js"></script>`), page).toBeGreaterThan(office);
    }
  });

  it("minifies the bundles and ships no copy of Office.js", async () => {
    const plain = join(mkdtempSync(join(tmpdir(), "planbook-build-plain-")), "dist");
    await build({ outDir: plain, baseUrl: BASE, minify: false });
    const size = (dir: string, files: string[]) => files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    expect(size(dist, scripts(dist))).toBeLessThan(size(plain, scripts(plain)) * 0.85);
    expect(statSync(join(dist, "taskpane.css")).size).toBeLessThan(
      statSync(join(plain, "taskpane.css")).size * 0.85,
    );
    // Office.js itself stays on the CDN: its loader defines OSF, which no bundle may contain.
    for (const file of scripts(dist))
      expect(readFileSync(join(dist, file), "utf8"), file).not.toMatch(/\bOSF\b/);
  });

  // That the built manifest validates against the XSDs is in manifest-xsd.system.test.ts.
  it("puts every manifest URL on the base", () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE}/taskpane.html"/>`);
    expect(manifest).toContain(`<bt:Url id="Commands.Url" DefaultValue="${BASE}/commands.html"/>`);
    expect(manifest).not.toContain("https://localhost:3000");
  });
});

describe("what each page downloads", () => {
  it("stays within the bundle budgets", () => {
    expect(overBudget(loads)).toEqual([]);
    expect(Object.keys(loads).sort()).toEqual(Object.keys(BUNDLE_BUDGETS).sort());
  });

  it("paints the task pane and loads the ribbon without the engine, zod or lunar-typescript", () => {
    for (const page of ["taskpane", "commands", "dialog"] as const) {
      expect(loads[page]?.packages, page).not.toContain("zod");
      expect(loads[page]?.packages, page).not.toContain("lunar-typescript");
      expect(loads[page]?.packages, page).not.toContain("@planbook/workbook");
    }
  });

  it("fetches the engine on demand, shared by pane and ribbon, and Create plan sheets apart", () => {
    const lazy = (page: string, source: string) => loads[page]?.lazy.find((l) => l.source === source);
    const engine = "src/shared/office-backend.ts";
    const create = "src/office/create.ts";
    for (const page of ["taskpane", "commands"]) {
      expect(lazy(page, engine)?.packages, page).toEqual(
        expect.arrayContaining(["zod", "@planbook/workbook"]),
      );
      // Only Create plan sheets needs the key dates' lunar calendar.
      expect(lazy(page, engine)?.packages, page).not.toContain("lunar-typescript");
      expect(lazy(page, create)?.packages, page).toContain("lunar-typescript");
    }
    // The pane and the ribbon ask for the same engine files, so a browser cache serves both.
    const engineEntry = (page: string) => lazy(page, engine)?.files.find((f) => f.includes("office-backend"));
    expect(engineEntry("taskpane")).toMatch(/^chunks\/office-backend-\w+\.js$/);
    expect(engineEntry("commands")).toBe(engineEntry("taskpane"));
  });
});

describe("ribbon function file", () => {
  type Handler = (event: { completed: () => void }) => unknown;

  const hungExcel = {
    run: () =>
      Promise.reject(
        Object.assign(new Error("Excel did not respond"), { code: "sync.timeout", timeoutMs: 30_000 }),
      ),
  };

  /** Runs the built commands.js against a stand-in Office (by default one whose syncs hang). */
  async function loadCommands(excel: unknown = hungExcel) {
    const associated = new Map<string, Handler>();
    const dialogs: string[] = [];
    const office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: {
        displayLanguage: "en-US",
        requirements: { isSetSupported: () => true },
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
            dialogs.push(url);
            callback({ status: "failed", error: { code: 12007, message: "no dialogs in this test" } });
          },
        },
      },
      actions: { associate: (name: string, fn: Handler) => associated.set(name, fn) },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "m", DialogEventReceived: "e" },
    };
    const sandbox: Record<string, unknown> = {
      Office: office,
      Excel: excel,
      location: { href: `${BASE}/commands.html` },
      console: { ...console, error: () => {} },
      setTimeout,
      clearTimeout,
      URL,
      TextEncoder,
    };
    // The built module and its chunks, linked into one script (dynamic imports inlined) so that
    // it runs in a sandbox with this test's stand-ins as globals.
    const linked = await esbuild.build({
      entryPoints: [join(dist, "commands.js")],
      bundle: true,
      format: "iife",
      write: false,
      logLevel: "warning",
    });
    runInNewContext(linked.outputFiles[0]?.text ?? "", sandbox);
    await new Promise((resolve) => setTimeout(resolve, 10));
    return { associated, dialogs, sandbox };
  }

  it("associates every ExecuteFunction of the manifest", async () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    const names = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names).toEqual(["validateGoals", "refreshProgress"]);
    const { associated, sandbox } = await loadCommands();
    expect([...associated.keys()].sort()).toEqual([...names].sort());
    // and as globals, for hosts that look function-file commands up by name
    for (const name of names) expect(typeof sandbox[name ?? ""], name).toBe("function");
  });

  it("completes the event even when the command fails, after telling the user in a dialog", async () => {
    const { associated, dialogs } = await loadCommands();
    for (const name of ["validateGoals", "refreshProgress"]) {
      let completed = 0;
      await associated.get(name)?.({ completed: () => completed++ });
      expect(completed, name).toBe(1);
    }
    expect(dialogs).toHaveLength(2);
    const url = new URL(dialogs[0] ?? "");
    expect(url.origin + url.pathname).toBe(`${BASE}/dialog.html`);
    const message = JSON.parse(decodeURIComponent(url.hash.slice(1)));
    expect(message).toEqual({
      lang: "en",
      title: "Planbook could not finish",
      lines: ["Excel did not respond"],
      tone: "error",
    });
  });

  it("runs Validate goals and Refresh progress on a plan workbook within three syncs each", async () => {
    const sim = createExcelSim(await loadXlsx(await defectiveWorkbook()));
    const { associated, dialogs } = await loadCommands(sim.Excel);

    let completed = 0;
    sim.stats.reset();
    await associated.get("validateGoals")?.({ completed: () => completed++ });
    expect(completed).toBe(1);
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
    const message = JSON.parse(decodeURIComponent(new URL(dialogs[0] ?? "").hash.slice(1)));
    expect(message.title).toBe("Goals validated");
    expect(message.lines[0]).toMatch(/^Validation finished: [1-9]\d* errors?, \d+ warnings?, \d+ notes?\.$/);

    sim.stats.reset();
    await associated.get("refreshProgress")?.({ completed: () => completed++ });
    expect(completed).toBe(2);
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
    // Success needs no dialog: only the validation summary was shown.
    expect(dialogs).toHaveLength(1);
  });
});
