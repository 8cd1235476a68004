import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Plan } from "@planbook/core";
import { readPlan } from "@planbook/workbook";
import { describe, expect, it } from "vitest";
import { readWorkbookBuffer } from "../src/read";
import { renderPlanWorkbook } from "../src/render/render-plan";
import { readEntries } from "../src/zip/read";
import { writeZip } from "../src/zip/write";

const plan = Plan.parse({
  brand: { id: "demo", name: "Demo" },
  year: 2027,
  language: "en",
  objectives: [{ id: "O1", objective: "Grow" }],
  channels: [{ channel: "Instagram", maxConcurrentCampaigns: 2 }],
  strategies: [{ id: "S1", area: "content", strategy: "Stories", goalIds: ["G1"] }],
  goals: [
    {
      id: "G1",
      objectiveId: "O1",
      dimension: "growth",
      metric: "Followers",
      channel: "Instagram",
      unit: "count",
      aggregation: "last",
      direction: "increase",
      baseline: 1000,
      target: 1500,
      start: "2027-03-01",
      owner: "Ann",
      strategyIds: ["S1"],
    },
  ],
  actuals: [
    { goalId: "G1", months: [1100, 1200, null, null, null, null, null, null, null, null, null, null] },
  ],
});

describe("workbooks written by other tools", () => {
  it("reads tables whose XML omits headerRowCount, as Excel writes them", async () => {
    const original = await renderPlanWorkbook(plan, { lang: "en", generator: { name: "t", version: "0" } });
    const entries = await readEntries(original);
    const excelStyle = writeZip(
      entries.map((e) =>
        e.name.startsWith("xl/tables/")
          ? { name: e.name, data: Buffer.from(e.data.toString("utf8").replace(/ headerRowCount="1"/g, "")) }
          : e,
      ),
      { compression: "deflate" },
    );
    expect(excelStyle.toString("latin1")).not.toContain('headerRowCount="1"');
    const a = readPlan(await readWorkbookBuffer(original));
    const b = readPlan(await readWorkbookBuffer(excelStyle));
    expect(b.plan).toEqual(a.plan);
    expect(b.plan.goals[0]?.target).toBe(1500);
  });

  it("reads a workbook re-saved by LibreOffice Calc as the same plan", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "planbook-lo-"));
    const src = path.join(dir, "plan.xlsx");
    writeFileSync(
      src,
      await renderPlanWorkbook(plan, { lang: "en", generator: { name: "t", version: "0" } }),
    );
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        path.join(dir, "lo"),
        src,
      ],
      { stdio: "ignore", timeout: 170_000 },
    );
    const resaved = await readWorkbookBuffer(readFileSync(path.join(dir, "lo", "plan.xlsx")));
    const original = await readWorkbookBuffer(readFileSync(src));
    // LibreOffice may list a sheet's tables in another order
    const where = (raw: typeof original) =>
      raw.tables.map((t) => [t.name, t.sheet, t.headerRow, t.firstColumn].join(" ")).sort();
    expect(where(resaved)).toEqual(where(original));
    expect(resaved.names.PlanYear?.value).toBe(2027);
    const a = readPlan(original);
    const b = readPlan(resaved);
    rmSync(dir, { recursive: true, force: true });
    expect(b.plan).toEqual(a.plan);
  }, 180_000);
});
