import { getCell, saveXlsx, type WorkbookModel } from "@planbook/excel-sim";
import { goalsTable, progressWorkbook, validateWorkbook } from "@planbook/workbook";
import { readWorkbookBuffer } from "@planbook/xlsx";
import { describe, expect, it } from "vitest";
import { refreshProgress } from "./refresh";
import { changedKeys, columnName, fingerprint, simOf } from "./sim-fixtures";
import { validateGoals } from "./validate";

const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;

/**
 * What operators do to a generated workbook: rename the Goals sheet (to a name Excel quotes),
 * insert their own column in the middle of tblGoals, and swap two input columns.
 */
function rearrange(wb: WorkbookModel): { sheet: string; userColumn: number } {
  const goals = wb.tables.find((t) => t.name === "tblGoals")!;
  goals.sheet.name = "Goals 2027";
  const { rect, sheet } = goals;
  const header = (name: string) =>
    [...sheet.rows.get(rect.r0)!.entries()].find(([, c]) => c.value === name)![0];
  const insertAt = header("Metric");
  for (let r = rect.r0; r <= rect.r1; r++) {
    const line = sheet.rows.get(r) ?? new Map();
    const moved = [...line.entries()].filter(([c]) => c >= insertAt).sort(([a], [b]) => b - a);
    for (const [c, cell] of moved) {
      line.delete(c);
      line.set(c + 1, cell);
    }
    line.set(insertAt, { value: r === rect.r0 ? "My notes" : `note ${r}` });
    sheet.rows.set(r, line);
  }
  rect.c1 += 1;
  const [a, b] = [header("Owner"), header("Baseline")];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const line = sheet.rows.get(r)!;
    const x = line.get(a);
    const y = line.get(b);
    if (y) line.set(a, y);
    else line.delete(a);
    if (x) line.set(b, x);
    else line.delete(b);
  }
  return { sheet: sheet.name, userColumn: insertAt };
}

describe("a workbook the user rearranged", () => {
  it("validates and refreshes by header, writing only tool columns, marks and the Dashboard", async () => {
    const sim = await simOf(10, "en");
    const { sheet, userColumn } = rearrange(sim.workbook);
    const raw = await readWorkbookBuffer(await saveXlsx(sim.workbook));
    const before = fingerprint(sim.workbook);

    const validated = await sim.run((ctx) => validateGoals(asExcel(ctx), { lang: "en" }));
    expect(validated.findings).toEqual(validateWorkbook(raw, { lang: "en" }).findings);
    const g2 = validated.findings.find((f) => f.rule === "goal.target.missing")!;
    expect(g2.sheet).toBe("Goals 2027");

    const refreshed = await sim.run((ctx) => refreshProgress(asExcel(ctx), { lang: "en" }));
    expect(refreshed.progress).toEqual(progressWorkbook(raw, { lang: "en" }).progress);
    expect(refreshed.formulasSkipped).toBeNull();

    const goals = sim.workbook.tables.find((t) => t.name === "tblGoals")!;
    const headers = [...goals.sheet.rows.get(goals.rect.r0)!.entries()];
    const colOf = (name: string) => headers.find(([, c]) => c.value === name)![0];
    const toolLetters = new Set(
      goalsTable.columns.filter((c) => c.toolOwned).map((c) => columnName(colOf(c.header.en))),
    );
    const outside = changedKeys(before, fingerprint(sim.workbook)).filter((k) => {
      const m = /^(.+)!([A-Z]+)(\d+)(#note)?$/.exec(k)!;
      if (m[1] === "Dashboard") return false;
      if (m[1] === sheet && toolLetters.has(m[2]!) && Number(m[3]) > goals.rect.r0) return false;
      return !isMark(sim.workbook, m[1]!, `${m[2]}${m[3]}`);
    });
    expect(outside).toEqual([]);
    expect(getCell(goals.sheet, goals.rect.r0 + 1, colOf("Check"))?.value).toBe("✓");
    expect(String(getCell(goals.sheet, goals.rect.r0 + 2, colOf("Check"))?.value)).toMatch(/^✗ /);
    // The user's column is untouched; the YTD Target formula reads the moved Baseline column.
    expect(getCell(goals.sheet, goals.rect.r0 + 1, userColumn)?.value).toBe(`note ${goals.rect.r0 + 1}`);
    const ytd = getCell(goals.sheet, goals.rect.r0 + 1, colOf("YTD Target"))?.formula ?? "";
    expect(ytd).toContain(`$${columnName(colOf("Baseline"))}${goals.rect.r0 + 1}`);
    expect(ytd).not.toContain(`$${columnName(colOf("Owner"))}${goals.rect.r0 + 1}`);
  });
});

function isMark(wb: WorkbookModel, sheet: string, cell: string): boolean {
  const stored = wb.settings.get("planbook.marks");
  if (!stored) return false;
  const saved = JSON.parse(stored) as { marks: { sheet: string; cell: string }[] };
  return saved.marks.some((m) => m.sheet === sheet && m.cell === cell);
}
