import { metaRows, readPlan } from "@planbook/workbook";
import { describe, expect, it } from "vitest";
import { readWorkbookBuffer } from "../read";
import { renderPlanWorkbook } from "./render-plan";
import { progressFixture } from "./test-support/fixture";

const generator = { name: "planbook", version: "1.2.3" };

describe("the meta sheet", () => {
  it("keeps brand.industry through a render and read", async () => {
    const fixture = progressFixture("en", null);
    const plan = { ...fixture, brand: { ...fixture.brand, industry: "Specialty coffee" } };
    const raw = await readWorkbookBuffer(await renderPlanWorkbook(plan, { lang: "en", generator }));
    // The sheet holds exactly the layout's rows, in order.
    expect(Object.entries(raw.meta)).toEqual(metaRows(plan, "en", generator));
    expect(raw.meta.industry).toBe("Specialty coffee");
    expect(readPlan(raw).plan.brand).toEqual({
      id: "lumen-coffee",
      name: "Lumen Coffee",
      industry: "Specialty coffee",
    });
  });

  it("writes no industry row for a plan without one", async () => {
    const raw = await readWorkbookBuffer(
      await renderPlanWorkbook(progressFixture("zh-CN", null), { lang: "zh-CN", generator }),
    );
    expect(Object.keys(raw.meta)).not.toContain("industry");
    expect(readPlan(raw).plan.brand.industry).toBeNull();
  });
});
