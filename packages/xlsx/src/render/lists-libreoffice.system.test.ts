import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Language, PHASING_LABELS } from "@planbook/core";
import { COLUMN_LISTS } from "@planbook/workbook";
import { beforeAll, describe, expect, it } from "vitest";
import { python, recalculateWithLibreOffice, tempDir } from "../../../../test-support/libreoffice";
import { renderPlanWorkbook } from "./render-plan";
import { progressFixture } from "./test-support/fixture";

/**
 * Adds a row to each list's source table (extending the table, as typing below it does in Excel,
 * or filling its first blank spare row) and a probe sheet asking each list name for its size, last
 * item and how often it holds the added item; also reports the data validations of the goals and
 * campaigns sheets.
 */
const EXTEND = `
import json, sys, openpyxl
from openpyxl.utils import range_boundaries, get_column_letter
src, dst = sys.argv[1:3]
adds = json.loads(sys.argv[3])
wb = openpyxl.load_workbook(src)
for ws in wb:
    for t in list(ws.tables.values()):
        name = t.name
        if name not in adds: continue
        c1, r1, c2, r2 = range_boundaries(t.ref)
        # the first row whose first cell is blank, else a new row below the table
        row = next((r for r in range(r1 + 1, r2 + 1) if ws.cell(r, c1).value in (None, "")), r2 + 1)
        ws.cell(row, c1).value = adds[name]
        t.ref = f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{max(r2, row)}"
        if t.autoFilter is not None: t.autoFilter.ref = t.ref
probe = wb.create_sheet("Probe")
for i, (n, added) in enumerate(json.loads(sys.argv[4]).items()):
    probe.cell(i + 1, 1).value = n
    probe.cell(i + 1, 2).value = f"=ROWS({n})"
    probe.cell(i + 1, 3).value = f"=INDEX({n},ROWS({n}))"
    probe.cell(i + 1, 4).value = f'=COUNTIF({n},"{added}")'

out = {}
for ws in wb:
    for dv in ws.data_validations.dataValidation:
        out.setdefault(ws.title, []).append({"sqref": str(dv.sqref), "type": dv.type, "formula1": dv.formula1,
            "errorStyle": dv.errorStyle, "prompt": dv.prompt, "showInputMessage": dv.showInputMessage})
wb.save(dst)
print(json.dumps(out, ensure_ascii=False))
`;

const READ_PROBE = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
print(json.dumps([[c.value for c in row] for row in wb["Probe"].iter_rows()], ensure_ascii=False))
`;

const ADDED = {
  tblChannels: "快手",
  tblObjectives: "O9",
  tblStrategies: "S9",
  tblSeasonality: "Winter",
  tblGoals: "G99",
};
/** Each list name and the row added to its source table, which the list must then hold once. */
const LISTS = {
  lstChannels: ADDED.tblChannels,
  lstObjectiveIds: ADDED.tblObjectives,
  lstStrategyIds: ADDED.tblStrategies,
  lstGoalIds: ADDED.tblGoals,
  lstPhasing: ADDED.tblSeasonality,
};
const NAMES = Object.keys(LISTS);
type Validation = {
  sqref: string;
  type: string;
  formula1: string;
  errorStyle: string;
  prompt: string | null;
};
const results = new Map<
  Language,
  { validations: Record<string, Validation[]>; probe: (string | number)[][] }
>();

beforeAll(async () => {
  const dir = await tempDir("lists");
  const files: string[] = [];
  const validations = new Map<Language, Record<string, Validation[]>>();
  for (const lang of ["zh-CN", "en"] as const) {
    const raw = join(dir, `raw-${lang}.xlsx`);
    const file = join(dir, `lists-${lang}.xlsx`);
    await writeFile(
      raw,
      await renderPlanWorkbook(progressFixture(lang, 6), {
        lang,
        generator: { name: "planbook", version: "0" },
      }),
    );
    validations.set(lang, await python(EXTEND, [raw, file, JSON.stringify(ADDED), JSON.stringify(LISTS)]));
    files.push(file);
  }
  const out = join(dir, "out");
  await recalculateWithLibreOffice(files, out);
  for (const lang of ["zh-CN", "en"] as const) {
    const probe = await python<(string | number)[][]>(READ_PROBE, [join(out, `lists-${lang}.xlsx`)]);
    results.set(lang, { validations: validations.get(lang)!, probe });
  }
}, 240_000);

describe.each(["zh-CN", "en"] as const)("dropdown lists of the %s workbook", (lang) => {
  const plan = progressFixture(lang, 6);
  const probe = (name: string) => results.get(lang)!.probe.find((r) => r[0] === name)!;

  it("resolve in LibreOffice to the source tables, rows added later included", () => {
    expect(probe("lstChannels")).toEqual(["lstChannels", plan.channels.length + 1, "快手", 1]);
    expect(probe("lstObjectiveIds")).toEqual(["lstObjectiveIds", plan.objectives.length + 1, "O9", 1]);
    expect(probe("lstStrategyIds").slice(2)).toEqual(["S9", 1]);
    // linear, custom, then every profile: the one added last at the end
    expect(probe("lstPhasing")).toEqual([
      "lstPhasing",
      2 + plan.settings.seasonality.length + 1,
      "Winter",
      1,
    ]);
    // The goal added (into a spare row or below) is offered by every goal-ID dropdown and the chart picker.
    expect(probe("lstGoalIds")[1]).toBeGreaterThan(plan.goals.length);
    expect(probe("lstGoalIds")[3]).toBe(1);
  });

  it("back the ID, channel and phasing columns, warning (never stopping) on multi-ID cells, with prompts", () => {
    const all = Object.values(results.get(lang)!.validations).flat();
    const listed = all.filter((v) => v.type === "list" && v.formula1.startsWith("lst"));
    const used = new Set(listed.map((v) => v.formula1));
    for (const name of NAMES) expect(used, name).toContain(name);
    expect(listed.every((v) => v.errorStyle === "warning")).toBe(true);
    // one per listed table column, plus the Dashboard's chart goal picker
    expect(listed).toHaveLength(Object.keys(COLUMN_LISTS).length + 1);
    const prompts = all.filter((v) => v.prompt).map((v) => v.prompt);
    expect(prompts.length).toBeGreaterThanOrEqual(5);
    expect(all.find((v) => v.formula1 === "lstPhasing")!.prompt).toContain(PHASING_LABELS.custom[lang]);
  });
});
