import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  computeProgress,
  enumLabel,
  type GoalProgress,
  type Language,
  type Plan,
  type PlanProgress,
  phaseWeights,
  asOfMonth as planAsOfMonth,
  shareToMonth,
} from "@planbook/core";
import { goalsTable, MARKER, OK_MARK, SHEETS } from "@planbook/workbook";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPlanWorkbook } from "./render-plan";
import { DUMP_VALUES, python, recalculateWithLibreOffice, tempDir } from "./test-support/external";
import { progressFixture, TEXT_GOAL, TEXT_MONTH } from "./test-support/fixture";

type Cell = string | number | boolean | null;
type Sheets = Record<string, Cell[][]>;

const sheetName = (key: string, lang: Language) => SHEETS.find((s) => s.key === key)!.name[lang];

/** Puts a text value into a blank month of TEXT_GOAL's Actuals row (as a paste would). */
const INJECT_TEXT = `
import sys, openpyxl
src, dst, sheet, goal, col, text = sys.argv[1:7]
wb = openpyxl.load_workbook(src)
ws = wb[sheet]
for row in ws.iter_rows(min_row=5):
    if str(row[0].value).strip() == goal:
        row[int(col)].value = text
        break
wb.save(dst)
print("null")
`;

const cases: { lang: Language; asOf: number | null }[] = [
  { lang: "zh-CN", asOf: null },
  { lang: "en", asOf: 6 },
];

const results = new Map<Language, { plan: Plan; progress: PlanProgress; sheets: Sheets }>();

beforeAll(async () => {
  const dir = await tempDir("recalc");
  const files: string[] = [];
  for (const { lang, asOf } of cases) {
    const plan = progressFixture(lang, asOf);
    const raw = join(dir, `raw-${lang}.xlsx`);
    const file = join(dir, `plan-${lang}.xlsx`);
    await writeFile(
      raw,
      await renderPlanWorkbook(plan, { lang, generator: { name: "planbook", version: "0.0.0-test" } }),
    );
    await python(INJECT_TEXT, [
      raw,
      file,
      sheetName("actuals", lang),
      TEXT_GOAL,
      String(1 + TEXT_MONTH),
      "12万",
    ]);
    files.push(file);
  }
  const out = join(dir, "out");
  await recalculateWithLibreOffice(files, out);
  for (const { lang, asOf } of cases) {
    const plan = progressFixture(lang, asOf);
    const sheets = await python<Sheets>(DUMP_VALUES, [
      join(out, `plan-${lang}.xlsx`),
      sheetName("goals", lang),
      sheetName("dashboard", lang),
      sheetName("campaigns", lang),
    ]);
    results.set(lang, { plan, progress: computeProgress(plan), sheets });
  }
}, 240_000);

const HEADER_ROW = 4;
const col = (key: string) => goalsTable.columns.findIndex((c) => c.key === key);
const blankToNull = (v: Cell) => (v === "" || v === undefined ? null : v);

function expectNumber(actual: Cell, expected: number | null, where: string) {
  const value = blankToNull(actual);
  if (expected === null) {
    expect(value, where).toBeNull();
    return;
  }
  expect(typeof value, `${where}: ${String(value)}`).toBe("number");
  expect(Math.abs((value as number) - expected), `${where}: ${value} vs ${expected}`).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected)),
  );
}

describe.each(cases)("LibreOffice recalculation of the $lang workbook (AsOfMonth $asOf)", ({ lang }) => {
  const get = () => results.get(lang)!;
  const goalRow = (i: number) => get().sheets[sheetName("goals", lang)]![HEADER_ROW + i]!;

  it("uses the as-of month the engine uses", () => {
    const { plan, progress, sheets } = get();
    expect(progress.asOfMonth).toBe(planAsOfMonth(plan));
    expect(sheets[sheetName("dashboard", lang)]![1]![1]).toBe(progress.asOfMonth);
  });

  it("gives every goal the engine's numbers and status", () => {
    const { plan, progress } = get();
    plan.goals.forEach((goal, i) => {
      const row = goalRow(i);
      const expected: GoalProgress = progress.goals[i]!;
      const where = (k: string) => `${lang} ${goal.id} ${k}`;
      const share = shareToMonth(phaseWeights(goal, plan).weights, progress.asOfMonth);
      expectNumber(row[col("phaseShare")]!, share, where("phaseShare"));
      expectNumber(row[col("ytdTarget")]!, expected.ytdTarget, where("ytdTarget"));
      if (goal.id === TEXT_GOAL) {
        // The engine's plan has no value there; the workbook has text: a marker, not a number.
        for (const k of ["ytdActual", "attainment", "progress", "forecast", "status"]) {
          expect(row[col(k)], where(k)).toBe(MARKER);
        }
        return;
      }
      expectNumber(row[col("ytdActual")]!, expected.ytdActual, where("ytdActual"));
      expectNumber(row[col("attainment")]!, expected.attainment, where("attainment"));
      expectNumber(row[col("progress")]!, expected.progress, where("progress"));
      expectNumber(row[col("forecast")]!, expected.forecast, where("forecast"));
      expect(row[col("status")], where("status")).toBe(enumLabel("goalStatus", expected.status, lang));
    });
  });

  it("checks each row: ✓ when complete, the marker where input is missing or text", () => {
    const { plan } = get();
    const check = (id: string) => goalRow(plan.goals.findIndex((g) => g.id === id))[col("check")];
    expect(check("G01")).toBe(OK_MARK);
    expect(check("G16")).toBe(OK_MARK); // catalog defaults written out
    expect(check("G11")).toBe(MARKER); // ratio with a numerator goal only
    expect(check(TEXT_GOAL)).toBe(MARKER); // text in its actuals
    expect(check("G18")).toBe(MARKER); // no target
  });

  it("leaves the spare goal rows blank while they wait for a goal", () => {
    const spare = goalRow(get().plan.goals.length);
    for (const c of goalsTable.columns.filter((x) => x.toolOwned && !x.key.startsWith("rollup"))) {
      expect(blankToNull(spare[col(c.key)]!), c.key).toBeNull();
    }
    expect(spare[col("rollupWeight")]).toBe(0);
  });

  it("covers achieved, on track, at risk, off track and not started", () => {
    const statuses = new Set(get().progress.goals.map((g) => g.status));
    expect(statuses).toEqual(new Set(["achieved", "on_track", "at_risk", "off_track", "not_started"]));
  });

  it("rolls up brand, dimensions, objectives and channels as the engine does", () => {
    const { plan, progress, sheets } = get();
    const rows = sheets[sheetName("dashboard", lang)]!.slice(5);
    const check = (
      row: Cell[] | undefined,
      exp: { attainment: number | null; status: string; goals: number },
      where: string,
    ) => {
      expect(row, where).toBeDefined();
      expectNumber(row![4]!, exp.attainment, `${where} attainment`);
      expect(row![5], `${where} status`).toBe(enumLabel("goalStatus", exp.status, lang));
      expect(row![3], `${where} goals`).toBe(exp.goals);
    };
    check(rows[0], progress.brand, "brand");
    progress.dimensions.forEach((d, i) => {
      check(rows[1 + i], d, d.dimension);
    });
    progress.objectives.forEach((o, i) => {
      expect(rows[5 + i]![1]).toBe(o.id);
      check(rows[5 + i], o, o.id);
    });
    // Spare objective rows stay blank.
    expect(blankToNull(rows[5 + plan.objectives.length]![4]!)).toBeNull();
    expect(blankToNull(rows[5 + plan.objectives.length]![0]!)).toBeNull();
    const channelRows = rows.filter((r) => r[0] === (lang === "zh-CN" ? "渠道" : "Channel"));
    expect(channelRows).toHaveLength(progress.channels.length);
    progress.channels.forEach((c, i) => {
      check(channelRows[i], c, `channel ${c.channel}`);
    });
  });

  it("draws campaigns by week from their dates, next to the table", () => {
    const rows = get().sheets[sheetName("campaigns", lang)]!;
    const c1 = rows[HEADER_ROW]!;
    expect(c1[0]).toBe("C1");
    // 2027-11-01..11-12 is serial 46692..46703; week k starts at 46388 + 7k: weeks 43, 44 and 45.
    // The grid starts one column after the table's 11 columns (column 13, index 12).
    const bars = c1.flatMap((v, i) => (i >= 12 && v === 1 ? [i - 12] : []));
    expect(bars).toEqual([43, 44, 45]);
    // The plan's own Double 11 campaign replaces the key-date idea; other key dates are ideas.
    const ids = rows.slice(HEADER_ROW).map((r) => r[0]);
    expect(ids).not.toContain("KD-double-11");
    expect(ids).toContain("KD-new-year");
    expect(rows[HEADER_ROW - 1]![12]).toBe("2027-01-01T00:00:00");
  });
});
