import { Plan } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { DEFAULT_READ_LIMITS } from "../src/read/limits";
import { readXlsxPackage } from "../src/read/ooxml/read-package";
import { renderPlanWorkbook } from "../src/render/render-plan";
import { readEntries } from "../src/zip/read";
import { writeZip } from "../src/zip/write";

/** The reader on the generator's own workbooks (here, not in src/read: read/ does not import render/). */
describe("reading a generated workbook", () => {
  it("does not inflate a sheet that only a built-in name (print area, print titles) refers to", async () => {
    const plan = Plan.parse({ brand: { id: "b", name: "B" }, year: 2027, language: "en" });
    const generated = await renderPlanWorkbook(plan, { lang: "en", generator: { name: "t", version: "0" } });
    const entries = await readEntries(generated);
    const workbook = entries.find((e) => e.name === "xl/workbook.xml")?.data.toString("utf8") ?? "";
    // the generator gives the dashboard a print area and no table: it is never needed to read a plan
    expect(workbook).toMatch(/_xlnm\.Print_Area[^>]*>(&apos;)?Dashboard(&apos;)?!/);
    const rels = entries.find((e) => e.name === "xl/_rels/workbook.xml.rels")?.data.toString("utf8") ?? "";
    const rid = /<sheet [^>]*name="Dashboard"[^>]*r:id="(rId\d+)"/.exec(workbook)?.[1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    const dashboardPart = `xl/${target.replace(/^\/?xl\//, "")}`;
    const damaged = entries.map((e) =>
      e.name === dashboardPart ? { name: e.name, data: Buffer.from("<worksheet><not-closed>") } : e,
    );
    expect(damaged.some((e) => e.name === dashboardPart)).toBe(true);
    const intact = await readXlsxPackage(generated, "g.xlsx", DEFAULT_READ_LIMITS);
    const read2 = await readXlsxPackage(
      writeZip(damaged, { compression: "deflate" }),
      "g.xlsx",
      DEFAULT_READ_LIMITS,
    );
    expect(read2).toEqual(intact);
  });
});
