import { describe, expect, it } from "vitest";
import type { RawSheet, RawTable, RawWorkbook } from "../grid/raw";
import { planWorkbook } from "./fixture-plan";
import { monthOfHeader } from "./headers";
import { readPlan } from "./read-plan";
import { locateFindings } from "./validate";

/** The sheet cells an adapter hands over for a table, as if its table part were gone. */
function sheetOf(t: RawTable, extraRows: RawSheet["rows"] = []): RawSheet {
  const at = (cells: unknown[]) => Object.assign(Array(t.firstColumn - 1).fill(null), {}).concat(cells);
  return {
    name: t.sheet,
    rows: [
      { row: t.headerRow - 2, cells: ["a caption above the table"] },
      { row: t.headerRow, cells: at(t.headers) },
      ...t.rows.map((cells, i) => ({ row: t.headerRow + 1 + i, cells: at(cells) })),
      ...extraRows,
    ],
  };
}

function without(raw: RawWorkbook, name: string): { raw: RawWorkbook; table: RawTable } {
  const table = raw.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no ${name}`);
  return { raw: { ...raw, tables: raw.tables.filter((t) => t !== table) }, table };
}

describe("tables another tool dropped (docs/design.md#reading)", () => {
  it.each(["tblActuals", "tblGoals", "tblCampaigns", "tblSeasonality"])(
    "finds %s by its header row: same plan, one info finding",
    (name) => {
      const full = planWorkbook("zh-CN");
      const before = readPlan(full);
      const { raw, table } = without(full, name);
      // without the table part the plan loses the table
      expect(readPlan(raw).plan).not.toEqual(before.plan);
      const after = readPlan({
        ...raw,
        sheets: [
          sheetOf(table, [{ row: table.headerRow + table.rows.length + 2, cells: ["notes further down"] }]),
        ],
      });
      expect(after.plan).toEqual(before.plan);
      const extra = after.findings.filter(
        (f) => !before.findings.some((b) => JSON.stringify(b) === JSON.stringify(f)),
      );
      expect(extra.map((f) => [f.rule, f.severity, f.params])).toEqual([
        ["sheet.table.recovered", "info", { table: name, sheet: table.sheet }],
      ]);
      const located = locateFindings(after, extra, "en")[0];
      expect(located?.cell).toBe(`${String.fromCharCode(64 + table.firstColumn)}${table.headerRow}`);
      expect(located?.message).toContain("Ctrl+T");
    },
  );

  it("does not take a header row inside another table, nor a sheet of another name", () => {
    const full = planWorkbook("en");
    const { raw, table } = without(full, "tblActuals");
    const elsewhere = readPlan({ ...raw, sheets: [{ ...sheetOf(table), name: "Scratch" }] });
    expect(elsewhere.findings.some((f) => f.rule === "sheet.table.missing")).toBe(true);
    const goals = full.tables.find((t) => t.name === "tblGoals") as RawTable;
    const covered = readPlan({ ...full, sheets: [sheetOf(goals)] });
    expect(covered.findings.some((f) => f.rule === "sheet.table.recovered")).toBe(false);
  });
});

describe("rows typed directly below a table (docs/design.md#reading)", () => {
  it("reads them as rows of the table, with one warning at the first of them", () => {
    const full = planWorkbook("en");
    const actuals = full.tables.find((t) => t.name === "tblActuals") as RawTable;
    const moved = actuals.rows.slice(-1);
    const cut: RawWorkbook = {
      ...full,
      tables: full.tables.map((t) => (t === actuals ? { ...t, rows: t.rows.slice(0, -1), below: moved } : t)),
    };
    const before = readPlan(full);
    const after = readPlan(cut);
    expect(after.plan).toEqual(before.plan);
    const warning = after.findings.filter((f) => f.rule === "sheet.rows.outside-table");
    const first = actuals.headerRow + actuals.rows.length;
    expect(warning.map((f) => [f.severity, f.params])).toEqual([
      ["warning", { table: "tblActuals", sheet: actuals.sheet, first, last: first }],
    ]);
    const located = locateFindings(after, warning, "zh-CN")[0];
    expect(located?.cell).toBe(`${String.fromCharCode(64 + actuals.firstColumn)}${first}`);
    expect(after.findings.length).toBe(before.findings.length + 1);
  });

  it("says nothing about rows below that hold no input value", () => {
    const full = planWorkbook("en");
    const actuals = full.tables.find((t) => t.name === "tblActuals") as RawTable;
    const blankish = [actuals.headers.map(() => null)];
    const raw = { ...full, tables: full.tables.map((t) => (t === actuals ? { ...t, below: blankish } : t)) };
    expect(readPlan(raw).findings).toEqual(readPlan(full).findings);
  });
});

describe("month headers in their usual forms", () => {
  it.each([
    ["Jan", 1],
    ["january", 1],
    ["Sept", 9],
    ["Dec-27", 12],
    ["1月", 1],
    ["01月", 1],
    ["一月", 1],
    ["十二月", 12],
    ["2027-01", 1],
    ["2027/3", 3],
    ["2027年11月", 11],
    ["m1", 1],
    ["m01", 1],
    ["7", 7],
    ["46388", 1],
  ])("%s is month %i", (header, month) => {
    expect(monthOfHeader(header.toLowerCase())).toBe(month);
  });

  it.each(["13", "m0", "2027-13", "q1", "janus", "十三月", "goal id", "12345"])(
    "%s is no month",
    (header) => {
      expect(monthOfHeader(header)).toBeNull();
    },
  );

  it("reads Actuals whose month headers are written other ways as the same plan", () => {
    const full = planWorkbook("en");
    const forms = [
      "January",
      "2027-02",
      "三月",
      "M4",
      "May",
      "Jun",
      "July",
      "Aug",
      "Sept",
      "10月",
      "Nov",
      "十二月",
    ];
    const renamed: RawWorkbook = {
      ...full,
      tables: full.tables.map((t) =>
        t.name === "tblActuals"
          ? { ...t, headers: t.headers.map((h, i) => (i === 0 ? h : (forms[i - 1] ?? h))) }
          : t,
      ),
    };
    const before = readPlan(full);
    const after = readPlan(renamed);
    expect(after.plan).toEqual(before.plan);
    // findings name the header as the workbook spells it; otherwise they are the same
    const plain = (fs: typeof before.findings) =>
      fs.map((f) => ({ ...f, params: { ...f.params, column: null } }));
    expect(plain(after.findings)).toEqual(plain(before.findings));
    expect(after.findings.map((f) => f.params.column)).toContain("January");
  });
});
