import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { computeProgress, Dimension, idKey, type Plan, type PlanProgress } from "@planbook/core";
import {
  CHART_ACTUAL_COLOUR,
  CHART_BANDS,
  CHART_DATA_COLUMN,
  CHART_PICK_CELL,
  CHART_STATUS_COLOURS,
  CHART_TEXT,
  dashboardChartLayout,
  dashboardCharts,
  goalChannels,
  monthlySeries,
  monthlyTitle,
  SHEETS,
} from "@planbook/workbook";
import { planAsRendered } from "@planbook/workbook/write-plan";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DUMP_VALUES,
  python,
  recalculateWithLibreOffice,
  tempDir,
} from "../../../../../test-support/libreoffice";
import { readEntries } from "../../zip/read";
import { writeZip } from "../../zip/write";
import { renderPlanWorkbook } from "../render-plan";
import { progressFixture } from "../test-support/fixture";

const run = promisify(execFile);
type Cell = string | number | boolean | null;
const lang = "en" as const;
const dashName = SHEETS.find((s) => s.kind === "dashboard")!.name[lang];
/** Goals the monthly chart is checked for: every aggregation, linear / seasonal / custom / invalid phasing. */
const PICKS = ["G01", "G03", "G05", "G07", "G08", "G09", "G14", "G15"];

/** The workbook with the chart's goal picker set to `goal` (as a user picking it from the dropdown). */
async function withPick(xlsx: Buffer, goal: string): Promise<Buffer> {
  const entries = await readEntries(xlsx);
  const cell = new RegExp(`<c r="${CHART_PICK_CELL}"[^>]*>.*?</c>`);
  return writeZip(
    entries.map((e) =>
      e.name === "xl/worksheets/sheet2.xml"
        ? {
            name: e.name,
            data: Buffer.from(
              e.data
                .toString("utf8")
                .replace(cell, `<c r="${CHART_PICK_CELL}" t="inlineStr"><is><t>${goal}</t></is></c>`),
            ),
          }
        : e,
    ),
    { compression: "deflate" },
  );
}

let plan: Plan;
let progress: PlanProgress;
const sheets = new Map<string, Cell[][]>();
let pdfPage: Buffer;
let pdfText: string;
/** The zh-CN workbook's PDF: its Dashboard page's pixels and text (whitespace removed), and progress. */
let zh: { page: Buffer; text: string; progress: PlanProgress };
/** The monthly chart's title as the generator cached it in the chart part (c:strCache). */
let cachedTitle: string;

/** PPM (P6) pixels of one PDF page, 60 dpi. */
async function pagePixels(
  pdf: string,
  page: number,
): Promise<{ width: number; height: number; data: Buffer }> {
  const out = `${pdf}-page`;
  await run("pdftoppm", ["-f", String(page), "-l", String(page), "-r", "60", "-singlefile", pdf, out]);
  const buf = await readFile(`${out}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 40).toString("latin1"))!;
  return { width: Number(header[1]), height: Number(header[2]), data: buf.subarray(header[0].length) };
}

beforeAll(async () => {
  const dir = await tempDir("charts-lo");
  plan = planAsRendered(progressFixture(lang, 6), lang, {});
  progress = computeProgress(plan);
  const xlsx = await renderPlanWorkbook(progressFixture(lang, 6), {
    lang,
    generator: { name: "planbook", version: "0.0.0-test" },
  });
  const titled = (await readEntries(xlsx))
    .filter((e) => e.name.startsWith("xl/charts/"))
    .map((e) => /<c:title><c:tx><c:strRef>.*?<c:v>(.*?)<\/c:v>/.exec(e.data.toString("utf8"))?.[1])
    .filter((t) => t !== undefined);
  expect(titled).toHaveLength(1);
  cachedTitle = titled[0]!;
  const files = [join(dir, "plan.xlsx")];
  await writeFile(files[0]!, xlsx);
  for (const goal of PICKS) {
    const file = join(dir, `pick-${goal}.xlsx`);
    await writeFile(file, await withPick(xlsx, goal));
    files.push(file);
  }
  const out = join(dir, "out");
  await recalculateWithLibreOffice(files, out);
  const zhFile = join(dir, "plan-zh.xlsx");
  await writeFile(
    zhFile,
    await renderPlanWorkbook(progressFixture("zh-CN", 6), {
      lang: "zh-CN",
      generator: { name: "planbook", version: "0.0.0-test" },
    }),
  );
  await recalculateWithLibreOffice([files[0]!, zhFile], out, "pdf");
  const zhPdf = join(out, "plan-zh.pdf");
  const zhText = (await run("pdftotext", [zhPdf, "-"])).stdout.split("\f");
  const zhPage = zhText.findIndex((p) => p.includes(CHART_TEXT["zh-CN"].byDimension)) + 1;
  zh = {
    page: (await pagePixels(zhPdf, zhPage)).data,
    text: zhText[zhPage - 1]!.replace(/\s+/g, ""),
    progress: computeProgress(planAsRendered(progressFixture("zh-CN", 6), "zh-CN", {})),
  };
  for (const name of ["plan", ...PICKS.map((g) => `pick-${g}`)]) {
    const dump = await python<Record<string, Cell[][]>>(DUMP_VALUES, [join(out, `${name}.xlsx`), dashName]);
    sheets.set(name, dump[dashName]!);
  }
  const pdf = join(out, "plan.pdf");
  const { stdout } = await run("pdftotext", [pdf, "-"]);
  pdfText = stdout;
  const page = stdout.split("\f").findIndex((p) => p.includes("Attainment by dimension")) + 1;
  const pixels = await pagePixels(pdf, page);
  pdfPage = pixels.data;
}, 300_000);

const at = (sheet: Cell[][], row: number, column: number) => {
  const v = sheet[row - 1]?.[column - 1];
  return v === "" || v === undefined ? null : v;
};
const close = (a: Cell, b: number) =>
  typeof a === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe("the Dashboard charts after LibreOffice recalculates the workbook", () => {
  const layout = () => dashboardChartLayout(goalChannels(plan).length);

  it("puts each dimension's and channel's engine attainment into the band of its engine status", () => {
    const sheet = sheets.get("plan")!;
    const check = (blockRow: number, i: number, attainment: number | null, status: string) => {
      CHART_BANDS.forEach((band, k) => {
        const v = at(sheet, blockRow + 1 + i, CHART_DATA_COLUMN + 1 + k);
        if (attainment !== null && band === status)
          expect(close(v, attainment), `${band} ${v} vs ${attainment}`).toBe(true);
        else expect(v, `${blockRow + 1 + i} ${band}`).toBeNull();
      });
    };
    Dimension.options.forEach((d, i) => {
      const r = progress.dimensions.find((x) => x.dimension === d)!;
      check(layout().dimensionBlockRow, i, r.attainment, r.status);
    });
    let withData = 0;
    goalChannels(plan).forEach((c, i) => {
      const r = progress.channels.find((x) =>
        x.channel === null ? c === null : c !== null && idKey(x.channel) === idKey(c),
      )!;
      if (r.attainment !== null) withData++;
      check(layout().channelBlockRow, i, r.attainment, r.status);
    });
    expect(withData).toBeGreaterThan(1);
  });

  it.each(PICKS)("shows the engine's monthly actuals and phased targets for %s", (goal) => {
    const sheet = sheets.get(`pick-${goal}`)!;
    const expected = monthlySeries(plan, goal);
    expected.forEach(([actual, target], m) => {
      const row = layout().monthlyBlockRow + 1 + m;
      const a = at(sheet, row, CHART_DATA_COLUMN + 1);
      const t = at(sheet, row, CHART_DATA_COLUMN + 2);
      if (actual === "") expect(a, `${goal} actual m${m + 1}`).toBeNull();
      else expect(close(a, actual), `${goal} actual m${m + 1}: ${a} vs ${actual}`).toBe(true);
      if (target === "") expect(t, `${goal} target m${m + 1}`).toBeNull();
      else expect(close(t, target), `${goal} target m${m + 1}: ${t} vs ${target}`).toBe(true);
    });
  });

  it.each(PICKS)("titles the monthly chart with the goal picked (%s)", (goal) => {
    const cell = dashboardCharts(layout(), lang).find((c) => c.key === "monthly")!.titleCell!;
    const [, letters, row] = /^\$([A-Z]+)\$(\d+)$/.exec(cell)!;
    const column = letters!.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    expect(at(sheets.get(`pick-${goal}`)!, Number(row), column)).toBe(monthlyTitle(goal, lang));
    // The generator's cached title is what its own pick computes to (LibreOffice draws the cache).
    const pick = at(sheets.get("plan")!, 2, 5);
    expect(typeof pick).toBe("string");
    expect(at(sheets.get("plan")!, Number(row), column)).toBe(cachedTitle);
    expect(cachedTitle).toBe(monthlyTitle(pick as string, lang));
    expect(pdfText).toContain(cachedTitle);
  });

  it.each(["en", "zh-CN"] as const)(
    "draws the charts into the %s PDF: bars in the status colours and the actual columns are on the page",
    (which) => {
      const page = which === "en" ? pdfPage : zh.page;
      const shown = which === "en" ? progress : zh.progress;
      const count = (hex: string) => {
        const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
        let n = 0;
        for (let i = 0; i + 2 < page.length; i += 3) {
          if (Math.abs(page[i]! - r!) + Math.abs(page[i + 1]! - g!) + Math.abs(page[i + 2]! - b!) < 30) n++;
        }
        return n;
      };
      const colours = new Set(
        [...shown.dimensions, ...shown.channels].filter((r) => r.attainment !== null).map((r) => r.status),
      );
      for (const band of CHART_BANDS) {
        if (colours.has(band)) expect(count(CHART_STATUS_COLOURS[band]), band).toBeGreaterThan(20);
        else expect(count(CHART_STATUS_COLOURS[band]), band).toBe(0);
      }
      expect(count(CHART_ACTUAL_COLOUR), "monthly actual columns").toBeGreaterThan(20);
      if (which === "zh-CN") {
        // zh-CN titles on the page, the monthly one naming the generator's pick (pdftotext spaces CJK apart)
        const text = CHART_TEXT["zh-CN"];
        for (const t of [text.byDimension, text.byChannel]) expect(zh.text).toContain(t.replace(/\s+/g, ""));
        expect(zh.text).toMatch(new RegExp(`G\\d+：${text.monthly.replace(/\s+/g, "")}`));
      }
    },
  );
});
