import { validateWorkbook } from "@planbook/workbook";
import { readWorkbookBuffer } from "@planbook/xlsx";
import { describe, expect, it, vi } from "vitest";
import { parseMarks } from "./marks";
import { readRawWorkbook } from "./read";
import { changedKeys, fingerprint, generatedWorkbook, simOf } from "./sim-fixtures";
import { validateGoals } from "./validate";

const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;

describe("readRawWorkbook", () => {
  it("reads the same RawWorkbook as the xlsx reader, in two syncs", async () => {
    const sim = await simOf(10, "zh-CN");
    const fromFile = await readWorkbookBuffer(await generatedWorkbook(10, "zh-CN"));
    const raw = await sim.run((ctx) => readRawWorkbook(asExcel(ctx), { lang: "zh-CN" }));
    expect(sim.stats.syncs).toBe(2);
    expect(raw.tables).toEqual(fromFile.tables);
    expect(raw.names).toEqual(fromFile.names);
    expect(raw.meta).toEqual(fromFile.meta);
    expect(raw.sheetNames).toEqual(fromFile.sheetNames);
  });
});

describe("validateGoals", () => {
  it("reports exactly validateWorkbook's findings on the file, in three syncs", async () => {
    for (const lang of ["zh-CN", "en"] as const) {
      const sim = await simOf(10, lang);
      const expected = validateWorkbook(await readWorkbookBuffer(await generatedWorkbook(10, lang)), {
        lang,
      }).findings;
      const result = await sim.run((ctx) => validateGoals(asExcel(ctx), { lang }));
      expect(result.findings).toEqual(expected);
      expect(sim.stats.syncs).toBe(3);
      // The planted defects are among them, at their cells.
      const rules = result.findings.map((f) => `${f.rule}@${f.ref}`);
      expect(rules).toEqual(
        expect.arrayContaining([
          "goal.target.missing@G2",
          "goal.channel.unknown@G3",
          "goal.owner.missing@G5",
        ]),
      );
      expect(result.summary.errors).toBe(expected.filter((f) => f.severity === "error").length);
      expect(result.summary.goals).toBe(10);
    }
  });

  it("changes only the Check column, its marks and the marks setting", async () => {
    const sim = await simOf(10, "en");
    const goals = sim.workbook.tables.find((t) => t.name === "tblGoals")!;
    // A user's own note on a cell that gets marked must survive.
    const targetCol = [...goals.sheet.rows.get(goals.rect.r0)!.entries()].find(
      ([, c]) => c.value === "Target",
    )![0];
    const checkCol = [...goals.sheet.rows.get(goals.rect.r0)!.entries()].find(
      ([, c]) => c.value === "Check",
    )![0];
    const g2Row = goals.rect.r0 + 2;
    goals.sheet.notes.push({ row: g2Row, col: targetCol, content: "ask the boss", author: "me" });
    const before = fingerprint(sim.workbook);

    const result = await sim.run((ctx) => validateGoals(asExcel(ctx), { lang: "en" }));
    const after = fingerprint(sim.workbook);
    const marks = parseMarks(JSON.parse(sim.workbook.settings.get("planbook.marks") ?? "null"));
    const letter = (c: number) => String.fromCharCode(64 + c);
    const allowed = new Set<string>();
    for (let r = goals.rect.r0 + 1; r <= goals.rect.r1; r++) allowed.add(`Goals!${letter(checkCol)}${r}`);
    for (const m of marks.marks) {
      allowed.add(`${m.sheet}!${m.cell}`);
      allowed.add(`${m.sheet}!${m.cell}#note`);
    }
    const changed = changedKeys(before, after);
    expect(changed.filter((k) => !allowed.has(k))).toEqual([]);
    expect(marks.marks.length).toBe(result.summary.marked);

    // G2's missing Target is marked red; the user's note there is kept and no note is added.
    const g2Target = marks.marks.find(
      (m) => m.sheet === "Goals" && m.cell === `${letter(targetCol)}${g2Row}`,
    );
    expect(g2Target).toMatchObject({ fill: "#FFC7CE", note: null });
    expect(goals.sheet.notes.filter((n) => n.row === g2Row && n.col === targetCol)).toEqual([
      { row: g2Row, col: targetCol, content: "ask the boss", author: "me" },
    ]);
    // G5's missing owner is a warning: amber, with the message as a note.
    const ownerMark = marks.marks.find((m) => m.note?.includes("G5"));
    expect(ownerMark?.fill).toBe("#FFEB9C");
    // Check column: ✓ on clean rows, ✗ + message on G2.
    const check = (row: number) => goals.sheet.rows.get(row)?.get(checkCol)?.value;
    expect(check(goals.rect.r0 + 1)).toBe("✓");
    expect(String(check(g2Row))).toMatch(/^✗ /);
  });

  it("removes its previous marks on the next run, but not fills the user changed", async () => {
    const sim = await simOf(10, "en");
    await sim.run((ctx) => validateGoals(asExcel(ctx), { lang: "en" }));
    const first = parseMarks(JSON.parse(sim.workbook.settings.get("planbook.marks") ?? "null")).marks;
    const goals = sim.workbook.tables.find((t) => t.name === "tblGoals")!;
    const header = [...goals.sheet.rows.get(goals.rect.r0)!.entries()];
    const col = (name: string) => header.find(([, c]) => c.value === name)![0];
    // Fix G3's channel and G5's owner; recolour the G2 Target mark by hand.
    goals.sheet.rows.get(goals.rect.r0 + 3)!.get(col("Channel"))!.value = "抖音";
    goals.sheet.rows.get(goals.rect.r0 + 5)!.get(col("Owner"))!.value = "Wang Wu";
    const g2Target = goals.sheet.rows.get(goals.rect.r0 + 2)!.get(col("Target"))!;
    g2Target.fill = "#00B050";

    const result = await sim.run((ctx) => validateGoals(asExcel(ctx), { lang: "en" }));
    expect(result.findings.some((f) => f.ref === "G3" && f.rule === "goal.channel.unknown")).toBe(false);
    const g3Channel = goals.sheet.rows.get(goals.rect.r0 + 3)!.get(col("Channel"))!;
    expect(g3Channel.fill).toBeUndefined();
    const ownerCell = goals.sheet.rows.get(goals.rect.r0 + 5)!.get(col("Owner"))!;
    expect(ownerCell.fill).toBeUndefined();
    expect(goals.sheet.notes.some((n) => n.row === goals.rect.r0 + 5)).toBe(false);
    // Still an error, but the user's green stays: only a cell still in our colour is ours to clear…
    expect(g2Target.fill).toBe("#00B050");
    // …and the first run's marks were real.
    expect(first.length).toBeGreaterThan(2);
  });

  it("rejects with tables.missing when there is no goals table", async () => {
    const { createExcelSim, emptyWorkbook, addSheet } = await import("@planbook/excel-sim");
    const wb = emptyWorkbook();
    addSheet(wb, "Sheet1");
    const sim = createExcelSim(wb);
    await expect(sim.run((ctx) => validateGoals(asExcel(ctx), { lang: "en" }))).rejects.toMatchObject({
      code: "tables.missing",
      tables: expect.arrayContaining(["tblGoals", "tblActuals"]),
      message: expect.stringMatching(/Create plan sheets/),
    });
  });

  it("gives the timeout message when a sync hangs", async () => {
    const sim = await simOf(10, "zh-CN");
    sim.hangSync(2);
    // On the fake clock: the message comes when the 80 ms run out, not before (a wall-clock bound
    // would be a timed test, and without one a broken timeout would only show as vitest's own).
    vi.useFakeTimers();
    try {
      let settled = false;
      const run = sim.run((ctx) => validateGoals(asExcel(ctx), { lang: "zh-CN", timeoutMs: 80 }));
      const outcome = expect(run).rejects.toMatchObject({
        code: "sync.timeout",
        message: expect.stringMatching(/^读取计划表格时 Excel 在 0\.1 秒内没有响应/),
      });
      run
        .catch(() => {})
        .finally(() => {
          settled = true;
        });
      await vi.advanceTimersByTimeAsync(79);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await outcome;
      expect(settled).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
