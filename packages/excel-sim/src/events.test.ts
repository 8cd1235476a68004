import { describe, expect, it } from "vitest";
import { SimError } from "./errors";
import type { TableChangedEventArgs, WorksheetChangedEventArgs } from "./events";
import { createExcelSim } from "./index";
import { addSheet, type WorkbookModel } from "./model";
import { goalsTableWorkbook } from "./test-support/goals-table";

/** Goals!A3:C5 holds tblGoals (header + two rows); Other is a second sheet. */
function workbook(): WorkbookModel {
  const { wb } = goalsTableWorkbook();
  addSheet(wb, "Other");
  return wb;
}

type Args = WorksheetChangedEventArgs | TableChangedEventArgs;

/** Registers a worksheet handler on Goals that records its args; returns them and the result. */
async function listen(sim: ReturnType<typeof createExcelSim>, sheet = "Goals") {
  const seen: Args[] = [];
  const result = await sim.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).onChanged.add(async (args: Args) => {
      seen.push(args);
    });
    await ctx.sync();
    return r;
  });
  return { seen, result };
}

describe("worksheet.onChanged", () => {
  it("registers at sync, and is not called before it", async () => {
    const sim = createExcelSim(workbook());
    const seen: Args[] = [];
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Goals").onChanged.add((a: Args) => seen.push(a));
      expect(sim.events.listeners()).toBe(0);
      await ctx.sync();
      expect(sim.events.listeners()).toBe(1);
    });
  });

  it("a typed cell: Excel's args, with details (ExcelApi 1.9) and triggerSource (1.14)", async () => {
    const sim = createExcelSim(workbook());
    const { seen } = await listen(sim);
    sim.edit("Goals!B4", 120);
    // Delivered on a later task, as Excel sends events after processing the change.
    expect(seen).toHaveLength(0);
    await sim.eventsSettled();
    expect(seen).toHaveLength(1);
    const args = seen[0]!;
    expect(args).toMatchObject({
      type: "WorksheetChanged",
      address: "B4",
      changeType: "RangeEdited",
      source: "Local",
      triggerSource: "Unknown",
      worksheetId: sim.workbook.sheets[0]!.id,
      details: { valueBefore: 100, valueAfter: 120, valueTypeBefore: "Double", valueTypeAfter: "Double" },
    });
    // getRange(context) gives the changed range in a new batch.
    const address = await sim.run(async (ctx) => {
      const range = (args.getRange(ctx) as { load(p: string): { address: string } }).load("address");
      await ctx.sync();
      return range.address;
    });
    expect(address).toBe("Goals!B4");
  });

  it("a paste is one event with the whole address and no details", async () => {
    const sim = createExcelSim(workbook());
    const { seen } = await listen(sim);
    const rows = Array.from({ length: 2000 }, (_, i) => [`G${i + 10}`, i, ""]);
    sim.edit("Goals!A6:C2005", rows);
    await sim.eventsSettled();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.address).toBe("A6:C2005");
    expect(seen[0]?.details).toBeUndefined();
  });

  it("a co-author's edit arrives with source Remote", async () => {
    const sim = createExcelSim(workbook());
    const { seen } = await listen(sim);
    sim.edit("Goals!B5", "=B4*2", { source: "Remote" });
    await sim.eventsSettled();
    expect(seen.map((a) => [a.source, a.address])).toEqual([["Remote", "B5"]]);
  });

  it("the add-in's own writes raise events too (source Local, triggerSource ThisLocalAddin)", async () => {
    const sim = createExcelSim(workbook());
    const { seen } = await listen(sim);
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Goals");
      sheet.getRange("C4:C5").values = [["✓"], ["✓"]];
      sheet.getRange("C4").format.fill.color = "#FFC7CE"; // a format write: no onChanged
      ctx.workbook.tables.getItem("tblGoals").rows.add(null, [["G3", 5, ""]]);
      await ctx.sync();
    });
    await sim.eventsSettled();
    expect(seen.map((a) => [a.address, a.changeType, a.source, a.triggerSource])).toEqual([
      ["C4:C5", "RangeEdited", "Local", "ThisLocalAddin"],
      ["A6:C6", "RowInserted", "Local", "ThisLocalAddin"],
    ]);
  });

  it("only the registered sheet's changes reach its handler", async () => {
    const sim = createExcelSim(workbook());
    const { seen } = await listen(sim);
    sim.edit("Other!A1", "x");
    await sim.eventsSettled();
    expect(seen).toEqual([]);
  });

  it("ExcelApi 1.7 args carry neither details nor triggerSource", async () => {
    const sim = createExcelSim(workbook(), { eventApi: "1.7" });
    const { seen } = await listen(sim);
    sim.edit("Goals!B4", 1);
    await sim.eventsSettled();
    expect(seen[0]).not.toHaveProperty("details");
    expect(seen[0]).not.toHaveProperty("triggerSource");
    expect(seen[0]?.address).toBe("B4");
  });

  it("remove() in the adding context (Excel.run(result.context, …)) stops the handler", async () => {
    const sim = createExcelSim(workbook());
    const { seen, result } = await listen(sim);
    // Outside its context the removal cannot even be queued.
    expect(() => result.remove()).toThrowError(expect.objectContaining({ code: "InvalidObjectPath" }));
    await sim.run(result.context as never, async (ctx: { sync(): Promise<void> }) => {
      result.remove();
      await ctx.sync();
    });
    expect(sim.events.listeners()).toBe(0);
    sim.edit("Goals!B4", 7);
    await sim.eventsSettled();
    expect(seen).toEqual([]);
  });

  it("a handler's failure is kept (Office logs it) and does not stop other handlers", async () => {
    const sim = createExcelSim(workbook());
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Goals").onChanged.add(async () => {
        throw new Error("boom");
      });
      await ctx.sync();
    });
    const { seen } = await listen(sim);
    sim.edit("Goals!A4", "G9");
    await sim.eventsSettled();
    expect(seen).toHaveLength(1);
    expect(String(sim.events.handlerErrors[0])).toContain("boom");
  });

  it("edit refuses an address outside the workbook", () => {
    const sim = createExcelSim(workbook());
    expect(() => sim.edit("Nope!A1", 1)).toThrowError(SimError);
  });
});

describe("table.onChanged", () => {
  it("reports the part of the change inside the table, with the table's id", async () => {
    const sim = createExcelSim(workbook());
    const seen: Args[] = [];
    await sim.run(async (ctx) => {
      ctx.workbook.tables.getItem("tblGoals").onChanged.add((a: Args) => {
        seen.push(a);
      });
      await ctx.sync();
    });
    sim.edit("Goals!B5:E9", 1);
    sim.edit("Goals!F1", 1); // outside the table
    await sim.eventsSettled();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ type: "TableChanged", tableId: "{t1}", address: "B5:C5" });
  });
});

describe("Office.context.document.settings", () => {
  it("shares the workbook's settings store, as in Excel", async () => {
    const sim = createExcelSim(workbook());
    const settings = sim.Office.context.document.settings;
    expect(settings.get("planbook.liveCheck")).toBeNull();
    settings.set("planbook.liveCheck", true);
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    const value = await sim.run(async (ctx) => {
      const item = ctx.workbook.settings.getItem("planbook.liveCheck").load("value") as unknown as {
        value: unknown;
      };
      await ctx.sync();
      return item.value;
    });
    expect(value).toBe(true);
  });
});
