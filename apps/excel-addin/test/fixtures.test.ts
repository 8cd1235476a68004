import { createExcelSim, loadXlsx } from "@planbook/excel-sim";
import { describe, expect, it } from "vitest";
import { validateGoals } from "../src/office/validate";
import { defectiveWorkbook } from "./fixtures/defective-workbook";
import { goalCell } from "./fixtures/locate";
import { buildPlanXlsxWithExceljs } from "./fixtures/plan-workbook";

/**
 * The browser test's premise, checked in Node: both ways of making the plan workbook give a
 * workbook the binding reads, with each planted defect reported at the cell the test expects.
 */
const fixtures: [string, () => Promise<Buffer>][] = [
  ["renderPlanWorkbook", defectiveWorkbook],
  ["exceljs fallback", buildPlanXlsxWithExceljs],
];

describe.each(fixtures)("plan workbook from %s", (_name, make) => {
  it("has the planted defects where the browser test looks for them", async () => {
    // Loaded once: the cells are located before Validate goals writes into the same model.
    const workbook = await loadXlsx(await make());
    const target = await goalCell(workbook, "G2", "Target");
    const channel = await goalCell(workbook, "G4", "Channel");
    const sim = createExcelSim(workbook);
    const { findings } = await sim.run((context) =>
      validateGoals(context as never, { lang: "en", notes: false }),
    );
    const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
    expect(at("goal.target.missing")).toEqual([`${target.sheet}!${target.address}`]);
    expect(at("goal.channel.unknown")).toEqual([`${channel.sheet}!${channel.address}`]);
    expect(findings.filter((f) => f.rule === "goal.period.invalid").map((f) => f.ref)).toEqual(["G3"]);
    // G1 is a sound goal apart from its ambitious growth.
    expect(findings.filter((f) => f.ref === "G1" && f.severity === "error")).toEqual([]);
  });
});
