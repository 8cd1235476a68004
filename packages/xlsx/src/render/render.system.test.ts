import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { enumLabel, type Language, PHASING_LABELS, type Plan } from "@planbook/core";
import { columnLetters, goalsTable, SCHEMA_VERSION, SETTINGS, SHEETS, TABLES } from "@planbook/workbook";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { python, tempDir } from "../../../../test-support/libreoffice";
import { renderPlanWorkbook } from "./render-plan";
import { progressFixture } from "./test-support/fixture";
import { DUMP_STRUCTURE, type WorkbookStructure } from "./test-support/structure";

const generator = { name: "planbook", version: "1.2.3" };
const sheetName = (key: string, lang: Language) => SHEETS.find((s) => s.key === key)!.name[lang];

function hostilePlan(): Plan {
  const plan = progressFixture("zh-CN", null);
  return {
    ...plan,
    brand: { ...plan.brand, name: '=HYPERLINK("http://x")' },
    goals: plan.goals.map((g, i) =>
      i === 0 ? { ...g, metric: "=1+1", notes: "@SUM(A1)", owner: "-2+3" } : g,
    ),
  };
}

const structures = new Map<Language, WorkbookStructure>();

beforeAll(async () => {
  const dir = await tempDir("structure");
  for (const lang of ["zh-CN", "en"] as const) {
    const file = join(dir, `${lang}.xlsx`);
    await writeFile(file, await renderPlanWorkbook(hostilePlan(), { lang, generator }));
    structures.set(
      lang,
      await python<WorkbookStructure>(DUMP_STRUCTURE, [
        file,
        sheetName("goals", lang),
        sheetName("settings", lang),
        sheetName("actuals", lang),
      ]),
    );
  }
}, 120_000);

describe.each(["zh-CN", "en"] as const)("the %s workbook as openpyxl reads it", (lang) => {
  const s = () => structures.get(lang)!;

  it("has every sheet of the spec in order, the meta sheet hidden", () => {
    expect(s().sheets.map((x) => x.name)).toEqual(SHEETS.map((x) => x.name[lang]));
    expect(s().sheets.find((x) => x.name === "_planbook")!.state).toBe("hidden");
    expect(
      s()
        .sheets.filter((x) => x.state !== "visible")
        .map((x) => x.name),
    ).toEqual(["_planbook"]);
  });

  it("has every table, named exactly, with the spec's headers in the workbook language and no merged cells", () => {
    expect(
      s()
        .tables.map((t) => t.name)
        .sort(),
    ).toEqual(TABLES.map((t) => t.name).sort());
    for (const spec of TABLES) {
      const t = s().tables.find((x) => x.name === spec.name)!;
      expect(t.headers).toEqual(spec.columns.map((c) => c.header[lang]));
      expect(t.headers.every((h) => !/[\r\n]/.test(h))).toBe(true);
      // header row plus at least one body row
      const [from, to] = t.ref.split(":").map((a) => Number(a.replace(/^[A-Z]+/, "")));
      expect(to! - from!).toBeGreaterThanOrEqual(1);
    }
    expect(s().sheets.every((x) => x.merged.length === 0)).toBe(true);
  });

  it("puts caption and how-to above each table and freezes the header row", () => {
    const goals = s().cells[sheetName("goals", lang)]!;
    expect(goals.A2!.value).toBe(goalsTable.caption[lang]);
    expect(goals.A3!.value).toBe(goalsTable.help[lang]);
    expect(s().sheets.find((x) => x.name === sheetName("goals", lang))!.frozen).toBe("B5"); // header rows and the Goal ID column (frozenColumns)
  });

  it("gives enum columns a bounded dropdown in the workbook language", () => {
    const goalsSheet = sheetName("goals", lang);
    const t = s().tables.find((x) => x.name === "tblGoals")!;
    const rows = Number(t.ref.split(":")[1]!.replace(/^[A-Z]+/, "")) - 4;
    const dimensionColumn = columnLetters(1 + goalsTable.columns.findIndex((c) => c.key === "dimension"));
    const dv = s().validations.find(
      (v) => v.sheet === goalsSheet && v.sqref.startsWith(`${dimensionColumn}5:`),
    )!;
    expect(dv.type).toBe("list");
    expect(dv.sqref).toBe(`${dimensionColumn}5:${dimensionColumn}${4 + rows + 500}`);
    const labels = ["growth", "content", "conversion", "brand"].map((k) => enumLabel("dimension", k, lang));
    expect(dv.formula1).toBe(`"${labels.join(",")}"`);

    const phasingColumn = columnLetters(1 + goalsTable.columns.findIndex((c) => c.key === "phasing"));
    const phasing = s().validations.find(
      (v) => v.sheet === goalsSheet && v.sqref.startsWith(`${phasingColumn}5:`),
    )!;
    // Phasing follows tblSeasonality through a name (see lists-libreoffice.system.test.ts).
    expect(phasing.formula1).toBe("lstPhasing");
    const settings = s().cells[sheetName("settings", lang)]!;
    const helper = Object.entries(settings)
      .filter(([a]) => /^P\d+$/.test(a))
      .map(([, c]) => c.value);
    expect(helper).toContain(PHASING_LABELS.linear[lang]);
    expect(helper).toContain(PHASING_LABELS.custom[lang]);
    // every validation range is bounded
    expect(s().validations.every((v) => /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(v.sqref))).toBe(true);
  });

  it("defines the setting names on the Settings sheet with the plan's values", () => {
    const settings = sheetName("settings", lang);
    const settingNames = Object.keys(s().names).filter((n) => !n.startsWith("lst"));
    expect(settingNames.sort()).toEqual(SETTINGS.map((x) => x.name).sort());
    // dropdown lists are names over table columns (structured references), not fixed ranges
    expect(s().names.lstGoalIds!.ref).toBe(lang === "en" ? "tblGoals[Goal ID]" : "tblGoals[目标编号]");
    // exceljs quotes the sheet name only where it must (non-ASCII)
    expect(s().names.PlanYear!.ref.replace(/'/g, "")).toBe(`${settings}!$B$4`);
    expect(s().names.PlanYear!.value).toBe(2027);
    expect(s().names.OnTrackThreshold!.value).toBe(0.95);
    expect(s().names.AtRiskThreshold!.value).toBe(0.8);
    expect(s().names.MaxGrowth!.value).toBe(3);
    expect(s().names.AsOfMonth!.value).toBeNull();
    expect(s().names.Currency!.value).toBe("CNY");
  });

  it("fills every tool-owned goal cell with a formula, grey and locked; input cells unlocked", () => {
    const cells = s().cells[sheetName("goals", lang)]!;
    const goals = progressFixture(lang, null).goals.length;
    goalsTable.columns.forEach((column, i) => {
      const letter = columnLetters(1 + i);
      for (let row = 5; row < 5 + goals; row++) {
        const cell = cells[`${letter}${row}`];
        if (column.toolOwned) {
          expect(cell?.type, `${letter}${row}`).toBe("f");
          expect(String(cell!.value)).not.toMatch(/XLOOKUP|LET\(|LAMBDA|FILTER\(|@/);
          expect(String(cell!.value).length).toBeLessThan(8192);
          expect(cell!.locked).toBe(true);
          expect(cell!.fill).toBe("FFE7E6E6");
        } else if (cell) {
          expect(cell.locked, `${letter}${row}`).toBe(false);
        }
      }
    });
    expect(s().hiddenColumns[sheetName("goals", lang)]).toEqual(
      goalsTable.columns.flatMap((c, i) => (c.hidden ? [columnLetters(1 + i)] : [])),
    );
  });

  it("adds a blank Actuals row for each goal without one, after the plan's own rows", () => {
    // 22 goals, 22 Actuals rows (G01 twice, " g08 " and G20 matching g08 / g20); only G12 has none.
    expect(s().tables.find((t) => t.name === "tblActuals")!.ref).toBe("A4:M27");
    const cells = s().cells[sheetName("actuals", lang)]!;
    expect(cells.A26!.value).toBe("G01");
    expect(cells.A27!.value).toBe("G12");
    for (const month of "BCDEFGHIJKLM") expect(cells[`${month}27`], month).toBeUndefined();
  });

  it("writes config strings that look like formulas as text", () => {
    const cells = s().cells[sheetName("goals", lang)]!;
    const metric = columnLetters(1 + goalsTable.columns.findIndex((c) => c.key === "metric"));
    expect(cells[`${metric}5`]).toMatchObject({ value: "=1+1", type: "s" });
    expect(s().names.Brand!.value).toBe('=HYPERLINK("http://x")');
    expect(s().cells[sheetName("settings", lang)]!.B5).toMatchObject({ type: "s" });
  });

  it("sets fixed document properties derived from the plan year", () => {
    expect(s().properties.creator).toBe("planbook");
    expect(s().properties.created).toBe("2026-12-01T00:00:00");
    expect(s().properties.title).toContain("2027");
    expect(s().properties.keywords).toContain("lumen-coffee");
  });

  it("formats zh-CN counts in 万 and percent goals as percent", () => {
    const cells = s().cells[sheetName("goals", lang)]!;
    const target = columnLetters(1 + goalsTable.columns.findIndex((c) => c.key === "target"));
    // G01 is a count goal, G05 a percent goal (rows 5 and 9)
    expect(cells[`${target}5`]!.format).toBe(
      lang === "zh-CN" ? '[>=100000000]0"."00,,"亿";[>=10000]0"."0,"万";#,##0' : "#,##0",
    );
    expect(cells[`${target}9`]!.format).toBe("0.0%");
  });
});

describe("the meta sheet and determinism", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is byte-for-byte the same for the same plan, whatever the clock says", async () => {
    const plan = progressFixture("zh-CN", null);
    const first = await renderPlanWorkbook(plan, { lang: "zh-CN", generator });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-05-05T10:11:13Z"));
    const second = await renderPlanWorkbook(plan, { lang: "zh-CN", generator });
    expect(second.equals(first)).toBe(true);
  });

  it("records schema version, generator, brand, year and language", async () => {
    const dir = await tempDir("meta");
    const file = join(dir, "meta.xlsx");
    await writeFile(file, await renderPlanWorkbook(progressFixture("en", null), { lang: "en", generator }));
    const dump = await python<{ rows: string[][] }>(
      `import json, sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1])["_planbook"]\nprint(json.dumps({"rows": [[c for c in r] for r in ws.iter_rows(values_only=True)]}))`,
      [file],
    );
    expect(dump.rows).toEqual([
      ["key", "value"],
      ["schemaVersion", String(SCHEMA_VERSION)],
      ["generator", "planbook"],
      ["generatorVersion", "1.2.3"],
      ["brandId", "lumen-coffee"],
      ["year", "2027"],
      ["language", "en"],
    ]);
  });

  it("leaves the key-date ideas out when asked", async () => {
    const dir = await tempDir("no-ideas");
    const file = join(dir, "no-ideas.xlsx");
    const plan = progressFixture("en", null);
    await writeFile(file, await renderPlanWorkbook(plan, { lang: "en", generator, keyDateIdeas: false }));
    const dump = await python<WorkbookStructure>(DUMP_STRUCTURE, [file]);
    // header row 4 plus the plan's one campaign
    expect(dump.tables.find((t) => t.name === "tblCampaigns")!.ref).toBe("A4:K5");
  });
});
