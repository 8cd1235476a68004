import { readFile } from "node:fs/promises";
import path from "node:path";
import { readEntries } from "@planbook/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedExamples, removeTempDirs, runInProcess, tempDir } from "./helpers";
import { type CellInput, type XlsxParts, XlsxSource } from "./xlsx-parts";

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

/** Where the finding must point: an exact cell, a row of a sheet, or just the table. */
type Expect = { sheet: string; cell: string } | { sheet: string; row: number } | { table: string };

interface Defect {
  rule: string;
  plant: (wb: XlsxParts) => Expect;
}

const goalCell = (wb: XlsxParts, id: string, header: string, value: CellInput): Expect => {
  const t = wb.table("tblGoals");
  return { sheet: "Goals", cell: t.set(t.row(id), header, value) };
};
const campaignCell = (wb: XlsxParts, id: string, header: string, value: CellInput): Expect => {
  const t = wb.table("tblCampaigns");
  return { sheet: "Campaigns", cell: t.set(t.row(id), header, value) };
};
const rowOf = (e: Expect): Expect =>
  "cell" in e ? { sheet: e.sheet, row: Number(/\d+$/.exec(e.cell)?.[0]) } : e;

/**
 * One planted defect per rule of docs/design.md#rules, each in its own copy of the generated Stride
 * workbook. A copy edits the XML of the sheets it touches (xlsx-parts.ts), milliseconds, so the fast
 * loop plants every rule too.
 */
const DEFECTS: Defect[] = [
  { rule: "goal.id.missing", plant: (wb) => goalCell(wb, "G03", "Goal ID", null) },
  { rule: "goal.id.duplicate", plant: (wb) => goalCell(wb, "G03", "Goal ID", "G02") },
  { rule: "goal.metric.missing", plant: (wb) => goalCell(wb, "G03", "Metric", null) },
  { rule: "goal.dimension.invalid", plant: (wb) => goalCell(wb, "G03", "Dimension", "Virality") },
  { rule: "goal.channel.unknown", plant: (wb) => goalCell(wb, "G03", "Channel", "Snapchat") },
  { rule: "goal.target.missing", plant: (wb) => goalCell(wb, "G03", "Target", null) },
  { rule: "goal.target.invalid", plant: (wb) => goalCell(wb, "G03", "Target", "lots") },
  { rule: "goal.percent.range", plant: (wb) => goalCell(wb, "G10", "Target", "150%") },
  { rule: "goal.baseline.missing", plant: (wb) => goalCell(wb, "G03", "Baseline", null) },
  { rule: "goal.target.not-ambitious", plant: (wb) => goalCell(wb, "G03", "Target", 3000000) },
  { rule: "goal.target.implausible", plant: (wb) => goalCell(wb, "G03", "Target", 40000000) },
  { rule: "goal.objective.missing", plant: (wb) => goalCell(wb, "G03", "Objective ID", null) },
  { rule: "goal.objective.unknown", plant: (wb) => goalCell(wb, "G03", "Objective ID", "O9") },
  {
    rule: "goal.strategy.missing",
    plant: (wb) => {
      // a strategy that lists the goal also supports it: take G03 out of S1's Goal IDs too
      const s = wb.table("tblStrategies");
      s.set(s.row("S1"), "Goal IDs", "G01, G04, G05, G06");
      return goalCell(wb, "G03", "Strategy IDs", null);
    },
  },
  { rule: "goal.strategy.unknown", plant: (wb) => goalCell(wb, "G03", "Strategy IDs", "S1, S9") },
  {
    rule: "goal.period.invalid",
    plant: (wb) => {
      goalCell(wb, "G03", "Start", d(2027, 10, 1));
      return rowOf(goalCell(wb, "G03", "Deadline", d(2027, 3, 1)));
    },
  },
  { rule: "goal.period.outside-year", plant: (wb) => goalCell(wb, "G03", "Deadline", d(2028, 3, 31)) },
  { rule: "goal.owner.missing", plant: (wb) => goalCell(wb, "G03", "Owner", null) },
  { rule: "goal.ratio.components", plant: (wb) => rowOf(goalCell(wb, "G06", "Denominator Goal", null)) },
  { rule: "phasing.invalid", plant: (wb) => goalCell(wb, "G03", "Phasing", "Custom") },
  { rule: "value.percent-scale", plant: (wb) => goalCell(wb, "G10", "Baseline", 12) },
  { rule: "value.text-number", plant: (wb) => goalCell(wb, "G03", "Target", "600万") },
  {
    rule: "value.error",
    plant: (wb) => goalCell(wb, "G03", "Target", { error: "#N/A" }),
  },
  {
    rule: "actual.invalid",
    plant: (wb) => {
      const t = wb.table("tblActuals");
      const row = t.range.row + 1;
      t.set(row, "Goal ID", "G01");
      return { sheet: "Actuals", cell: t.set(row, "Jan", "n/a") };
    },
  },
  {
    rule: "actual.unknown-goal",
    plant: (wb) => {
      const t = wb.table("tblActuals");
      const row = t.range.row + 1;
      t.set(row, "Jan", 5);
      return { sheet: "Actuals", cell: t.set(row, "Goal ID", "G99") };
    },
  },
  {
    rule: "objective.no-goals",
    plant: (wb) => {
      for (const id of ["G07", "G08", "G09"]) goalCell(wb, id, "Objective ID", "O1");
      const t = wb.table("tblObjectives");
      return { sheet: "Objectives", row: t.row("O3") };
    },
  },
  {
    rule: "strategy.no-goals",
    plant: (wb) => {
      const t = wb.table("tblStrategies");
      const row = t.range.lastRow + 1;
      t.resize(row - t.range.row);
      t.set(row, "Strategy ID", "S5");
      t.set(row, "Strategy", "Podcast pilot");
      t.set(row, "Area", "Content");
      return { sheet: "Strategies", row };
    },
  },
  {
    rule: "campaign.period.invalid",
    plant: (wb) => {
      campaignCell(wb, "C01", "Start", d(2027, 4, 21));
      return rowOf(campaignCell(wb, "C01", "End", d(2027, 4, 1)));
    },
  },
  {
    rule: "campaign.outside-year",
    plant: (wb) => rowOf(campaignCell(wb, "C01", "Start", d(2026, 12, 20))),
  },
  {
    rule: "campaign.channel.unknown",
    plant: (wb) => campaignCell(wb, "C01", "Channels", "Instagram, Snapchat"),
  },
  { rule: "campaign.goal.unknown", plant: (wb) => campaignCell(wb, "C01", "Goal IDs", "G02, G99") },
  {
    rule: "campaign.overlap",
    plant: (wb) => {
      // C01 runs Apr 1–21 on Instagram (capacity 2): two more Instagram campaigns in April make three
      for (const [id, from, to] of [
        ["C02", 5, 15],
        ["C03", 10, 20],
      ] as const) {
        campaignCell(wb, id, "Channels", "Instagram");
        campaignCell(wb, id, "Start", d(2027, 4, from));
        campaignCell(wb, id, "End", d(2027, 4, to));
      }
      return { table: "tblCampaigns" };
    },
  },
  {
    rule: "budget.exceeded",
    plant: (wb) => {
      campaignCell(wb, "C01", "Budget", 10_000_000);
      return { table: "tblCampaigns" };
    },
  },
  {
    rule: "budget.line.overspent",
    plant: (wb) => {
      // Meta and TikTok ads plan 200,000; paying out 250,000 is overspent (Actual alone is not)
      const t = wb.table("tblBudget");
      return { sheet: "Budget", cell: t.set(t.row("Meta and TikTok ads", "Item"), "Spent", 250_000) };
    },
  },
  {
    rule: "sheet.table.missing",
    plant: (wb) => {
      // the table and its cells deleted (with the cells kept it is found again: the next plant)
      wb.removeTable("tblObjectives", { cells: true });
      return { table: "tblObjectives" };
    },
  },
  {
    rule: "sheet.table.recovered",
    plant: (wb) => {
      wb.removeTable("tblObjectives");
      return { table: "tblObjectives" };
    },
  },
  {
    rule: "sheet.rows.outside-table",
    plant: (wb) => {
      const t = wb.table("tblStrategies");
      const row = t.range.lastRow + 1;
      t.set(row, "Strategy ID", "S6");
      t.set(row, "Strategy", "Typed under the table");
      return { sheet: "Strategies", row };
    },
  },
  {
    rule: "sheet.column.missing",
    plant: (wb) => {
      wb.table("tblGoals").renameHeader("Target", "Goal value");
      return { table: "tblGoals" };
    },
  },
];

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string | null;
  table: string | null;
  cell: string | null;
  message: string;
}

describe("planted defects: planbook validate --json reports each rule at its cell", () => {
  let dir: string;
  let files: { rule: string; file: string; expect: Expect }[] = [];
  let report: { files: { file: string; findings: JsonFinding[] }[] };
  let code: number;
  let baseFindings: JsonFinding[];

  beforeAll(async () => {
    dir = await tempDir("defects");
    await generatedExamples(dir);
    const base = await XlsxSource.open(await readFile(path.join(dir, "stride-athletics-2027.xlsx")));
    files = [];
    for (const [i, defect] of DEFECTS.entries()) {
      const wb = base.copy();
      const expected = defect.plant(wb);
      const file = path.join(dir, `defect-${String(i).padStart(2, "0")}-${defect.rule}.xlsx`);
      await wb.save(file);
      files.push({ rule: defect.rule, file, expect: expected });
    }
    const baseFile = path.join(dir, "stride-athletics-2027.xlsx");
    const r = await runInProcess(["validate", "--json", baseFile, ...files.map((f) => f.file)]);
    code = r.code;
    report = JSON.parse(r.stdout);
    baseFindings = report.files[0]?.findings ?? [];
  }, 600_000);

  afterAll(removeTempDirs);

  it("covers every rule id of docs/design.md#rules and exits 1 (errors found)", () => {
    expect(DEFECTS.length).toBe(38);
    expect(new Set(DEFECTS.map((x) => x.rule)).size).toBe(38);
    expect(code).toBe(1);
    expect(report.files).toHaveLength(files.length + 1);
  });

  it("the unmodified workbook has no errors", () => {
    expect(baseFindings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a planted copy differs from the generated workbook in the planted cell only", async () => {
    const parts = async (file: string) =>
      new Map((await readEntries(await readFile(file))).map((e) => [e.name, e.data.toString("utf8")]));
    const generated = await parts(path.join(dir, "stride-athletics-2027.xlsx"));
    const planted = files.find((f) => f.rule === "goal.target.missing");
    if (!planted || !("cell" in planted.expect)) throw new Error("goal.target.missing not planted");
    const copy = await parts(planted.file);
    expect([...copy.keys()].sort()).toEqual([...generated.keys()].sort());
    const changed = [...copy].filter(([name, text]) => generated.get(name) !== text).map(([name]) => name);
    expect(changed).toHaveLength(1);
    // one worksheet changed (Goals), and only in the planted cell: emptied, its style kept
    const cell = new RegExp(`<c r="${planted.expect.cell}"[^>]*?(/>|>[\\s\\S]*?</c>)`);
    const [name = ""] = changed;
    const before = generated.get(name) ?? "";
    const after = copy.get(name) ?? "";
    expect(name).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    expect(cell.exec(before)?.[0]).toMatch(/<v>/);
    expect(cell.exec(after)?.[0]).toMatch(/^<c r="\w+" s="\d+"\/>$/);
    expect(after.replace(cell, "")).toBe(before.replace(cell, ""));
  });

  it.each(DEFECTS.map((x, i) => [x.rule, i] as const))("%s", (rule, i) => {
    const planted = files[i];
    const findings = report.files[i + 1]?.findings ?? [];
    expect(planted?.rule).toBe(rule);
    const hits = findings.filter((f) => f.rule === rule);
    const was = baseFindings.filter((f) => f.rule === rule);
    const e = planted?.expect;
    if (!e) throw new Error("not planted");
    const at = (f: JsonFinding) => {
      if ("cell" in e) return f.sheet === e.sheet && f.cell === e.cell;
      if ("row" in e) return f.sheet === e.sheet && Number(/\d+$/.exec(f.cell ?? "")?.[0]) === e.row;
      return f.table === e.table;
    };
    const summary = findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`).join(", ");
    expect(
      hits.filter(at).length,
      `${rule} expected at ${JSON.stringify(e)}; got ${summary}`,
    ).toBeGreaterThan(was.filter(at).length);
    for (const f of hits) expect(f.message.length).toBeGreaterThan(0);
  });
});
