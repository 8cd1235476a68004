import { createExcelSim, loadXlsx } from "@planbook/excel-sim";
import { renderPlanWorkbook } from "@planbook/xlsx";
import { describe, expect, it } from "vitest";
import { validateGoals } from "../src/office/validate";
import { goalCell } from "./fixtures/locate";
import { defectivePlan } from "./fixtures/plan";
import { buildPlanXlsxWithExceljs } from "./fixtures/plan-workbook";

/**
 * The browser test's premise, checked in Node: both ways of making the plan workbook give a
 * workbook the binding reads, with each planted defect reported at the cell the test expects.
 */
const fixtures: [string, () => Promise<Buffer>][] = [
  [
    "renderPlanWorkbook",
    () =>
      renderPlanWorkbook(defectivePlan(), {
        lang: "en",
        generator: { name: "excel-addin test", version: "0" },
        keyDateIdeas: false,
      }),
  ],
  ["exceljs fallback", buildPlanXlsxWithExceljs],
];

describe.each(fixtures)("plan workbook from %s", (_name, make) => {
  it("has the planted defects where the browser test looks for them", async () => {
    const buffer = await make();
    const sim = createExcelSim(await loadXlsx(buffer));
    const { findings } = await sim.run((context) =>
      validateGoals(context as never, { lang: "en", notes: false }),
    );
    const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
    const target = await goalCell(buffer, "G2", "Target");
    const channel = await goalCell(buffer, "G4", "Channel");
    expect(at("goal.target.missing")).toEqual([`${target.sheet}!${target.address}`]);
    expect(at("goal.channel.unknown")).toEqual([`${channel.sheet}!${channel.address}`]);
    expect(findings.filter((f) => f.rule === "goal.period.invalid").map((f) => f.ref)).toEqual(["G3"]);
    // G1 is a sound goal apart from its ambitious growth.
    expect(findings.filter((f) => f.ref === "G1" && f.severity === "error")).toEqual([]);
  });
});
