import type { Language, Plan } from "@planbook/core";
import { describe, expect, it } from "vitest";
import type { RawWorkbook } from "../grid/raw";
import { SHEETS, TABLES } from "../layout/spec";
import { planToTableRows } from "../write/rows";
import { planWorkbook } from "./fixture-plan";
import { readPlan } from "./read-plan";

/** The workbook the generator would write for a plan, as an adapter would read it back. */
function writtenWorkbook(plan: Plan, lang: Language): RawWorkbook {
  const rows = planToTableRows(plan, lang);
  const settingsSheet = SHEETS.find((s) => s.kind === "settings")?.name[lang] ?? "";
  const s = plan.settings;
  const named: [string, number | string | null][] = [
    ["PlanYear", plan.year],
    ["Brand", plan.brand.name],
    ["Currency", s.currency],
    ["AsOfMonth", s.asOfMonth],
    ["OnTrackThreshold", s.onTrackThreshold],
    ["AtRiskThreshold", s.atRiskThreshold],
    ["MaxGrowth", s.maxGrowth],
  ];
  return {
    tables: TABLES.map((t, i) => ({
      name: t.name,
      sheet: SHEETS.find((sh) => sh.tables.includes(t))?.name[lang] ?? "",
      headerRow: 3 + i,
      firstColumn: 1,
      headers: t.columns.map((c) => c.header[lang]),
      rows: rows[t.name] ?? [],
    })),
    names: Object.fromEntries(
      named.map(([name, value], i) => [name, { value, sheet: settingsSheet, cell: `B${i + 2}` }]),
    ),
    meta: { brandId: plan.brand.id, language: lang },
    sheetNames: SHEETS.map((sh) => sh.name[lang]),
  };
}

describe("what the writer writes, the reader reads back", () => {
  const original = readPlan(planWorkbook("zh-CN")).plan;

  it.each(["zh-CN", "en"] as const)("%s workbook", (lang) => {
    const back = readPlan(writtenWorkbook(original, lang));
    expect(back.findings).toEqual([]);
    expect({ ...back.plan, language: original.language }).toEqual(original);
  });
});
