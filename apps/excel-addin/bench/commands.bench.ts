import type { ExcelSim } from "@planbook/excel-sim";
import { bench, describe } from "vitest";
import { refreshProgress } from "../src/office/refresh";
import { bigSim } from "../src/office/sim-fixtures";
import { validateGoals } from "../src/office/validate";

/**
 * JS time of the ribbon commands at 2,000 goals in excel-sim (the binding, the engine and the
 * sim's own bookkeeping; no network round trips). A fresh workbook per run: Validate leaves marks.
 */
const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;
let sim: ExcelSim;
const fresh = async () => {
  sim = await bigSim(2000, "zh-CN");
};

describe("2,000 goals in excel-sim", () => {
  bench(
    "Validate goals",
    async () => {
      const { summary } = await sim.run((ctx) => validateGoals(asExcel(ctx), { lang: "zh-CN" }));
      if (summary.goals !== 2000) throw new Error(`validated ${summary.goals} goals, not 2,000`);
    },
    {
      setup: fresh,
      iterations: 5,
      time: 0,
    },
  );
  bench(
    "Refresh progress",
    async () => {
      const { progress } = await sim.run((ctx) => refreshProgress(asExcel(ctx), { lang: "zh-CN" }));
      if (progress.goals.length !== 2000) throw new Error(`refreshed ${progress.goals.length} goals`);
    },
    {
      setup: fresh,
      iterations: 5,
      time: 0,
    },
  );
});
