import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Language } from "@planbook/core";
import {
  CHART_NAMES,
  CHART_PICK_CELL,
  dashboardChartLayout,
  dashboardCharts,
  goalChannels,
  monthlyTitleFormula,
  SHEETS,
} from "@planbook/workbook";
import { planAsRendered } from "@planbook/workbook/write-plan";
import { beforeAll, describe, expect, it } from "vitest";
import { python, tempDir } from "../../../../../test-support/libreoffice";
import { readEntries } from "../../zip/read";
import { renderPlanWorkbook } from "../render-plan";
import { progressFixture } from "../test-support/fixture";
import { child, children, DUMP_PARTS, descendants, resolveTarget, type XmlNode } from "../test-support/ooxml";

const run = promisify(execFile);
const generator = { name: "planbook", version: "0.0.0-test" };
type Parts = Record<string, XmlNode>;
const files = new Map<Language, string>();
const dumps = new Map<Language, Parts>();

const LIST_CHARTS = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
# a combined chart (columns + line) reads as its first chart with the others in _charts
print(json.dumps([[ws.title, [[type(x).__name__, s.val.numRef.f] for x in (getattr(c, "_charts", None) or [c]) for s in x.series]]
                  for ws in wb for c in ws._charts], ensure_ascii=False))
`;

beforeAll(async () => {
  const dir = await tempDir("charts");
  for (const lang of ["zh-CN", "en"] as const) {
    const file = join(dir, `${lang}.xlsx`);
    await writeFile(file, await renderPlanWorkbook(progressFixture(lang, 6), { lang, generator }));
    files.set(lang, file);
    dumps.set(lang, await python<Parts>(DUMP_PARTS, [file]));
  }
}, 120_000);

const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");
function rels(parts: Parts, owner: string) {
  const x = parts[relsOf(owner)];
  return x
    ? children(x, "Relationship").map((r) => ({
        id: r.a.Id!,
        type: r.a.Type!,
        target: resolveTarget(owner, r.a.Target!),
      }))
    : [];
}

describe.each(["zh-CN", "en"] as const)("the native charts of the %s workbook", (lang) => {
  const parts = () => dumps.get(lang)!;
  const dashName = SHEETS.find((s) => s.kind === "dashboard")!.name[lang];
  const plan = planAsRendered(progressFixture(lang, 6), lang, {});
  const specs = dashboardCharts(dashboardChartLayout(goalChannels(plan).length), lang);
  const dashPart = () => {
    const wb = parts()["xl/workbook.xml"]!;
    const sheet = children(child(wb, "sheets")!, "sheet").find((s) => s.a.name === dashName)!;
    return rels(parts(), "xl/workbook.xml").find((r) => r.id === sheet.a["r:id"])!.target;
  };

  it("anchors one drawing on the Dashboard only, with one frame per chart, each linked to a typed chart part", () => {
    const withDrawing = Object.entries(parts()).filter(
      ([name, x]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name) && child(x, "drawing"),
    );
    expect(withDrawing.map(([name]) => name)).toEqual([dashPart()]);
    const drawingId = child(parts()[dashPart()]!, "drawing")!.a["r:id"];
    const drawing = rels(parts(), dashPart()).find((r) => r.id === drawingId)!;
    expect(drawing.type).toMatch(/\/drawing$/);
    const anchors = children(parts()[drawing.target]!, "xdr:twoCellAnchor");
    expect(anchors.map((a) => descendants(a, "xdr:cNvPr")[0]!.a.name)).toEqual(specs.map((s) => s.name));
    const types = parts()["[Content_Types].xml"]!;
    const override = (part: string) =>
      children(types, "Override").find((o) => o.a.PartName === `/${part}`)?.a.ContentType;
    expect(override(drawing.target)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    anchors.forEach((a, i) => {
      const from = child(a, "xdr:from")!;
      expect(Number(child(from, "xdr:col")!.x)).toBe(specs[i]!.from.column - 1);
      expect(Number(child(from, "xdr:row")!.x)).toBe(specs[i]!.from.row - 1);
      const chartRel = descendants(a, "c:chart")[0]!.a["r:id"];
      const target = rels(parts(), drawing.target).find((r) => r.id === chartRel)!.target;
      expect(override(target)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    });
  });

  it("points every series at the Dashboard cells the chart description names", () => {
    const drawingPart = rels(parts(), dashPart()).find((r) => r.type.endsWith("/drawing"))!.target;
    const chartParts = rels(parts(), drawingPart).map((r) => r.target);
    const q = (a1: string) => `'${dashName}'!${a1}`;
    chartParts.forEach((part, i) => {
      const spec = specs[i]!;
      const sers = descendants(parts()[part]!, "c:ser");
      expect(sers).toHaveLength(spec.series.length);
      sers.forEach((ser, k) => {
        const f = (tag: string) => descendants(child(ser, tag)!, "c:f")[0]!.x;
        expect(f("c:tx")).toBe(q(spec.series[k]!.name));
        expect(f("c:cat")).toBe(q(spec.categories));
        expect(f("c:val")).toBe(q(spec.series[k]!.values));
        const colour = descendants(ser, "a:srgbClr")[0]!.a.val;
        expect(colour).toBe(spec.series[k]!.colour);
      });
      const kinds =
        parts()[part]!.c.length > 0 ? descendants(parts()[part]!, "c:plotArea")[0]!.c.map((c) => c.t) : [];
      expect(kinds).toContain(spec.key === "monthly" ? "c:lineChart" : "c:barChart");
    });
  });

  it("titles the monthly chart from its title cell, which holds the title formula over the picker", () => {
    const drawingPart = rels(parts(), dashPart()).find((r) => r.type.endsWith("/drawing"))!.target;
    const chartParts = rels(parts(), drawingPart).map((r) => r.target);
    chartParts.forEach((part, i) => {
      const spec = specs[i]!;
      const title = descendants(parts()[part]!, "c:title")[0]!;
      const ref = descendants(title, "c:strRef")[0];
      if (spec.titleCell === undefined) {
        expect(ref, spec.key).toBeUndefined();
        expect(descendants(title, "a:t")[0]!.x).toBe(spec.title);
        return;
      }
      expect(descendants(ref!, "c:f")[0]!.x).toBe(`'${dashName}'!${spec.titleCell}`);
      const cell = descendants(parts()[dashPart()]!, "c").find(
        (c) => c.a.r === spec.titleCell!.replace(/\$/g, ""),
      );
      expect(child(cell!, "f")?.x).toBe(monthlyTitleFormula(lang));
    });
    expect(specs.filter((s) => s.titleCell).map((s) => s.key)).toEqual(["monthly"]);
  });

  it("gives the monthly chart's goal picker a dropdown over the goal IDs", () => {
    const dvs = descendants(parts()[dashPart()]!, "dataValidation");
    const pick = dvs.find((d) => d.a.sqref === CHART_PICK_CELL)!;
    expect(pick.a.type).toBe("list");
    expect(child(pick, "formula1")!.x).toBe("lstGoalIds");
  });

  it("writes well-formed chart and drawing parts (xmllint) that openpyxl lists", async () => {
    const entries = await readEntries(
      await import("node:fs/promises").then((fs) => fs.readFile(files.get(lang)!)),
    );
    const dir = await tempDir("chart-parts");
    const drawn = entries.filter((e) => /^xl\/(charts|drawings)\//.test(e.name));
    expect(drawn.length).toBe(specs.length + 2);
    for (const e of drawn) {
      const file = join(dir, e.name.replace(/\//g, "_"));
      await writeFile(file, e.data);
      await run("xmllint", ["--noout", file]);
    }
    // openpyxl reads every chart back on the Dashboard, each series (bar or line) over the cells the description names
    const listed = await python<[string, [string, string][]][]>(LIST_CHARTS, [files.get(lang)!]);
    expect(listed).toEqual(
      specs.map((spec) => [
        dashName,
        spec.series.map((s) => [s.kind === "line" ? "LineChart" : "BarChart", `'${dashName}'!${s.values}`]),
      ]),
    );
  });

  it("gives the same bytes for the same plan", async () => {
    const again = await renderPlanWorkbook(progressFixture(lang, 6), { lang, generator });
    const fs = await import("node:fs/promises");
    expect(again.equals(await fs.readFile(files.get(lang)!))).toBe(true);
  });
});

it("keeps the names the add-in finds its charts by", () => {
  expect(Object.values(CHART_NAMES)).toEqual([
    "Planbook.ByDimension",
    "Planbook.ByChannel",
    "Planbook.Monthly",
  ]);
});
