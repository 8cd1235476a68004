import { readFileSync } from "node:fs";
import type { Language, Plan } from "@planbook/core";
import { planToTableRows, type RawCell, readPlan, SHEETS, TABLES } from "@planbook/workbook";
import { readWorkbookBuffer } from "@planbook/xlsx";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { bundledConfigPath } from "../src/bundled-config";
import { parseConfig } from "../src/config/load";
import { configToPlans } from "../src/config/to-plan";

function stridePlan(): Plan {
  const parsed = parseConfig(readFileSync(bundledConfigPath(), "utf8"), "brands.yaml", "en");
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const plan = configToPlans(parsed.config, { defaultYear: 2027 }).find(
    (p) => p.brand.id === "stride-athletics",
  );
  if (!plan) throw new Error("no stride plan");
  return plan;
}

interface Shape {
  lang: Language;
  /** Column order as a permutation of the spec's column indexes. */
  order: (n: number) => number[];
  extraColumns: boolean;
  sheetName: (specName: string) => string;
  origin: { row: number; col: number };
}

const toCell = (v: RawCell): ExcelJS.CellValue =>
  v !== null && typeof v === "object" ? { error: v.error as ExcelJS.ErrorValue } : v;

/** A plan workbook built from scratch with exceljs, in a given shape (no meta sheet, no formulas). */
async function build(plan: Plan, shape: Shape): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const rows = planToTableRows(plan, shape.lang);
  for (const sheet of SHEETS) {
    if (sheet.tables.length === 0) continue;
    const ws = wb.addWorksheet(shape.sheetName(sheet.name[shape.lang]));
    let col = shape.origin.col;
    for (const spec of sheet.tables) {
      const order = shape.order(spec.columns.length);
      const headers = order.map((i) => spec.columns[i]?.header[shape.lang] ?? "");
      const body = (rows[spec.name] ?? []).map((r) => order.map((i) => toCell(r[i] ?? null)));
      if (shape.extraColumns) {
        headers.splice(1, 0, shape.lang === "en" ? "My notes" : "我的备注");
        headers.push("Extra");
        for (const r of body) {
          r.splice(1, 0, "scribble 12万");
          r.push(42);
        }
      }
      ws.addTable({
        name: spec.name,
        ref: `${String.fromCharCode(64 + col)}${shape.origin.row}`,
        headerRow: true,
        columns: headers.map((name) => ({ name })),
        rows: body,
      });
      col += headers.length + 1;
    }
  }
  const settings = wb.getWorksheet(
    shape.sheetName(SHEETS.find((s) => s.kind === "settings")?.name[shape.lang] ?? ""),
  );
  if (!settings) throw new Error("no settings sheet");
  settings.getCell("Z1").value = plan.year;
  settings.getCell("Z2").value = plan.brand.name;
  settings.getCell("Z3").value = plan.settings.currency;
  wb.definedNames.add(`'${settings.name}'!$Z$1`, "PlanYear");
  wb.definedNames.add(`'${settings.name}'!$Z$2`, "Brand");
  wb.definedNames.add(`'${settings.name}'!$Z$3`, "Currency");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("columns found by header text, never by position", () => {
  it("a workbook with columns reordered, headers in the other language, extra columns and moved tables reads the same", async () => {
    const plan = stridePlan();
    const plain = await build(plan, {
      lang: "en",
      order: (n) => [...Array(n).keys()],
      extraColumns: false,
      sheetName: (s) => s,
      origin: { row: 1, col: 1 },
    });
    const shuffled = await build(plan, {
      lang: "zh-CN",
      // reversed, then the first two swapped: no column keeps its position
      order: (n) => {
        const r = [...Array(n).keys()].reverse();
        if (n > 1) [r[0], r[1]] = [r[1] ?? 0, r[0] ?? 0];
        return r;
      },
      extraColumns: true,
      sheetName: (s) => `${s} (2)`,
      origin: { row: 3, col: 2 },
    });
    const a = readPlan(await readWorkbookBuffer(plain), { brandId: "stride-athletics" });
    const b = readPlan(await readWorkbookBuffer(shuffled), { brandId: "stride-athletics" });
    expect(a.language).toBe("en");
    expect(b.language).toBe("zh-CN");
    expect({ ...b.plan, language: "en" }).toEqual(a.plan);
    expect(a.plan.goals).toHaveLength(plan.goals.length);
    expect(a.plan.goals).toEqual(plan.goals);
    expect(b.findings.filter((f) => f.rule.startsWith("sheet."))).toEqual([]);
    expect(TABLES.every((t) => b.tables.some((m) => m.table === t.name))).toBe(true);
  });
});
