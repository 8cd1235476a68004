import { RULES } from "@planbook/core";
import { progressWorkbook, type RawCell, type RawWorkbook, validateWorkbook } from "@planbook/workbook";
import { isWorkbookFileError, readWorkbookBuffer } from "@planbook/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { BYTE_DAMAGE, type ByteDamage, damageBytes } from "../../../test-support/byte-damage";
import { type Rng, rng } from "../../../test-support/rng";
import { testSize } from "../../../test-support/size";
import { exampleWorkbooks } from "./helpers";

const STRINGS = [
  "",
  "   ",
  "12万",
  "3亿",
  "1,234",
  "１２３",
  "5%",
  "150%",
  "-",
  "n/a",
  "=1+1",
  "@SUM(A1)",
  "2027-02-30",
  "2027/3/1",
  "3月1日",
  "13/45",
  "Custom",
  "自定义",
  "Linear",
  "sum",
  "比率",
  "Decrease",
  "G01",
  "G99",
  "O1",
  "S9",
  "Instagram, TikTok、Snapchat",
  "¥1.5k",
  "10w+",
  "\u0000\uFFFF",
  "😀".repeat(50),
  "x".repeat(5000),
];
const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  12,
  1e308,
  -1e308,
  5e-324,
  46447,
  2027,
  13,
  Number.MAX_SAFE_INTEGER,
  0.95,
];

function randomCell(r: Rng): RawCell {
  switch (r.int(6)) {
    case 0:
      return null;
    case 1:
      return r.pick(NUMBERS) * (r.next() < 0.2 ? r.next() * 1000 : 1);
    case 2:
      return r.pick(STRINGS);
    case 3:
      return r.next() < 0.5;
    case 4:
      return { error: r.pick(["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?"]) };
    default:
      return String.fromCharCode(...Array.from({ length: r.int(12) }, () => r.int(0x9fff)));
  }
}

/** Random damage of the kinds users and other tools do: cells, columns, tables, sheets, names, meta. */
function mutate(raw: RawWorkbook, r: Rng): void {
  const steps = 1 + r.int(6);
  for (let s = 0; s < steps; s++) {
    const t = raw.tables.length > 0 ? r.pick(raw.tables) : null;
    switch (r.int(10)) {
      case 0:
      case 1:
      case 2: {
        if (!t || t.rows.length === 0) break;
        for (let k = 0; k < 1 + r.int(8); k++) {
          const row = r.pick(t.rows);
          if (row.length > 0) row[r.int(row.length)] = randomCell(r);
        }
        break;
      }
      case 3: {
        if (!t || t.headers.length === 0) break;
        const c = r.int(t.headers.length);
        t.headers.splice(c, 1);
        for (const row of t.rows) row.splice(c, 1);
        break;
      }
      case 4:
        if (t) raw.tables.splice(raw.tables.indexOf(t), 1);
        break;
      case 5: {
        if (!t) break;
        const to = r.pick(["Sheet1", t.sheet.toUpperCase(), `${t.sheet} (2)`, "目标", "Goals", ""]);
        const from = t.sheet;
        raw.sheetNames = raw.sheetNames.map((n) => (n === from ? to : n));
        for (const x of raw.tables) if (x.sheet === from) x.sheet = to;
        break;
      }
      case 6: {
        if (!t || t.headers.length === 0) break;
        const c = r.int(t.headers.length);
        t.headers[c] = r.next() < 0.5 ? (t.headers[(c + 1) % t.headers.length] ?? "") : String(randomCell(r));
        break;
      }
      case 7: {
        if (!t) break;
        const width = r.next() < 0.8 ? t.headers.length : r.int(t.headers.length + 3);
        t.rows.push(Array.from({ length: width }, () => randomCell(r)));
        if (r.next() < 0.3) t.rows.reverse();
        break;
      }
      case 8: {
        const names = Object.keys(raw.names);
        const name = names.length > 0 ? r.pick(names) : "PlanYear";
        if (r.next() < 0.4) delete raw.names[name];
        else raw.names[name] = { value: randomCell(r), sheet: "Settings", cell: "B3" };
        break;
      }
      default: {
        const key = r.pick(["year", "language", "brandId", "schemaVersion"]);
        if (r.next() < 0.4) delete raw.meta[key];
        else raw.meta[key] = String(randomCell(r));
      }
    }
  }
}

const RULE_IDS = new Set(Object.keys(RULES));
const SEVERITIES = new Set(["error", "warning", "info"]);

function checkRaw(raw: RawWorkbook, r: Rng): void {
  const lang = r.pick(["en", "zh-CN", undefined] as const);
  const v = validateWorkbook(raw, { lang });
  const p = progressWorkbook(raw, { asOfMonth: r.pick([null, 1, 6, 12]) });
  for (const f of [...v.findings, ...p.findings]) {
    if (!RULE_IDS.has(f.rule)) throw new Error(`unknown rule id ${f.rule}`);
    if (!SEVERITIES.has(f.severity)) throw new Error(`bad severity ${f.severity}`);
    if (typeof f.message !== "string" || f.message === "") throw new Error(`empty message for ${f.rule}`);
  }
  for (const g of p.progress.goals) {
    for (const x of [g.ytdActual, g.attainment, g.progress, g.forecast]) {
      if (x !== null && Number.isNaN(x)) throw new Error(`NaN in goal ${g.id}`);
    }
  }
  JSON.stringify({ v: v.findings, p: p.progress });
}

/** The fast loop runs the first cases of the same seeds (test-support/size.ts). */
const TABLE_CASES = testSize({ full: 920, fast: 100 });
const BYTE_CASES = testSize({ full: 100, fast: 40 });

describe("fuzz: mutated workbooks end as findings or a typed file error, never an exception", () => {
  let base: Buffer;
  let baseRaw: RawWorkbook;

  beforeAll(async () => {
    const stride = (await exampleWorkbooks()).get("stride-athletics-2027.xlsx");
    if (!stride) throw new Error("no generated Stride workbook");
    base = stride;
    baseRaw = await readWorkbookBuffer(base);
  });

  it(`${TABLE_CASES} workbooks mutated at the table level (validate + progress in-process)`, () => {
    const seed = 20270101;
    for (let i = 0; i < TABLE_CASES; i++) {
      const r = rng(seed + i);
      const raw = structuredClone(baseRaw);
      mutate(raw, r);
      try {
        checkRaw(raw, r);
      } catch (e) {
        throw new Error(
          `case ${i} (seed ${seed + i}): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        );
      }
    }
  });

  it(`${BYTE_CASES} damaged files: flipped, zeroed and inserted bytes, truncations`, async () => {
    const seed = 7_000_000;
    const outcomes = { read: 0, typed: 0 };
    for (let i = 0; i < BYTE_CASES; i++) {
      const r = rng(seed + i);
      const buf = damageBytes(base, BYTE_DAMAGE[i % BYTE_DAMAGE.length] as ByteDamage, r);
      let raw: RawWorkbook | null = null;
      try {
        raw = await readWorkbookBuffer(buf, { label: `case-${i}.xlsx` });
      } catch (e) {
        if (!isWorkbookFileError(e)) throw new Error(`case ${i}: untyped error ${String(e)}`);
        expect(["file.not-xlsx", "file.corrupt", "file.zip-bomb", "file.too-large"]).toContain(e.code);
        expect(e.file).toBe(`case-${i}.xlsx`);
        outcomes.typed++;
      }
      if (raw) {
        checkRaw(raw, r);
        outcomes.read++;
      }
    }
    // byte damage mostly breaks the zip; both outcomes must have happened for the test to mean anything
    expect(outcomes.typed).toBeGreaterThan(BYTE_CASES / 2);
    expect(outcomes.read + outcomes.typed).toBe(BYTE_CASES);
  });
});
