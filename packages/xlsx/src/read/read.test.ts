import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeZip } from "../zip/write";
import { readWorkbookBuffer } from "./index";

async function sample(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("目标");
  ws.getCell("A1").value = "caption above the table";
  ws.addTable({
    name: "tblGoals",
    ref: "B3",
    headerRow: true,
    columns: [
      { name: "Goal ID" },
      { name: "Target" },
      { name: "Start" },
      { name: "Notes" },
      { name: "Calc" },
    ],
    rows: [
      [
        "G1",
        1200,
        new Date(Date.UTC(2027, 2, 1)),
        { richText: [{ text: "rich " }, { text: "text" }] },
        { formula: "C4*2", result: 2400 },
      ],
      [
        "G2",
        "1.2万",
        46082,
        { text: "a link", hyperlink: "https://example.com" },
        { formula: "1/0", result: { error: "#DIV/0!" } },
      ],
      [null, null, null, null, null],
    ],
  });
  const settings = wb.addWorksheet("Settings");
  settings.getCell("B2").value = 2027;
  wb.definedNames.add("Settings!$B$2", "PlanYear");
  const meta = wb.addWorksheet("_planbook", { state: "veryHidden" });
  meta.addRow(["schemaVersion", 1]);
  meta.addRow(["brandId", "lumen-coffee"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("readWorkbookBuffer", () => {
  it("reads tables, cells, defined names, meta and sheet names", async () => {
    const raw = await readWorkbookBuffer(await sample());
    expect(raw.sheetNames).toEqual(["目标", "Settings", "_planbook"]);
    expect(raw.tables).toHaveLength(1);
    const t = raw.tables[0];
    expect(t).toMatchObject({ name: "tblGoals", sheet: "目标", headerRow: 3, firstColumn: 2 });
    expect(t?.headers).toEqual(["Goal ID", "Target", "Start", "Notes", "Calc"]);
    // 2027-03-01 is serial 46447 (46082 = 2026-03-01 + 365 days)
    expect(t?.rows).toEqual([
      ["G1", 1200, 46447, "rich text", 2400],
      ["G2", "1.2万", 46082, "a link", { error: "#DIV/0!" }],
      [null, null, null, null, null],
    ]);
    expect(raw.names.PlanYear).toEqual({ value: 2027, sheet: "Settings", cell: "B2" });
    expect(raw.meta).toEqual({ schemaVersion: "1", brandId: "lumen-coffee" });
  });

  it("refuses files that are not zips, legacy .xls and zips without a workbook", async () => {
    await expect(
      readWorkbookBuffer(Buffer.from("Goal ID,Target\nG1,5\n"), { label: "a.csv" }),
    ).rejects.toMatchObject({
      code: "file.not-xlsx",
      file: "a.csv",
    });
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readWorkbookBuffer(ole)).rejects.toMatchObject({ code: "file.legacy-xls" });
    const docx = writeZip([{ name: "word/document.xml", data: Buffer.from("<w/>") }], {
      compression: "deflate",
    });
    await expect(readWorkbookBuffer(docx)).rejects.toMatchObject({ code: "file.not-xlsx" });
  });

  it("calls a truncated workbook corrupt", async () => {
    const buf = await sample();
    await expect(readWorkbookBuffer(buf.subarray(0, Math.floor(buf.length / 2)))).rejects.toMatchObject({
      code: "file.corrupt",
    });
  });

  it("refuses files above the size limit before unzipping", async () => {
    const buf = await sample();
    await expect(readWorkbookBuffer(buf, { limits: { maxFileBytes: buf.length - 1 } })).rejects.toMatchObject(
      {
        code: "file.too-large",
      },
    );
  });

  it("refuses zips that declare more than the inflate limit, without inflating", async () => {
    const bomb = writeZip(
      [
        { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
        { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(10), declaredSize: 600 * 1024 * 1024 },
      ],
      { compression: "deflate" },
    );
    await expect(readWorkbookBuffer(bomb)).rejects.toMatchObject({ code: "file.zip-bomb" });
  });

  it("refuses entries that really inflate past the limit or at an absurd ratio", async () => {
    const zeros = writeZip(
      [
        { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
        { name: "xl/workbook.xml", data: Buffer.alloc(3 * 1024 * 1024) },
      ],
      { compression: "deflate" },
    );
    // 3 MiB of zeros deflate to about 3 KiB: ratio ~1000:1 with the default limits
    await expect(readWorkbookBuffer(zeros, { limits: { maxCompressionRatio: 100 } })).rejects.toMatchObject({
      code: "file.zip-bomb",
    });
    await expect(
      readWorkbookBuffer(zeros, { limits: { maxInflatedBytes: 2 * 1024 * 1024, maxCompressionRatio: 1e9 } }),
    ).rejects.toMatchObject({ code: "file.zip-bomb" });
  });

  it("refuses an entry that inflates beyond the size its header declares", async () => {
    const lying = writeZip(
      [
        { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
        { name: "xl/workbook.xml", data: Buffer.alloc(200_000, 65), declaredSize: 100 },
      ],
      { compression: "deflate" },
    );
    await expect(readWorkbookBuffer(lying)).rejects.toMatchObject({ code: "file.corrupt" });
  });

  it("refuses zips with too many entries", async () => {
    const many = writeZip(
      Array.from({ length: 30 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from("x") })),
      { compression: "deflate" },
    );
    await expect(readWorkbookBuffer(many, { limits: { maxEntries: 20 } })).rejects.toMatchObject({
      code: "file.zip-bomb",
    });
  });
});
