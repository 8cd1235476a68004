import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Language } from "@planbook/core";
import { columnLetters, rangeContains, rangesOverlap, SETTINGS, SHEETS, TABLES } from "@planbook/workbook";
import { beforeAll, describe, expect, it } from "vitest";
import { python, tempDir } from "../../../../test-support/libreoffice";
import { renderPlanWorkbook } from "./render-plan";
import { progressFixture } from "./test-support/fixture";
import {
  child,
  children,
  DUMP_PARTS,
  descendants,
  functionsIn,
  rangeOf,
  relsOf,
  resolveTarget,
  textOf,
  type XmlNode,
} from "./test-support/ooxml";
import { WORKSHEET_SEQUENCE } from "./worksheet-sequence";

/**
 * The file-level causes of Excel's "We found a problem with some content" (PITFALLS.md), checked
 * on the XML of generated workbooks as an independent parser (Python's xml.etree) reads it —
 * there is no Excel here to open them.
 */

/** The only CT_Worksheet children that may repeat. */
const REPEATABLE = new Set(["conditionalFormatting"]);

/** Functions the formulas may call: in every Excel since 2010 and in LibreOffice 7.4. */
const KNOWN_FUNCTIONS = new Set([
  "AND",
  "DATE",
  "IF",
  "IFERROR",
  "INDEX",
  "ISNA",
  "ISNUMBER",
  "LOOKUP",
  "MATCH",
  "MAX",
  "MEDIAN",
  "MIN",
  "MONTH",
  "NOT",
  "OR",
  "ROWS",
  "SUM",
  "SUMPRODUCT",
  "TRIM",
  "YEAR",
]);

const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A defined name: a letter, _ or \ first; no spaces; not a cell reference (checked separately). */
const DEFINED_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const CELL_LIKE = /^[A-Za-z]{1,3}\d+$|^[RrCc]\d*$/;

const REL_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

type Parts = Record<string, XmlNode>;

interface SheetInfo {
  name: string;
  part: string;
  xml: XmlNode;
  state: string;
  tables: { part: string; xml: XmlNode }[];
}

function relationships(parts: Parts, owner: string): { id: string; type: string; target: string }[] {
  const rels = parts[relsOf(owner)];
  if (!rels) return [];
  return children(rels, "Relationship").map((r) => ({
    id: r.a.Id!,
    type: r.a.Type!,
    target: resolveTarget(owner, r.a.Target!),
  }));
}

function sheetsOf(parts: Parts): SheetInfo[] {
  const workbook = parts["xl/workbook.xml"]!;
  const rels = relationships(parts, "xl/workbook.xml");
  return children(child(workbook, "sheets")!, "sheet").map((s) => {
    const rel = rels.find((r) => r.id === s.a["r:id"])!;
    const part = rel.target;
    const tables = relationships(parts, part)
      .filter((r) => r.type === REL_TABLE)
      .map((r) => ({ part: r.target, xml: parts[r.target]! }));
    return { name: s.a.name!, part, xml: parts[part]!, state: s.a.state ?? "visible", tables };
  });
}

/** Cell values by A1 address, shared strings resolved; formulas as their text. */
function cellsOf(sheet: XmlNode, strings: string[]): Map<string, { value: string; formula: string | null }> {
  const cells = new Map<string, { value: string; formula: string | null }>();
  for (const row of children(child(sheet, "sheetData")!, "row")) {
    for (const c of children(row, "c")) {
      const f = child(c, "f");
      const v = child(c, "v");
      const is = child(c, "is");
      let value = v?.x ?? (is ? textOf(is) : "");
      if (c.a.t === "s") value = strings[Number(v?.x)] ?? "";
      cells.set(c.a.r!, { value, formula: f ? (f.x ?? "") : null });
    }
  }
  return cells;
}

const generator = { name: "planbook", version: "0.0.0-test" };
const dumps = new Map<Language, Parts>();

beforeAll(async () => {
  const dir = await tempDir("ooxml");
  for (const lang of ["zh-CN", "en"] as const) {
    const file = join(dir, `${lang}.xlsx`);
    await writeFile(file, await renderPlanWorkbook(progressFixture(lang, 6), { lang, generator }));
    dumps.set(lang, await python<Parts>(DUMP_PARTS, [file]));
  }
}, 120_000);

describe.each(["zh-CN", "en"] as const)("the OOXML of the %s workbook", (lang) => {
  const parts = () => dumps.get(lang)!;
  const sheets = () => sheetsOf(parts());
  const strings = () => children(parts()["xl/sharedStrings.xml"]!, "si").map((si) => textOf(si));

  it("declares a content type for every part and resolves every relationship to a part", () => {
    const types = parts()["[Content_Types].xml"]!;
    const overrides = new Set(children(types, "Override").map((o) => o.a.PartName!.slice(1)));
    const defaults = new Set(children(types, "Default").map((d) => d.a.Extension!));
    for (const name of Object.keys(parts())) {
      const ext = name.split(".").pop()!;
      expect(overrides.has(name) || defaults.has(ext), name).toBe(true);
    }
    for (const owner of ["", ...Object.keys(parts())]) {
      const relsPart = owner === "" ? "_rels/.rels" : relsOf(owner);
      const rels = parts()[relsPart];
      if (!rels) continue;
      for (const r of children(rels, "Relationship")) {
        if (r.a.TargetMode === "External") continue;
        const target = owner === "" ? r.a.Target!.replace(/^\//, "") : resolveTarget(owner, r.a.Target!);
        expect(parts()[target], `${relsPart} → ${r.a.Target}`).toBeDefined();
      }
    }
    const workbookRels = relationships(parts(), "xl/workbook.xml");
    expect(workbookRels.filter((r) => r.type === REL_WORKSHEET)).toHaveLength(SHEETS.length);
  });

  it("orders every worksheet's elements as CT_Worksheet requires, each once (conditional formats excepted)", () => {
    for (const sheet of sheets()) {
      const tags = sheet.xml.c.map((c) => c.t);
      const positions = tags.map((t) => WORKSHEET_SEQUENCE.indexOf(t));
      expect(
        positions.every((p) => p >= 0),
        `${sheet.name}: ${tags.join(",")}`,
      ).toBe(true);
      for (let i = 1; i < positions.length; i++) {
        expect(positions[i]!, `${sheet.name}: ${tags[i - 1]} before ${tags[i]}`).toBeGreaterThanOrEqual(
          positions[i - 1]!,
        );
        if (!REPEATABLE.has(tags[i]!))
          expect(tags[i], `${sheet.name}: ${tags[i]} twice`).not.toBe(tags[i - 1]);
      }
    }
  });

  it("names tables validly and uniquely, with refs covering a header row and at least one body row", () => {
    const all = sheets().flatMap((s) => s.tables.map((t) => ({ sheet: s, ...t })));
    expect(all.map((t) => t.xml.a.name).sort()).toEqual(TABLES.map((t) => t.name).sort());
    const ids = all.map((t) => t.xml.a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { sheet, xml } of all) {
      const name = xml.a.name!;
      expect(name).toMatch(TABLE_NAME);
      // a displayName other than the name corrupts (ej#1641)
      expect(xml.a.displayName ?? name).toBe(name);
      expect(xml.a.totalsRowCount ?? "0").toBe("0");
      const ref = rangeOf(xml.a.ref!);
      expect(ref.lastRow - ref.row, `${name} body rows`).toBeGreaterThanOrEqual(1);
      const columns = children(child(xml, "tableColumns")!, "tableColumn");
      expect(Number(child(xml, "tableColumns")!.a.count)).toBe(columns.length);
      expect(columns.length).toBe(ref.lastColumn - ref.column + 1);
      const headers = columns.map((c) => c.a.name!);
      expect(
        headers.every((h) => h.trim() !== "" && !/[\r\n]/.test(h)),
        name,
      ).toBe(true);
      expect(new Set(headers.map((h) => h.toLowerCase())).size, `${name} unique headers`).toBe(
        headers.length,
      );
      // the header cells hold exactly the column names (Excel repairs the table otherwise)
      const cells = cellsOf(sheet.xml, strings());
      headers.forEach((h, i) => {
        const address = `${columnLetters(ref.column + i)}${ref.row}`;
        expect(cells.get(address)?.value, `${sheet.name}!${address}`).toBe(h);
      });
      const filter = child(xml, "autoFilter");
      if (filter) expect(rangeContains(ref, rangeOf(filter.a.ref!)), `${name} autoFilter`).toBe(true);
    }
    // tables on one sheet never overlap, and no merged cell touches a table
    for (const sheet of sheets()) {
      const refs = sheet.tables.map((t) => rangeOf(t.xml.a.ref!));
      refs.forEach((a, i) => {
        refs.slice(i + 1).forEach((b) => {
          expect(rangesOverlap(a, b), sheet.name).toBe(false);
        });
      });
      const merged = descendants(sheet.xml, "mergeCell").map((m) => rangeOf(m.a.ref!));
      for (const m of merged)
        expect(
          refs.some((r) => rangesOverlap(m, r)),
          sheet.name,
        ).toBe(false);
      const tableParts = child(sheet.xml, "tableParts");
      expect(Number(tableParts?.a.count ?? 0)).toBe(sheet.tables.length);
    }
  });

  it("defines only valid names, each pointing at an existing sheet", () => {
    const workbook = parts()["xl/workbook.xml"]!;
    const names = children(child(workbook, "definedNames")!, "definedName");
    const sheetNames = sheets().map((s) => s.name);
    const seen = new Set<string>();
    for (const n of names) {
      const name = n.a.name!;
      expect(name).toMatch(DEFINED_NAME);
      expect(CELL_LIKE.test(name), name).toBe(false);
      const scope = `${n.a.localSheetId ?? ""}|${name.toLowerCase()}`;
      expect(seen.has(scope), `${name} defined twice`).toBe(false);
      seen.add(scope);
      if (n.a.localSheetId !== undefined) {
        expect(Number(n.a.localSheetId)).toBeLessThan(sheetNames.length);
      }
      // A list over a table column: a structured reference to a table of the workbook.
      const structured = /^(tbl[A-Za-z]+)\[[^[\]]+\]$/.exec(n.x ?? "");
      if (structured) {
        expect(TABLES.map((t) => t.name)).toContain(structured[1]);
        continue;
      }
      // The Phasing list: an OFFSET from its Settings helper cell (lists.ts).
      const offset = /^OFFSET\(('(?:[^']|'')+'![$A-Z0-9]+),/.exec(n.x ?? "");
      if (name === "lstPhasing" && offset) n.x = offset[1]!;
      const m = /^'((?:[^']|'')+)'!(.+)$|^([^'!]+)!(.+)$/.exec(n.x ?? "");
      expect(m, `${name} = ${n.x}`).not.toBeNull();
      const sheet = (m![1] ?? m![3]!).replace(/''/g, "'");
      expect(sheetNames).toContain(sheet);
      // a sheet name that is not a plain identifier must be quoted
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet)) expect(n.x!.startsWith("'"), n.x!).toBe(true);
    }
    for (const setting of SETTINGS) expect(names.some((n) => n.a.name === setting.name)).toBe(true);
  });

  it("keeps shared strings consistent, with no empty rich-text runs", () => {
    const sst = parts()["xl/sharedStrings.xml"]!;
    const items = children(sst, "si");
    expect(Number(sst.a.uniqueCount)).toBe(items.length);
    for (const si of items) {
      for (const r of children(si, "r")) expect(textOf(r), "empty rich-text run (ej#2737)").not.toBe("");
    }
    let used = 0;
    for (const sheet of sheets()) {
      for (const c of descendants(child(sheet.xml, "sheetData")!, "c")) {
        if (c.a.t !== "s") continue;
        used++;
        const index = Number(child(c, "v")!.x);
        expect(Number.isInteger(index) && index >= 0 && index < items.length, c.a.r).toBe(true);
      }
    }
    expect(Number(sst.a.count)).toBe(used);
  });

  it("writes formulas Excel can read: under 8192 characters, known functions, no shared formulas", () => {
    let count = 0;
    for (const sheet of sheets()) {
      for (const f of descendants(child(sheet.xml, "sheetData")!, "f")) {
        count++;
        const text = f.x ?? "";
        expect(text.length, sheet.name).toBeLessThan(8192);
        expect(text.startsWith("="), "formula text is stored without =").toBe(false);
        expect(f.a.t, "shared / array formulas (ej#676)").toBeUndefined();
        for (const fn of functionsIn(text)) expect(KNOWN_FUNCTIONS, `${sheet.name}: ${fn}`).toContain(fn);
      }
      for (const f of descendants(sheet.xml, "formula")) {
        for (const fn of functionsIn(f.x ?? ""))
          expect(KNOWN_FUNCTIONS, `${sheet.name}: ${fn}`).toContain(fn);
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it("bounds data validations, counts them right and keeps list formulas within 255 characters", () => {
    for (const sheet of sheets()) {
      const dvs = child(sheet.xml, "dataValidations");
      if (!dvs) continue;
      const rules = children(dvs, "dataValidation");
      expect(Number(dvs.a.count)).toBe(rules.length);
      for (const dv of rules) {
        for (const ref of dv.a.sqref!.split(" ")) {
          const range = rangeOf(ref);
          expect(range.lastRow, `${sheet.name} ${ref} bounded`).toBeLessThan(10_000);
        }
        const formula1 = child(dv, "formula1")?.x ?? "";
        if (dv.a.type === "list")
          expect(formula1.length, `${sheet.name} ${dv.a.sqref}`).toBeLessThanOrEqual(257);
      }
    }
  });

  it("links every x14 data bar to its rule, with a sqref, and uses no negative-bar colours", () => {
    let bars = 0;
    for (const sheet of sheets()) {
      const ruleIds = new Set(
        descendants(sheet.xml, "cfRule")
          .filter((r) => r.a.type === "dataBar")
          .flatMap((r) => descendants(r, "x14:id").map((i) => i.x)),
      );
      const x14 = descendants(sheet.xml, "x14:cfRule");
      for (const rule of x14) {
        bars++;
        expect(ruleIds.has(rule.a.id!), `${sheet.name} x14 rule ${rule.a.id}`).toBe(true);
        expect(descendants(rule, "x14:negativeFillColor"), "negative colours corrupt (ej#2547)").toHaveLength(
          0,
        );
      }
      for (const cf of descendants(sheet.xml, "x14:conditionalFormatting")) {
        const sqref = child(cf, "xm:sqref")?.x ?? "";
        expect(sqref, sheet.name).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?( [A-Z]+\d+(:[A-Z]+\d+)?)*$/);
      }
      expect(ruleIds.size).toBe(new Set(x14.map((r) => r.a.id)).size);
      const priorities = descendants(sheet.xml, "cfRule").map((r) => r.a.priority);
      expect(
        priorities.every((p) => p !== undefined && Number(p) >= 1),
        sheet.name,
      ).toBe(true);
    }
    expect(bars).toBeGreaterThan(0);
  });

  it("prints visible sheets scaled to the page width, with the table header repeated", () => {
    const workbook = parts()["xl/workbook.xml"]!;
    const titles = children(child(workbook, "definedNames")!, "definedName").filter(
      (n) => n.a.name === "_xlnm.Print_Titles",
    );
    sheets().forEach((sheet, index) => {
      if (sheet.state !== "visible") return;
      const setup = child(sheet.xml, "pageSetup");
      expect(setup, sheet.name).toBeDefined();
      expect(setup!.a.fitToHeight).toBe("0");
      expect(Number(setup!.a.fitToWidth ?? 1)).toBeGreaterThanOrEqual(1);
      const fit = descendants(child(sheet.xml, "sheetPr") ?? { t: "", a: {}, c: [], x: null }, "pageSetUpPr");
      expect(fit[0]?.a.fitToPage, sheet.name).toBe("1");
      const title = titles.find((t) => Number(t.a.localSheetId) === index);
      const table = sheet.tables[0];
      if (title && table) {
        const header = rangeOf(table.xml.a.ref!).row;
        expect(title.x, sheet.name).toMatch(new RegExp(`!\\$${header}:\\$${header}$`));
      }
    });
  });
});
