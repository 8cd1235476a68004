import { readFile, writeFile } from "node:fs/promises";
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
import { goalsTable, MARKER, OK_MARK, progressWorkbook, SHEETS } from "@planbook/workbook";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DUMP_VALUES,
  python,
  recalculateWithLibreOffice,
  tempDir,
} from "../../../../test-support/libreoffice";
import { readWorkbookBuffer } from "../read";
import { renderPlanWorkbook } from "./render-plan";
import {
  LOTS_GOAL,
  progressFixture,
  TEXT_GOAL,
  TEXT_MONTH,
  UNREADABLE_GOAL,
  UNREADABLE_MONTH,
} from "./test-support/fixture";

type Cell = string | number | boolean | null;
type Sheets = Record<string, Cell[][]>;

const sheetName = (key: string, lang: Language) => SHEETS.find((s) => s.key === key)!.name[lang];

/**
 * Types text over cells of the rendered workbook, as a paste would: each edit is (sheet, goal id
 * in the first column, 0-based column, text).
 */
const INJECT_TEXT = `
import json, sys, openpyxl
src, dst, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(src)
for sheet, goal, col, text in edits:
    ws = wb[sheet]
    for row in ws.iter_rows(min_row=5):
        if str(row[0].value).strip() == goal:
            row[col].value = text
            break
wb.save(dst)
print("null")
`;

const cases: { lang: Language; asOf: number | null }[] = [
  { lang: "zh-CN", asOf: null },
  { lang: "en", asOf: 6 },
];

/**
 * The fixture plan as rendered, then edited like an operator would: `12万` typed as text into a
 * blank month (a number the engine reads but a formula cannot), Target `lots`, and `n/a` in an
 * actual. The engine's side reads this same file, as `planbook progress` would.
 */
const edits = (lang: Language) => [
  [sheetName("actuals", lang), TEXT_GOAL, 1 + TEXT_MONTH, "12万"],
  [sheetName("goals", lang), LOTS_GOAL, goalsTable.columns.findIndex((c) => c.key === "target"), "lots"],
  [sheetName("actuals", lang), UNREADABLE_GOAL, 1 + UNREADABLE_MONTH, "n/a"],
];

const results = new Map<Language, { plan: Plan; progress: PlanProgress; sheets: Sheets }>();

beforeAll(async () => {
  const dir = await tempDir("recalc");
  const files: string[] = [];
  const engine = new Map<Language, { plan: Plan; progress: PlanProgress }>();
  for (const { lang, asOf } of cases) {
    const plan = progressFixture(lang, asOf);
    const raw = join(dir, `raw-${lang}.xlsx`);
    const file = join(dir, `plan-${lang}.xlsx`);
    await writeFile(
      raw,
      await renderPlanWorkbook(plan, { lang, generator: { name: "planbook", version: "0.0.0-test" } }),
    );
    await python(INJECT_TEXT, [raw, file, JSON.stringify(edits(lang))]);
    files.push(file);
  }
  const out = join(dir, "out");
  await recalculateWithLibreOffice(files, out);
  for (const { lang } of cases) {
    // The engine reads the file LibreOffice saved (exceljs cannot open openpyxl's), whose inputs
    // are the edited ones: what `planbook progress` would read after an operator saved it there.
    const read = progressWorkbook(await readWorkbookBuffer(await readFile(join(out, `plan-${lang}.xlsx`))));
    engine.set(lang, { plan: read.plan, progress: read.progress });
    const sheets = await python<Sheets>(DUMP_VALUES, [
      join(out, `plan-${lang}.xlsx`),
      sheetName("goals", lang),
      sheetName("dashboard", lang),
      sheetName("campaigns", lang),
    ]);
    results.set(lang, { ...engine.get(lang)!, sheets });
  }
}, 240_000);

/** The plan with TEXT_GOAL's text-number actual unreadable, as a formula sees it. */
function asFormulasSeeIt(plan: Plan): Plan {
  return {
    ...plan,
    actuals: plan.actuals.map((row) => {
      if (row.goalId !== TEXT_GOAL) return row;
      const months = [...row.months];
      months[TEXT_MONTH] = null;
      return { ...row, months, unreadable: [...row.unreadable, `months.${TEXT_MONTH}`] };
    }),
  };
}

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
      const phasing = phaseWeights(goal, plan);
      if (phasing.problem === null) {
        expectNumber(
          row[col("phaseShare")]!,
          shareToMonth(phasing.weights, progress.asOfMonth),
          where("phaseShare"),
        );
      } else {
        // Unusable phasing: the marker, never a linear stand-in.
        expect(row[col("phaseShare")], where("phaseShare")).toBe(MARKER);
      }
      if (goal.id === TEXT_GOAL) {
        // The one case the formulas cannot follow (README): `12万` typed as text. The engine reads
        // it as 120,000 (with a value.text-number warning); a formula cannot, so it says check.
        expect(expected.status).not.toBe("check");
        expect(row[col("status")], where("status")).toBe(enumLabel("goalStatus", "check", lang));
        for (const k of ["ytdActual", "attainment", "progress", "forecast"])
          expect(row[col(k)], where(k)).toBe(MARKER);
        return;
      }
      expect(row[col("status")], where("status")).toBe(enumLabel("goalStatus", expected.status, lang));
      // A check goal: where the engine has no number the formula shows blank or the marker, never a number.
      const orMarker = (v: Cell) => (expected.status === "check" && v === MARKER ? null : v);
      expectNumber(orMarker(row[col("ytdTarget")]!), expected.ytdTarget, where("ytdTarget"));
      expectNumber(orMarker(row[col("ytdActual")]!), expected.ytdActual, where("ytdActual"));
      expectNumber(orMarker(row[col("attainment")]!), expected.attainment, where("attainment"));
      expectNumber(orMarker(row[col("progress")]!), expected.progress, where("progress"));
      expectNumber(orMarker(row[col("forecast")]!), expected.forecast, where("forecast"));
    });
  });

  it("says check (待修正) for Target `lots` and an unreadable actual, with no number computed from them", () => {
    const { plan, progress } = get();
    const status = (id: string) => goalRow(plan.goals.findIndex((g) => g.id === id))[col("status")];
    const engine = (id: string) => progress.goals.find((g) => g.id === id)!;
    for (const id of [LOTS_GOAL, UNREADABLE_GOAL]) {
      expect(engine(id)).toMatchObject({ status: "check", attainment: null, forecast: null });
      expect(status(id)).toBe(enumLabel("goalStatus", "check", lang));
    }
    expect(engine(LOTS_GOAL).fix?.map((f) => f.rule)).toEqual(["goal.target.invalid"]);
    expect(engine(UNREADABLE_GOAL).fix).toEqual([
      {
        rule: "actual.invalid",
        collection: "actuals",
        index: expect.any(Number),
        field: `months.${UNREADABLE_MONTH}`,
      },
    ]);
  });

  it("clamps a falling count's forecast at 0, in the engine and the formula alike", () => {
    const { plan, progress } = get();
    const i = plan.goals.findIndex((g) => g.id === "G22");
    // 240,000 + (9,000 − 240,000) / s_M is far below 0 for s_M = 5/12 or 6/12.
    expect(progress.goals[i]).toMatchObject({ forecast: 0, status: "off_track" });
    expect(goalRow(i)[col("forecast")]).toBe(0);
  });

  it("checks each row: ✓ when complete, the marker where input is missing or text", () => {
    const { plan } = get();
    const check = (id: string) => goalRow(plan.goals.findIndex((g) => g.id === id))[col("check")];
    expect(check("G01")).toBe(OK_MARK);
    expect(check("G16")).toBe(OK_MARK); // catalog defaults written out
    expect(check("G11")).toBe(MARKER); // ratio with a numerator goal only
    expect(check(TEXT_GOAL)).toBe(MARKER); // text in its actuals
    expect(check("G18")).toBe(MARKER); // no target
    expect(check(LOTS_GOAL)).toBe(MARKER); // Target `lots`
  });

  it("leaves the spare goal rows blank while they wait for a goal", () => {
    const spare = goalRow(get().plan.goals.length);
    for (const c of goalsTable.columns.filter((x) => x.toolOwned && !x.key.startsWith("rollup"))) {
      expect(blankToNull(spare[col(c.key)]!), c.key).toBeNull();
    }
    expect(spare[col("rollupWeight")]).toBe(0);
  });

  it("covers achieved, on track, at risk, off track, not started and check", () => {
    const statuses = new Set(get().progress.goals.map((g) => g.status));
    expect(statuses).toEqual(
      new Set(["achieved", "on_track", "at_risk", "off_track", "not_started", "check"]),
    );
  });

  it("rolls up brand, dimensions, objectives and channels as the engine does", () => {
    const { plan, sheets } = get();
    // The formulas see TEXT_GOAL's `12万` as unreadable text (its Status says check, see above);
    // the engine's roll-ups of a plan where that cell is unreadable are what they must equal.
    const progress = computeProgress(asFormulasSeeIt(plan));
    const rows = sheets[sheetName("dashboard", lang)]!.slice(5);
    const check = (
      row: Cell[] | undefined,
      exp: { attainment: number | null; status: string; goals: number; leftOut: number },
      where: string,
    ) => {
      expect(row, where).toBeDefined();
      expectNumber(row![4]!, exp.attainment, `${where} attainment`);
      expect(row![5], `${where} status`).toBe(enumLabel("goalStatus", exp.status, lang));
      expect(row![3], `${where} goals`).toBe(exp.goals);
      // Check goals are left out of the attainment and counted on their own.
      expect(row![6], `${where} left out`).toBe(exp.leftOut);
    };
    check(rows[0], progress.brand, "brand");
    expect(progress.brand.leftOut).toBeGreaterThan(2);
    progress.dimensions.forEach((d, i) => {
      check(rows[1 + i], d, d.dimension);
    });
    // Channels follow the dimensions, then the objectives with their spare rows at the end.
    const channelRows = rows.filter((r) => r[0] === (lang === "zh-CN" ? "渠道" : "Channel"));
    expect(channelRows).toHaveLength(progress.channels.length);
    expect(rows.indexOf(channelRows[0]!)).toBe(5);
    const first = 5 + progress.channels.length;
    progress.objectives.forEach((o, i) => {
      expect(rows[first + i]![1]).toBe(o.id);
      check(rows[first + i], o, o.id);
    });
    // Spare objective rows stay blank.
    expect(blankToNull(rows[first + plan.objectives.length]![4]!)).toBeNull();
    expect(blankToNull(rows[first + plan.objectives.length]![0]!)).toBeNull();
    // Goals without a channel are listed last.
    const all = lang === "zh-CN" ? "（全渠道）" : "(all channels)";
    progress.channels.forEach((c) => {
      check(
        channelRows.find((r) => r[1] === (c.channel ?? all)),
        c,
        `channel ${c.channel}`,
      );
    });
    if (progress.channels.some((c) => c.channel === null)) expect(channelRows.at(-1)![1]).toBe(all);
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
    const prefix = lang === "zh-CN" ? "节点-" : "KD-";
    expect(ids.filter((id) => String(id).startsWith(prefix) && /双11|double-11/.test(String(id)))).toEqual(
      [],
    );
    expect(ids).toContain(lang === "zh-CN" ? "节点-元旦" : "KD-new-year");
    expect(rows[HEADER_ROW - 1]![12]).toBe("2027-01-01T00:00:00");
  });
});
