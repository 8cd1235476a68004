import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RawCell, RawSheet, RawTable, RawWorkbook } from "../grid/raw";
import { SHEETS, TABLES } from "../layout/spec";
import { readPlan } from "./read-plan";
import { locateFindings } from "./validate";

/** Cells as adapters may hand them over, biased towards the forms the parsers treat specially. */
const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.double(),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.boolean(),
  fc.constantFrom("#N/A", "#DIV/0!", "#REF!", "").map((error) => ({ error })),
  fc.constantFrom(
    "1.2万",
    "5%",
    "１２３",
    "10w+",
    "¥-3",
    "2027-02-30",
    "3月1日",
    "13/45",
    "用户增长",
    "Custom",
    "S1、S2",
    "  ",
    "1,23",
    "1e400",
    "9".repeat(400),
  ),
);

const headerFor = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom(
    ...TABLES.flatMap((t) =>
      t.columns.flatMap((c) => [c.header.en, c.header["zh-CN"], ...(c.aliases ?? [])]),
    ),
  ),
);

const rawTable: fc.Arbitrary<RawTable> = fc
  .record({
    name: fc.oneof(fc.constantFrom(...TABLES.map((t) => t.name)), fc.string({ maxLength: 8 })),
    sheet: fc.string({ maxLength: 8 }),
    headerRow: fc.integer({ min: 1, max: 50 }),
    firstColumn: fc.integer({ min: 1, max: 30 }),
    headers: fc.array(headerFor, { maxLength: 30 }),
    rowCount: fc.integer({ min: 0, max: 6 }),
    belowCount: fc.integer({ min: 0, max: 3 }),
    cells: fc.array(rawCell, { maxLength: 200 }),
  })
  .map(({ rowCount, belowCount, cells, headers, ...t }) => {
    const row = (r: number) => headers.map((_h, c) => cells[(r * 7 + c) % Math.max(cells.length, 1)] ?? null);
    const table: RawTable = { ...t, headers, rows: Array.from({ length: rowCount }, (_, r) => row(r)) };
    // rows typed below the table, as the file adapter hands them over
    if (belowCount > 0) table.below = Array.from({ length: belowCount }, (_, r) => row(rowCount + r));
    return table;
  });

/** Sheet cells as the file adapter hands them over for table recovery: header texts among random cells. */
const rawSheet: fc.Arbitrary<RawSheet> = fc.record({
  name: fc.oneof(
    fc.constantFrom(...SHEETS.flatMap((s) => [s.name.en, s.name["zh-CN"]])),
    fc.string({ maxLength: 6 }),
  ),
  rows: fc
    .array(
      fc.record({
        row: fc.integer({ min: 1, max: 40 }),
        cells: fc.array(fc.oneof(headerFor, rawCell), { maxLength: 20 }),
      }),
      { maxLength: 12 },
    )
    .map((rows) => rows.sort((a, b) => a.row - b.row)),
});

const rawWorkbook: fc.Arbitrary<RawWorkbook> = fc.record({
  tables: fc.array(rawTable, { maxLength: 8 }),
  names: fc.dictionary(
    fc.constantFrom(
      "PlanYear",
      "Brand",
      "Currency",
      "AsOfMonth",
      "OnTrackThreshold",
      "AtRiskThreshold",
      "MaxGrowth",
      "planyear",
    ),
    fc.record({
      value: rawCell,
      sheet: fc.string({ maxLength: 5 }),
      cell: fc.constantFrom("B2", "$C$9", "??", ""),
    }),
  ),
  meta: fc.dictionary(fc.constantFrom("brandId", "year", "language", "brand"), fc.string({ maxLength: 10 })),
  sheetNames: fc.array(fc.string({ maxLength: 6 }), { maxLength: 5 }),
  sheets: fc.array(rawSheet, { maxLength: 3 }),
});

describe("fuzz: random workbooks never throw", () => {
  it("readPlan accepts anything and locates and words what it reports", () => {
    fc.assert(
      fc.property(rawWorkbook, (raw) => {
        const read = readPlan(raw);
        for (const f of read.findings) {
          const cell = read.locate(f);
          // A finding on a row of a table that was read always has a cell.
          if (f.at && f.at.collection !== "settings") expect(cell).not.toBeNull();
        }
        const located = locateFindings(read, read.findings, "en");
        for (const f of located) expect(f.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it("spec tables with every header (either language, any order) and random cells read without throwing", () => {
    const fullTable = fc
      .record({
        spec: fc.constantFrom(...TABLES),
        lang: fc.constantFrom("en" as const, "zh-CN" as const),
        seed: fc.integer(),
        cells: fc.array(rawCell, { minLength: 1, maxLength: 120 }),
        rowCount: fc.integer({ min: 1, max: 5 }),
      })
      .map(({ spec, lang, seed, cells, rowCount }): RawTable => {
        const headers = spec.columns.map((c) => c.header[lang]);
        // A deterministic shuffle from the seed: users move columns.
        const order = headers
          .map((h, i) => ({ h, k: Math.imul(i + 1, seed | 1) >>> 0 }))
          .sort((a, b) => a.k - b.k);
        return {
          name: spec.name,
          sheet: spec.name,
          headerRow: 2,
          firstColumn: 1,
          headers: order.map((o) => o.h),
          rows: Array.from({ length: rowCount }, (_, r) =>
            order.map((_o, c) => cells[(r * 13 + c) % cells.length] ?? null),
          ),
        };
      });
    fc.assert(
      fc.property(fc.array(fullTable, { maxLength: 6 }), (tables) => {
        const raw: RawWorkbook = { tables, names: {}, meta: { year: "2027" }, sheetNames: [] };
        const read = readPlan(raw);
        for (const f of read.findings) {
          if (f.at) expect(read.locate(f)).not.toBeNull();
        }
        expect(locateFindings(read, read.findings, "zh-CN")).toHaveLength(read.findings.length);
      }),
      { numRuns: 150 },
    );
  });
});
