import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { SimError } from "./errors";
import { createExcelSim, type ExcelSim, loadXlsx, saveXlsx } from "./index";
import { addSheet, cellAt, getCell, type WorkbookModel } from "./model";
import { goalsTableWorkbook } from "./test-support/goals-table";

/**
 * Goals!A3:C5 holds table tblGoals (header + two rows), Goals!A1 a user's caption; Settings!B2 is
 * the defined name PlanYear.
 */
function smallWorkbook(): WorkbookModel {
  const { wb, goals } = goalsTableWorkbook();
  cellAt(goals, 1, 1).value = "user caption";
  const settings = addSheet(wb, "Settings");
  cellAt(settings, 2, 2).value = 2027;
  wb.names.push({ name: "PlanYear", formula: "=Settings!$B$2", comment: "", visible: true });
  return wb;
}

async function rejection(p: Promise<unknown>): Promise<SimError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SimError) return e;
    throw e;
  }
  throw new Error("expected the promise to reject");
}

describe("load/sync strictness", () => {
  it("throws PropertyNotLoaded before load, and after load until sync", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const range = ctx.workbook.tables.getItem("tblGoals").getDataBodyRange();
      expect(() => range.values).toThrowError(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values,address");
      expect(() => range.values).toThrowError(/context.sync\(\) has not run since/);
      await ctx.sync();
      expect(range.values).toEqual([
        ["G1", 100, ""],
        ["G2", 250, ""],
      ]);
      expect(range.address).toBe("Goals!A4:C5");
      expect(() => range.formulas).toThrowError(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("requires the Excel.run batch to return a promise, as Office.js does", async () => {
    const sim = createExcelSim(smallWorkbook());
    await expect(sim.run((() => undefined) as never)).rejects.toThrowError(/must return a promise/);
  });

  it("refuses load() without property names", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem("Goals").load()).toThrowError(/leaf properties/);
    });
  });

  it("throws InvalidObjectPath for proxies of a finished batch and for arguments from another batch", async () => {
    const sim = createExcelSim(smallWorkbook());
    const kept = await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Goals").getRange("A4:A5");
      r.load("values");
      await ctx.sync();
      return r;
    });
    // Values loaded in that batch stay readable, as in Excel…
    expect(kept.values).toEqual([["G1"], ["G2"]]);
    // …but the proxy cannot be used again.
    expect(() => kept.load("address")).toThrowError(expect.objectContaining({ code: "InvalidObjectPath" }));
    expect(() => {
      kept.values = [["x"], ["y"]];
    }).toThrowError(expect.objectContaining({ code: "InvalidObjectPath" }));
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Goals");
      expect(() => sheet.charts.add("ColumnClustered", kept)).toThrowError(
        expect.objectContaining({ code: "InvalidObjectPath" }),
      );
    });
    expect(getCell(sim.workbook.sheets[0]!, 4, 1)?.value).toBe("G1");
  });

  it("fails the sync with ItemNotFound for getItem of a missing item; getItemOrNullObject gives isNullObject", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const missing = ctx.workbook.tables.getItem("tblNope");
      missing.load("name");
      const err = await rejection(ctx.sync());
      expect(err.code).toBe("ItemNotFound");
    });
    await sim.run(async (ctx) => {
      const maybe = ctx.workbook.tables.getItemOrNullObject("tblnope");
      const there = ctx.workbook.tables.getItemOrNullObject("TBLGOALS");
      expect(() => maybe.isNullObject).toThrowError(expect.objectContaining({ code: "PropertyNotLoaded" }));
      there.load("name");
      await ctx.sync();
      expect(maybe.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      expect(there.name).toBe("tblGoals");
    });
  });

  it("applies writes queued before a failing command, then rejects (no rollback, as Excel)", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Goals").getRange("C4").values = [["ok"]];
      ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [["x"]];
      expect((await rejection(ctx.sync())).code).toBe("ItemNotFound");
    });
    expect(getCell(sim.workbook.sheets[0]!, 4, 3)?.value).toBe("ok");
  });
});

describe("ranges", () => {
  it("applies one R1C1 formula to every cell of a column, relative to each cell", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const col = ctx.workbook.tables.getItem("tblGoals").columns.getItem("Check").getDataBodyRange();
      col.formulasR1C1 = '=IF(RC[-1]>200,"big","small")';
      col.load("formulas,formulasR1C1,address");
      await ctx.sync();
      expect(col.address).toBe("Goals!C4:C5");
      expect(col.formulas).toEqual([['=IF(B4>200,"big","small")'], ['=IF(B5>200,"big","small")']]);
      expect(col.formulasR1C1).toEqual([
        ['=IF(RC[-1]>200,"big","small")'],
        ['=IF(RC[-1]>200,"big","small")'],
      ]);
    });
  });

  it("rejects a values array that does not match the range", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Goals").getRange("A10:B11").values = [["a", "b"]];
      const err = await rejection(ctx.sync());
      expect(err.code).toBe("InvalidArgument");
      expect(err.message).toMatch(/range 2×2, input 1×2/);
    });
  });

  it("derives cells, offsets and resized ranges and reads used ranges", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const body = ctx.workbook.tables.getItem("tblGoals").getDataBodyRange();
      const cell = body.getCell(1, 1).load("address,values,rowIndex,columnIndex");
      const moved = body.getOffsetRange(2, 0).getResizedRange(-1, -2).load("address");
      const used = ctx.workbook.worksheets.getItem("Goals").getUsedRange(true).load("address,rowCount");
      const empty = ctx.workbook.worksheets.add("Empty").getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(cell.address).toBe("Goals!B5");
      expect(cell.values).toEqual([[250]]);
      expect([cell.rowIndex, cell.columnIndex]).toEqual([4, 1]);
      expect(moved.address).toBe("Goals!A6");
      expect(used.address).toBe("Goals!A1:C5");
      expect(used.rowCount).toBe(5);
      expect(empty.isNullObject).toBe(true);
    });
  });

  it("stores warning alerts and prompts of a validation, and frozen rows with columns", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Goals");
      const dv = sheet.getRange("A4:A5").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "=lstGoalIds" } };
      dv.errorAlert = { showAlert: true, style: "Warning", title: "Not in the list", message: "Pick one." };
      dv.prompt = { showPrompt: true, title: "Goal", message: "A goal ID." };
      sheet.freezePanes.freezeAt(sheet.getRange("A1:B3"));
      await ctx.sync();
      dv.errorAlert = { showAlert: true, style: "Warning", title: "x".repeat(33), message: "" };
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    });
    const goals = sim.workbook.sheets[0]!;
    expect(getCell(goals, 5, 1)).toMatchObject({
      validation: { list: { inCellDropDown: true, source: "=lstGoalIds" } },
      validationAlert: { showAlert: true, style: "Warning", title: "Not in the list", message: "Pick one." },
      validationPrompt: { showPrompt: true, title: "Goal", message: "A goal ID." },
    });
    expect(goals.frozen).toEqual({ rows: 3, columns: 2 });
  });

  it("stores fills, notes, validation lists (inline only) and conditional formats", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Goals");
      sheet.getRange("B4").format.fill.color = "#ffc000";
      ctx.workbook.notes.add("Goals!B4", "Target is low");
      sheet.getRange("A4:A5").dataValidation.rule = { list: { inCellDropDown: true, source: "G1,G2" } };
      const cf = sheet.getRange("B4:B5").conditionalFormats.add("CellValue");
      cf.cellValue.format.fill.color = "#FF0000";
      cf.cellValue.rule = { formula1: "=150", operator: "LessThan" };
      const count = sheet.getRange("B4:B5").conditionalFormats.getCount();
      await ctx.sync();
      expect(count.value).toBe(1);
      sheet.getRange("A4").dataValidation.rule = {
        list: { inCellDropDown: true, source: sheet.getRange("A1:A2") as unknown as string },
      };
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
      ctx.workbook.notes.add("Goals!B4", "again");
      expect((await rejection(ctx.sync())).message).toMatch(/already has a note/);
    });
    const goals = sim.workbook.sheets[0]!;
    expect(getCell(goals, 4, 2)?.fill).toBe("#FFC000");
    expect(goals.notes).toEqual([{ row: 4, col: 2, content: "Target is low", author: "Planbook" }]);
    expect(getCell(goals, 5, 1)?.validation).toEqual({ list: { inCellDropDown: true, source: "G1,G2" } });
    expect(goals.conditionalFormats[0]).toMatchObject({
      type: "CellValue",
      fill: "#FF0000",
      rule: { operator: "LessThan" },
    });
  });

  it("adds custom (formula) formats and data bars at the top priority, and refuses malformed rules", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Goals").getRange("B4:B5");
      const bar = range.conditionalFormats.add("DataBar");
      bar.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
      bar.dataBar.upperBoundRule = { type: "Number", formula: "1" };
      bar.dataBar.positiveFormat.fillColor = "#5B9BD5";
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=B4>150";
      custom.custom.format.fill.color = "#D9D9D9";
      custom.load("type,priority");
      bar.load("priority");
      custom.custom.rule.load("formula");
      await ctx.sync();
      expect([custom.type, custom.priority, bar.priority]).toEqual(["Custom", 0, 1]);
      expect(custom.custom.rule.formula).toBe("=B4>150");

      bar.dataBar.upperBoundRule = { type: "Number" };
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
      bar.dataBar.lowerBoundRule = { type: "Smallest", formula: "0" };
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
      custom.custom.rule.formula = "";
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
      // The type-specific part of another type's format does not exist.
      bar.custom.format.fill.color = "#FF0000";
      expect((await rejection(ctx.sync())).message).toMatch(/Not a Custom conditional format/);
      range.conditionalFormats.add("IconSet");
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    });
    const [custom, bar] = sim.workbook.sheets[0]!.conditionalFormats;
    expect(custom).toMatchObject({ type: "Custom", formula: "=B4>150", fill: "#D9D9D9" });
    expect(bar).toMatchObject({
      type: "DataBar",
      dataBar: {
        lowerBound: { type: "Number", formula: "0" },
        upperBound: { type: "Number", formula: "1" },
        fillColor: "#5B9BD5",
      },
    });
    expect(sim.workbook.sheets[0]!.conditionalFormats).toHaveLength(2);
  });

  it("keeps column widths, row heights, text rotation and font sizes within Excel's bounds", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Goals");
      const head = sheet.getRange("B3:C3");
      head.format.columnWidth = 28;
      head.format.rowHeight = 32;
      head.format.textOrientation = 90;
      head.format.font.size = 8;
      const mixed = sheet.getRange("A3:C3");
      head.load("format/columnWidth,format/rowHeight,format/textOrientation,format/font/size");
      mixed.load("format/columnWidth,format/textOrientation");
      await ctx.sync();
      expect([head.format.columnWidth, head.format.rowHeight, head.format.textOrientation]).toEqual([
        28, 32, 90,
      ]);
      expect(head.format.font.size).toBe(8);
      // Excel reports null where the cells differ.
      expect([mixed.format.columnWidth, mixed.format.textOrientation]).toEqual([null, null]);

      for (const misuse of [
        () => (head.format.textOrientation = 100),
        () => (head.format.textOrientation = 45.5),
        () => (head.format.rowHeight = 410),
        () => (head.format.columnWidth = -1),
        () => (head.format.font.size = 0),
      ]) {
        misuse();
        expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
      }
      head.format.textOrientation = 180;
      await ctx.sync();
    });
    const goals = sim.workbook.sheets[0]!;
    expect(goals.rowHeights.get(3)).toBe(32);
    expect([goals.columnWidths.get(1), goals.columnWidths.get(2)]).toEqual([undefined, 28]);
    expect(getCell(goals, 3, 3)).toMatchObject({ textOrientation: 180, fontSize: 8 });
    // A file keeps widths in characters; loading converts them back at the same points per character.
    // A hidden column beyond the last cell is kept too.
    goals.hiddenColumns.add(9);
    const again = await loadXlsx(await saveXlsx(sim.workbook, { pointsPerCharacter: 4 }), {
      pointsPerCharacter: 4,
    });
    expect([1, 2, 3].map((c) => again.sheets[0]!.columnWidths.get(c))).toEqual([undefined, 28, 28]);
    expect([...again.sheets[0]!.hiddenColumns]).toEqual([9]);
    expect(again.sheets[1]!.columnWidths.size).toBe(0);
  });

  it("keeps which cells are unlocked (format.protection.locked), reporting null where they differ", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Goals");
      const fresh = sheet.getRange("A4:B4").format.protection.load("locked");
      await ctx.sync();
      // Excel locks every cell until told otherwise.
      expect(fresh.locked).toBe(true);
      sheet.getRange("B4:B5").format.protection.locked = false;
      const mixed = sheet.getRange("A4:B4").format.protection.load("locked");
      const inputs = sheet.getRange("B4:B5").load("format/protection/locked");
      await ctx.sync();
      expect([mixed.locked, inputs.format.protection.locked]).toEqual([null, false]);
      (sheet.getRange("C4").format.protection as { locked: unknown }).locked = "no";
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
      sheet.getRange("B5").clear("Formats");
      await ctx.sync();
    });
    const goals = sim.workbook.sheets[0]!;
    expect([getCell(goals, 4, 2)?.locked, getCell(goals, 5, 2)?.locked]).toEqual([false, undefined]);
    // A file keeps it as <protection locked="0"/> in the cell's style, and loads it back; an
    // empty cell too (an input cell waiting for the operator), while an empty plain one stays out.
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Goals");
      sheet.getRange("E5").format.protection.locked = false;
      sheet.getRange("F5").numberFormat = [["0%"]];
      await ctx.sync();
    });
    const again = await loadXlsx(await saveXlsx(sim.workbook));
    const cells = again.sheets[0]!;
    expect([getCell(cells, 4, 2)?.locked, getCell(cells, 4, 1)?.locked]).toEqual([false, undefined]);
    expect(getCell(cells, 5, 5)).toMatchObject({ value: "", locked: false });
    expect(getCell(cells, 5, 6)).toBeUndefined();
  });

  it("adds table rows below, shifting the cells underneath the table", async () => {
    const wb = smallWorkbook();
    cellAt(wb.sheets[0]!, 7, 1).value = "below";
    cellAt(wb.sheets[0]!, 7, 5).value = "beside";
    const sim = createExcelSim(wb);
    await sim.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("tblGoals");
      t.rows.add(undefined, [
        ["G3", 1, ""],
        ["G4", 2, ""],
      ]);
      const range = t.getRange().load("address");
      const rows = t.rows.load("count");
      await ctx.sync();
      expect(range.address).toBe("Goals!A3:C7");
      expect(rows.count).toBe(4);
    });
    const goals = sim.workbook.sheets[0]!;
    expect(getCell(goals, 9, 1)?.value).toBe("below");
    expect(getCell(goals, 7, 5)?.value).toBe("beside");
    expect(getCell(goals, 7, 1)?.value).toBe("G4");
  });

  it("leads from a range and from a table back up to their worksheet", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const fromRange = ctx.workbook.getSelectedRange().worksheet;
      const fromTable = ctx.workbook.tables.getItem("tblGoals").worksheet;
      const fromCell = ctx.workbook.worksheets.getItem("Settings").getRange("B2").worksheet;
      fromRange.load("name");
      fromTable.load("name,position");
      fromCell.load("name");
      await ctx.sync();
      expect(fromTable.name).toBe("Goals");
      expect(fromTable.position).toBe(0);
      expect(fromCell.name).toBe("Settings");
      expect(fromRange.name).toBe("Goals");
      // one proxy per link, so what was loaded on it stays loaded
      const table = ctx.workbook.tables.getItem("tblGoals");
      expect(table.worksheet).toBe(table.worksheet);
    });
  });

  it("resolves defined names to ranges", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const names = ctx.workbook.names.load("items/name,items/type,items/value");
      const range = ctx.workbook.names.getItem("planyear").getRange().load("values,address");
      await ctx.sync();
      expect(names.items.map((n) => [n.name, n.type, n.value])).toEqual([
        ["PlanYear", "Range", "Settings!$B$2"],
      ]);
      expect(range.values).toEqual([[2027]]);
      expect(range.address).toBe("Settings!B2");
    });
  });
});

/** The part of Office.js's ChartTitle the add-in uses (the sim's chart proxies are untyped bags). */
interface TitleOf {
  title: { text: string; setFormula(formula: string): void; load(props: string): void };
}

describe("charts", () => {
  it("takes a title formula naming one cell of a sheet, and reads the title from that cell", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const goals = ctx.workbook.worksheets.getItem("Goals");
      const chart = goals.charts.add(
        "ColumnClustered",
        goals.getRange("A3:B5"),
        "Columns",
      ) as unknown as TitleOf;
      chart.title.text = "static";
      chart.title.setFormula("='Goals'!$A$4");
      chart.title.load("text");
      await ctx.sync();
      expect(chart.title.text).toBe("G1");
    });
    expect(sim.workbook.sheets[0]!.charts[0]!.titleFormula).toBe("=Goals!A4");
  });

  it.each([
    ["without a sheet", "=$A$4"],
    ["on a sheet that does not exist", "='Dashboard'!$A$4"],
    ["over a range", "=Goals!$A$4:$A$5"],
    ["as plain text", "Goals!A4"],
  ])("refuses a title formula %s", async (_, formula) => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      const goals = ctx.workbook.worksheets.getItem("Goals");
      const chart = goals.charts.add(
        "ColumnClustered",
        goals.getRange("A3:B5"),
        "Columns",
      ) as unknown as TitleOf;
      chart.title.setFormula(formula);
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    });
  });
});

describe("syncs, payloads and faults", () => {
  it("counts syncs and payload bytes, and flushes queued writes at the end of Excel.run", async () => {
    const sim = createExcelSim(smallWorkbook());
    await sim.run(async (ctx) => {
      ctx.workbook.tables.load("items/name");
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Goals").getRange("C4").values = [["✓"]];
    });
    expect(sim.stats.syncs).toBe(2);
    expect(sim.stats.records[0]).toMatchObject({ writes: 0, loads: 1 });
    // The response of the first sync is exactly [[{"name":"tblGoals"}]].
    expect(sim.stats.records[0]!.responseBytes).toBe(JSON.stringify([[{ name: "tblGoals" }]]).length);
    expect(sim.stats.records[1]).toMatchObject({ writes: 1, loads: 0, responseBytes: 2 });
    expect(sim.stats.records[1]!.requestBytes).toBeGreaterThan(0);
    expect(getCell(sim.workbook.sheets[0]!, 4, 3)?.value).toBe("✓");
  });

  it("rejects a request past the payload limit without applying any of it", async () => {
    const sim = createExcelSim(smallWorkbook(), { payloadLimitBytes: 1000 });
    await sim.run(async (ctx) => {
      const big = Array.from({ length: 100 }, (_, i) => [`row ${i} with some text`]);
      ctx.workbook.worksheets.getItem("Goals").getRange("E1:E100").values = big;
      const err = await rejection(ctx.sync());
      expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    });
    expect(getCell(sim.workbook.sheets[0]!, 1, 5)).toBeUndefined();
  });

  it("delays every sync by the configured latency", async () => {
    // On the fake clock: a wall-clock bound failed under load, when a 40 ms timer fired a
    // millisecond early by Date.now().
    vi.useFakeTimers();
    try {
      const sim = createExcelSim(smallWorkbook(), { latencyMs: 40 });
      let syncs = 0;
      const run = sim.run(async (ctx) => {
        ctx.workbook.tables.load("items/name");
        await ctx.sync();
        syncs++;
        await ctx.sync();
        syncs++;
      });
      await vi.advanceTimersByTimeAsync(39);
      expect(syncs).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(syncs).toBe(1);
      await vi.advanceTimersByTimeAsync(39);
      expect(syncs).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      await run;
      expect(syncs).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("can make a sync hang forever", async () => {
    const sim = createExcelSim(smallWorkbook());
    sim.hangSync(1);
    const outcome = await sim.run(async (ctx) => {
      ctx.workbook.tables.load("items/name");
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve("timed out"), 50));
      return Promise.race([ctx.sync().then(() => "synced"), timeout]);
    });
    expect(outcome).toBe("timed out");
  });
});

describe("xlsx round trip", () => {
  async function generated(): Promise<ExcelJS.Buffer> {
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet("目标");
    ws.getCell("A1").value = "caption";
    ws.addTable({
      name: "tblGoals",
      ref: "A3",
      headerRow: true,
      columns: [{ name: "目标编号" }, { name: "目标值" }, { name: "开始日期" }],
      rows: [
        ["G1", 0.05, new Date(Date.UTC(2027, 2, 1))],
        ["G2", { formula: "B4*2", result: 0.1 }, null],
      ],
    });
    ws.getCell("B4").numFmt = "0%";
    (ws as unknown as { dataValidations: { add(r: string, v: unknown): void } }).dataValidations.add(
      "A4:A5",
      { type: "list", allowBlank: true, formulae: ['"G1,G2"'] },
    );
    const meta = xl.addWorksheet("_planbook");
    meta.state = "veryHidden";
    meta.getCell("A1").value = "schemaVersion";
    meta.getCell("B1").value = 1;
    xl.definedNames.add("'目标'!$B$4", "Target1");
    return xl.xlsx.writeBuffer();
  }

  it("loads tables, values, formulas, dates, formats, names, visibility and validation", async () => {
    const bytes = await generated();
    const wb = await loadXlsx(bytes);
    // A file a test has loaded with exceljs already gives the same model.
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load(bytes);
    expect(await loadXlsx(xl)).toEqual(wb);
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["目标", "Visible"],
      ["_planbook", "VeryHidden"],
    ]);
    const goals = wb.sheets[0]!;
    expect(wb.tables.map((t) => [t.name, t.rect])).toEqual([["tblGoals", { r0: 3, c0: 1, r1: 5, c1: 3 }]]);
    expect(getCell(goals, 4, 2)).toMatchObject({ value: 0.05, numberFormat: "0%" });
    expect(getCell(goals, 5, 2)).toMatchObject({ value: 0.1, formula: "=B4*2" });
    // 2027-03-01 is Excel serial 46447.
    expect(getCell(goals, 4, 3)?.value).toBe(46447);
    expect(getCell(goals, 5, 1)?.validation).toEqual({ list: { inCellDropDown: true, source: "G1,G2" } });
    expect(wb.names).toEqual([{ name: "Target1", formula: "='目标'!$B$4", comment: "", visible: true }]);

    const again = await loadXlsx(await saveXlsx(wb));
    expect(again.tables.map((t) => [t.name, t.rect])).toEqual([["tblGoals", { r0: 3, c0: 1, r1: 5, c1: 3 }]]);
    expect(getCell(again.sheets[0]!, 5, 2)).toMatchObject({ formula: "=B4*2" });
    expect(getCell(again.sheets[0]!, 4, 2)?.numberFormat).toBe("0%");
    expect(again.sheets[1]!.visibility).toBe("VeryHidden");
    expect(getCell(again.sheets[0]!, 4, 1)?.validation).toEqual({
      list: { inCellDropDown: true, source: "G1,G2" },
    });
  });

  it("saves validations by block and loads every cell's back: rule, alert and prompt, gaps kept", async () => {
    const wb = smallWorkbook();
    const sheet = wb.sheets[0]!;
    const list = { list: { inCellDropDown: true, source: "=lstGoalIds" } };
    const alert = { showAlert: true, style: "Warning" as const, title: "Not listed", message: "Pick one." };
    const prompt = { showPrompt: true, title: "Goal", message: "A goal ID." };
    const inline = { list: { inCellDropDown: true, source: "Yes,No" } };
    // A 3×4 block of one list (an equal copy of the rule in one cell), a hole at B12, a column
    // with an alert beside it, a different rule under it, a lone cell far off.
    const expected = new Map<string, unknown>();
    const put = (r: number, c: number, cell: Record<string, unknown>) => {
      Object.assign(cellAt(sheet, r, c), cell);
      expected.set(`${r}:${c}`, cell);
    };
    for (let r = 10; r <= 13; r++)
      for (let c = 1; c <= 3; c++)
        if (r !== 12 || c !== 2)
          put(r, c, { validation: r === 11 && c === 3 ? structuredClone(list) : list });
    for (let r = 10; r <= 13; r++) put(r, 4, { validation: list, validationAlert: alert });
    for (let c = 1; c <= 4; c++) put(14, c, { validation: inline, validationPrompt: prompt });
    put(40, 9, { validation: list });
    const again = (await loadXlsx(await saveXlsx(wb))).sheets[0]!;
    const got = new Map<string, unknown>();
    for (const [r, cols] of again.rows)
      for (const [c, cell] of cols)
        if (cell.validation)
          got.set(`${r}:${c}`, {
            validation: cell.validation,
            ...(cell.validationAlert ? { validationAlert: cell.validationAlert } : {}),
            ...(cell.validationPrompt ? { validationPrompt: cell.validationPrompt } : {}),
          });
    expect(new Map([...got].sort())).toEqual(new Map([...expected].sort()));
  });

  it("serves a loaded workbook through the API with quoted sheet addresses", async () => {
    const sim: ExcelSim = createExcelSim(await loadXlsx(await generated()));
    await sim.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("tblGoals");
      const header = t.getHeaderRowRange().load("values,address");
      const names = ctx.workbook.names.getItem("Target1").getRange().load("values");
      await ctx.sync();
      expect(header.values).toEqual([["目标编号", "目标值", "开始日期"]]);
      expect(header.address).toBe("目标!A3:C3");
      expect(names.values).toEqual([[0.05]]);
    });
  });
});
