import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { type Plan, RULES } from "@planbook/core";
import { readEntries, renderPlanWorkbook, writeZip, type ZipEntry } from "@planbook/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recalculateWithLibreOffice } from "../../../test-support/libreoffice";
import { bundledConfigPath } from "../src/bundled-config";
import { parseConfig } from "../src/config/load";
import { configToPlans } from "../src/config/to-plan";
import type { CliIO } from "../src/io";
import { runCli } from "../src/run";

/**
 * The corpus of docs/design.md#reading, made at test time with the real tools from one filled workbook (goals,
 * custom phasing, actuals, campaigns): openpyxl (load/save, and a write-only copy), LibreOffice
 * (with and without recalculation), gnumeric's ssconvert, and transforms written here. Each must
 * give the same `validate --json` and `progress --json` as the untouched workbook, plus only the
 * findings §7 names. Needs /usr/bin/python3 with openpyxl, soffice and ssconvert
 * (scripts/ensure-system-deps.sh).
 */
const run = promisify(execFile);
const PY = "/usr/bin/python3";
const TOOL_TIMEOUT = 240_000;
const SECTION_7 = new Set(["sheet.table.recovered", "sheet.rows.outside-table"]);

const dir = mkdtempSync(path.join(tmpdir(), "planbook-corpus-"));
// PLANBOOK_KEEP_CORPUS=1 keeps the files for a look with other tools
afterAll(() => {
  if (!process.env.PLANBOOK_KEEP_CORPUS) rmSync(dir, { recursive: true, force: true });
});

function io(): { io: CliIO; out: () => string } {
  const out: string[] = [];
  return {
    io: {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: () => true },
      env: { LANG: "en_US.UTF-8" },
      cwd: dir,
      now: () => new Date(Date.UTC(2027, 6, 1)),
    },
    out: () => out.join(""),
  };
}

interface Reading {
  findings: { rule: string }[];
  rest: unknown;
  progress: unknown;
}

async function readCli(file: string): Promise<Reading> {
  const v = io();
  const vCode = await runCli(["validate", "--json", file], v.io);
  const p = io();
  await runCli(["progress", "--json", file], p.io);
  const vf = JSON.parse(v.out()).files[0];
  const pf = JSON.parse(p.out()).files[0];
  expect(vf.error, `${file}: ${JSON.stringify(vf.error)}`).toBeUndefined();
  expect(vCode).toBeLessThan(2);
  const { file: _a, findings, ...rest } = vf;
  // progress repeats validate's findings: compared there
  const { file: _b, findings: again, ...progress } = pf;
  expect(again).toEqual(findings);
  return { findings, rest, progress };
}

// ── the filled workbook ───────────────────────────────────────────────────────────────────────

function filledPlan(): Plan {
  const parsed = parseConfig(readFileSync(bundledConfigPath(), "utf8"), "brands.yaml", "en");
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const plans = configToPlans(parsed.config, { defaultYear: 2027 });
  const plan = plans.find((p) => p.goals.some((g) => g.phasing === "custom") && p.campaigns.length > 0);
  if (!plan) throw new Error("no brand with custom phasing and campaigns in the bundled config");
  // six months of actuals for every goal, moving from baseline towards target
  const actuals = plan.goals.map((g, i) => {
    const from = g.baseline ?? 0;
    const to = g.target ?? from + 100;
    const months = Array.from({ length: 12 }, (_, m) =>
      m < 6 ? Math.round((from + ((to - from) * (m + 1) * (0.8 + (i % 3) * 0.1)) / 12) * 100) / 100 : null,
    );
    return { goalId: g.id, months };
  });
  return { ...plan, actuals: actuals as Plan["actuals"] };
}

// ── transforms of the package ─────────────────────────────────────────────────────────────────

type Parts = Map<string, string>;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function partsOf(file: string): Promise<{ parts: Parts; binary: ZipEntry[] }> {
  const parts: Parts = new Map();
  const binary: ZipEntry[] = [];
  for (const e of await readEntries(readFileSync(file))) {
    if (/\.(xml|rels)$/i.test(e.name)) parts.set(e.name, e.data.toString("utf8"));
    else binary.push(e);
  }
  return { parts, binary };
}

function writeParts(file: string, p: { parts: Parts; binary: ZipEntry[] }): void {
  const entries = [...p.parts].map(([name, text]) => ({ name, data: Buffer.from(text) }));
  writeFileSync(file, writeZip([...entries, ...p.binary], { compression: "deflate" }));
}

/** The source part of a .rels part: `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`. */
const sourceOf = (rels: string) => rels.replace(/_rels\/([^/]*)\.rels$/, "$1").replace(/^\.rels$/, "");

function tablePartNamed(parts: Parts, table: string): string {
  const name = [...parts.keys()].find(
    (n) => n.startsWith("xl/tables/") && parts.get(n)?.includes(`name="${table}"`),
  );
  if (!name) throw new Error(`no table part for ${table}`);
  return name;
}

const TRANSFORMS: Record<string, (parts: Parts) => void> = {
  /** Every SpreadsheetML and relationships part with prefixed elements, as the .NET SDK writes them. */
  "namespace-prefixed": (parts) => {
    for (const [name, text] of parts) {
      const ns = name.endsWith(".rels")
        ? "http://schemas.openxmlformats.org/package/2006/relationships"
        : MAIN;
      if ((text.match(/xmlns="/g) ?? []).length !== 1 || !text.includes(`xmlns="${ns}"`)) continue;
      parts.set(
        name,
        text
          .replace(`xmlns="${ns}"`, `xmlns:x="${ns}"`)
          .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, "<$1x:$2"),
      );
    }
  },
  /** Relationship targets as absolute part names, as openpyxl writes them. */
  "absolute-targets": (parts) => {
    for (const [name, text] of parts) {
      if (!name.endsWith(".rels")) continue;
      const base = path.posix.dirname(sourceOf(name));
      parts.set(
        name,
        text.replace(/<Relationship ([^>]*?)Target="([^"]+)"([^>]*)>/g, (m, a, target: string, b) =>
          /TargetMode="External"/.test(m) || target.startsWith("/")
            ? m
            : `<Relationship ${a}Target="/${path.posix.normalize(path.posix.join(base, target))}"${b}>`,
        ),
      );
    }
  },
  /** Inline strings instead of the shared-string table, which is removed. */
  "inline-strings": (parts) => {
    const sst = parts.get("xl/sharedStrings.xml") ?? "";
    const items = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1] ?? "");
    for (const [name, text] of parts) {
      if (!name.startsWith("xl/worksheets/")) continue;
      parts.set(
        name,
        text.replace(
          /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
          (_m, a, b, i) => `<c ${a}t="inlineStr"${b}><is>${items[Number(i)]}</is></c>`,
        ),
      );
    }
    parts.delete("xl/sharedStrings.xml");
    const rels = "xl/_rels/workbook.xml.rels";
    parts.set(rels, (parts.get(rels) ?? "").replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ""));
    const ct = "[Content_Types].xml";
    parts.set(ct, (parts.get(ct) ?? "").replace(/<Override [^>]*sharedStrings[^>]*\/>/, ""));
  },
  /** ISO 29500 Strict namespaces. */
  "strict-namespaces": (parts) => {
    for (const [name, text] of parts) {
      parts.set(
        name,
        text
          .replaceAll(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")
          .replaceAll(RELS, "http://purl.oclc.org/ooxml/officeDocument/relationships"),
      );
    }
  },
  /** The 1904 date system: the flag set and every date-formatted number moved back 1,462 days. */
  "date-1904": (parts) => {
    const wb = parts.get("xl/workbook.xml") ?? "";
    parts.set(
      "xl/workbook.xml",
      /<workbookPr\b/.test(wb)
        ? wb.replace(/<workbookPr\b/, '<workbookPr date1904="1"')
        : wb.replace(/(<workbook\b[^>]*>)/, '$1<workbookPr date1904="1"/>'),
    );
    const styles = parts.get("xl/styles.xml") ?? "";
    const custom = new Map(
      [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2] ?? ""]),
    );
    const xfs = styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? "";
    const dateStyles = new Set<string>();
    [...xfs.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].forEach((m, i) => {
      const id = Number(m[1]);
      const code = custom.get(m[1] ?? "");
      const isDate =
        code === undefined ? id >= 14 && id <= 22 : /y|d/i.test(code.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
      if (isDate) dateStyles.add(String(i));
    });
    expect(dateStyles.size).toBeGreaterThan(0);
    for (const [name, text] of parts) {
      if (!name.startsWith("xl/worksheets/")) continue;
      parts.set(
        name,
        text.replace(/<c ([^>]*)>((?:<f>[^<]*<\/f>)?)<v>([^<]+)<\/v><\/c>/g, (m, attrs: string, f, v) => {
          const s = / s="(\d+)"/.exec(attrs)?.[1];
          if (/ t="/.test(attrs) || s === undefined || !dateStyles.has(s)) return m;
          return `<c ${attrs}>${f}<v>${Number(v) - 1462}</v></c>`;
        }),
      );
    }
  },
  /** The Actuals table part removed (the cells stay), as SheetJS and ssconvert save. */
  "table-removed": (parts) => {
    const table = tablePartNamed(parts, "tblActuals");
    parts.delete(table);
    const file = path.posix.basename(table);
    for (const [name, text] of parts) {
      if (!name.startsWith("xl/worksheets/_rels/") || !text.includes(file)) continue;
      const rid = new RegExp(`<Relationship Id="(\\w+)"[^>]*Target="[^"]*${file}"[^>]*/>`).exec(text);
      if (!rid) throw new Error("no relationship to the table");
      parts.set(name, text.replace(rid[0], ""));
      const sheet = sourceOf(name);
      parts.set(sheet, (parts.get(sheet) ?? "").replace(new RegExp(`<tablePart r:id="${rid[1]}"/>`), ""));
    }
    const ct = "[Content_Types].xml";
    parts.set(ct, (parts.get(ct) ?? "").replace(new RegExp(`<Override PartName="/${table}"[^>]*/>`), ""));
  },
  /** tblActuals one row shorter: its last row is now typed below it, as in LibreOffice. */
  "rows-below-table": (parts) => {
    const table = tablePartNamed(parts, "tblActuals");
    parts.set(
      table,
      (parts.get(table) ?? "").replace(
        /ref="([A-Z]+\d+):([A-Z]+)(\d+)"/g,
        (_m, a, col, row) => `ref="${a}:${col}${Number(row) - 1}"`,
      ),
    );
  },
  /** A month header renamed (1月 → 一月, Jan → January) in the cells and the table parts. */
  "renamed-month-header": (parts) => {
    for (const [name, text] of parts) {
      if (name === "xl/sharedStrings.xml")
        parts.set(
          name,
          text.replace(/<t>1月<\/t>/g, "<t>一月</t>").replace(/<t>Jan<\/t>/g, "<t>January</t>"),
        );
      if (name.startsWith("xl/tables/"))
        parts.set(name, text.replace(/name="1月"/g, 'name="一月"').replace(/name="Jan"/g, 'name="January"'));
    }
  },
};

// ── real tools ────────────────────────────────────────────────────────────────────────────────

async function soffice(src: string, out: string, recalc: boolean): Promise<void> {
  const profile = path.join(dir, `lo-profile-${recalc ? "recalc" : "norecalc"}`);
  mkdirSync(path.join(profile, "user"), { recursive: true });
  // OOXMLRecalcMode: 0 always recalculate on load, 1 never
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${recalc ? 0 : 1}</value></prop></item></oor:items>`,
  );
  const outDir = path.join(dir, `lo-${recalc ? "recalc" : "norecalc"}`);
  await recalculateWithLibreOffice([src], outDir, "xlsx:Calc MS Excel 2007 XML", {
    profile,
    timeout: TOOL_TIMEOUT,
  });
  writeFileSync(out, readFileSync(path.join(outDir, path.basename(src))));
}

const OPENPYXL_SAVE = "import sys, openpyxl\nopenpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])\n";
/** A write-only copy of every sheet's values (and the defined names): no table parts survive. */
const OPENPYXL_WRITE_ONLY = `import sys, openpyxl
src = openpyxl.load_workbook(sys.argv[1])
out = openpyxl.Workbook(write_only=True)
for ws in src.worksheets:
    o = out.create_sheet(ws.title)
    o.sheet_state = ws.sheet_state
    for row in ws.iter_rows(values_only=True):
        o.append(list(row))
for dn in src.defined_names.definedName:
    out.defined_names.append(dn)
out.save(sys.argv[2])
`;

// ── the corpus ────────────────────────────────────────────────────────────────────────────────

describe("workbooks other tools saved read as the original (docs/design.md#reading)", () => {
  const base = path.join(dir, "base.xlsx");
  let original: Reading;
  let tableCount = 0;

  beforeAll(async () => {
    const plan = filledPlan();
    writeFileSync(
      base,
      await renderPlanWorkbook(plan, {
        lang: plan.language,
        generator: { name: "planbook", version: "corpus" },
      }),
    );
    original = await readCli(base);
    tableCount = [...(await partsOf(base)).parts.keys()].filter((n) => n.startsWith("xl/tables/")).length;
  }, TOOL_TIMEOUT);

  /** Same findings and progress as the original, plus exactly `extra` §7 findings by rule. */
  async function expectSame(file: string, extra: Partial<Record<string, number>>) {
    const got = await readCli(file);
    expect(got.rest).toEqual(original.rest);
    expect(got.findings.filter((f) => !SECTION_7.has(f.rule))).toEqual(original.findings);
    const counts: Record<string, number> = {};
    for (const f of got.findings) if (SECTION_7.has(f.rule)) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    expect(counts).toEqual(extra);
    expect(got.progress).toEqual(original.progress);
    return got;
  }

  it("the untouched workbook has actuals, custom phasing and campaigns, and no §7 findings", () => {
    const progress = original.progress as { goals: { ytdActual: number | null }[] };
    expect(progress.goals.filter((g) => g.ytdActual !== null).length).toBeGreaterThan(3);
    expect(original.findings.some((f) => SECTION_7.has(f.rule))).toBe(false);
    expect(Object.keys(RULES)).toEqual(expect.arrayContaining([...SECTION_7]));
  });

  it.each(Object.keys(TRANSFORMS))("in-test transform: %s", async (name) => {
    const p = await partsOf(base);
    TRANSFORMS[name]?.(p.parts);
    const file = path.join(dir, `${name}.xlsx`);
    writeParts(file, p);
    const extra: Record<string, Record<string, number>> = {
      "table-removed": { "sheet.table.recovered": 1 },
      "rows-below-table": { "sheet.rows.outside-table": 1 },
    };
    await expectSame(file, extra[name] ?? {});
  });

  it(
    "openpyxl load_workbook(...).save(...)",
    async () => {
      const out = path.join(dir, "openpyxl.xlsx");
      await run(PY, ["-c", OPENPYXL_SAVE, base, out], { timeout: TOOL_TIMEOUT });
      const rels = [...(await partsOf(out)).parts].filter(([n]) => n.startsWith("xl/worksheets/_rels/"));
      expect(rels.some(([, text]) => text.includes('Target="/xl/tables/'))).toBe(true);
      await expectSame(out, {});
    },
    TOOL_TIMEOUT,
  );

  it(
    "openpyxl write-only copy (no table parts)",
    async () => {
      const out = path.join(dir, "openpyxl-write-only.xlsx");
      await run(PY, ["-c", OPENPYXL_WRITE_ONLY, base, out], { timeout: TOOL_TIMEOUT });
      expect([...(await partsOf(out)).parts.keys()].some((n) => n.startsWith("xl/tables/"))).toBe(false);
      await expectSame(out, { "sheet.table.recovered": tableCount });
    },
    TOOL_TIMEOUT,
  );

  it.each([false, true])(
    "LibreOffice --convert-to xlsx (recalculate on load: %s)",
    async (recalc) => {
      const out = path.join(dir, `libreoffice-${recalc}.xlsx`);
      await soffice(base, out, recalc);
      await expectSame(out, {});
    },
    TOOL_TIMEOUT * 2,
  );

  it(
    "gnumeric ssconvert (no table parts)",
    async () => {
      const out = path.join(dir, "gnumeric.xlsx");
      await run("ssconvert", [base, out], { timeout: TOOL_TIMEOUT });
      await expectSame(out, { "sheet.table.recovered": tableCount });
    },
    TOOL_TIMEOUT,
  );
});
