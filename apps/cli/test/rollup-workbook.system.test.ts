import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { python, recalculateWithLibreOffice } from "../../../test-support/libreoffice";
import { assertBuilt, runBin } from "./bin-process";
import { removeTempDirs, tempDir } from "./helpers";
import { BROKEN, FILES, makePortfolio } from "./rollup-fixture";

const run = promisify(execFile);

/**
 * Removes every cached formula result (`<v>` after `<f>`) so LibreOffice has to calculate the
 * portfolio formulas itself, then dumps every sheet's values with openpyxl.
 */
const STRIP_AND_DUMP = `
import json, re, sys, zipfile, openpyxl
src, stripped = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(stripped, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.startswith("xl/worksheets/sheet"):
            text = data.decode("utf8")
            text = re.sub(r'(<c [^>]*?) t="(?:str|n|e|b)"(>\\s*<f>)', r"\\1\\2", text)
            text = re.sub(r"(<f>[^<]*</f>)\\s*<v>[^<]*</v>", r"\\1", text)
            data = text.encode("utf8")
        zout.writestr(item, data)
print(json.dumps({"ok": True}))
`;
const DUMP = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
print(json.dumps({ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}, ensure_ascii=False))
`;

type Sheets = Record<string, (string | number | null)[][]>;

describe("rollup --out, recalculated in LibreOffice", () => {
  let dir: string;
  let json: {
    attainment: number;
    status: string;
    brands: {
      file: string;
      brandId: string | null;
      attainment: number | null;
      error: { message: string } | null;
      dimensions: { attainment: number | null }[];
    }[];
    dimensions: { attainment: number | null }[];
    channels: { channel: string | null; attainment: number | null; brands: number }[];
    goals: Record<string, number>;
    watch: { id: string }[];
  };
  let recalculated: Sheets;
  let cached: Sheets;

  beforeAll(async () => {
    assertBuilt();
    dir = await tempDir("rollup-xlsx");
    await makePortfolio(dir);
    const files = [FILES["qimu-coffee"], FILES["stride-athletics"], FILES["chengji-beauty"], BROKEN];
    const r = await runBin(["rollup", ...files, "--json", "--lang", "en", "--out", "portfolio.xlsx"], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    json = JSON.parse(r.stdout);
    const out = path.join(dir, "portfolio.xlsx");
    cached = await python<Sheets>(DUMP, [out]);
    const stripped = path.join(dir, "stripped.xlsx");
    await python(STRIP_AND_DUMP, [out, stripped]);
    const lo = path.join(dir, "lo");
    await recalculateWithLibreOffice([stripped], lo);
    recalculated = await python<Sheets>(DUMP, [path.join(lo, "stripped.xlsx")]);
  }, 300_000);
  afterAll(removeTempDirs);

  const rowOf = (sheet: Sheets[string], first: string) => {
    const row = sheet.find((r) => r[0] === first);
    if (!row) throw new Error(`no row ${first}`);
    return row;
  };

  it("has the overview (with its two native charts), channel, watch-list and sources sheets", async () => {
    expect(Object.keys(recalculated)).toEqual(["Overview", "Channels", "Watch list", "Sources"]);
    const { stdout } = await run("unzip", ["-l", path.join(dir, "portfolio.xlsx")]);
    expect(stdout.match(/xl\/charts\/chart\d+\.xml/g)).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
    ]);
  });

  it("gives the JSON's portfolio numbers when LibreOffice calculates the formulas itself", () => {
    const overview = recalculated.Overview ?? [];
    const row = rowOf(overview, "Portfolio (brands weighted equally)");
    // Overall, status, the four dimensions, goals per status
    expect(row[4]).toBeCloseTo(json.attainment, 12);
    expect(row[5]).toBe({ on_track: "On track", at_risk: "At risk", off_track: "Off track" }[json.status]);
    json.dimensions.forEach((d, i) => {
      if (d.attainment === null) expect(row[6 + i]).toBeNull();
      else expect(row[6 + i] as number).toBeCloseTo(d.attainment, 12);
    });
    const counts = Object.values(json.goals);
    expect(row.slice(10, 10 + counts.length)).toEqual(counts);
    // the cached results written with the file agree too
    const cachedRow = rowOf(cached.Overview ?? [], "Portfolio (brands weighted equally)");
    expect(cachedRow[4]).toBeCloseTo(json.attainment, 12);
  });

  it("shows each brand's own figures and the channel view's portfolio column", () => {
    const overview = recalculated.Overview ?? [];
    for (const b of json.brands.filter((x) => x.error === null)) {
      const row = overview.find((r) => r[1] === b.file);
      expect(row, b.brandId ?? "").toBeDefined();
      expect(row?.[4] as number).toBeCloseTo(b.attainment ?? Number.NaN, 12);
      b.dimensions.forEach((d, i) => {
        if (d.attainment === null) expect(row?.[6 + i]).toBeNull();
        else expect(row?.[6 + i] as number).toBeCloseTo(d.attainment, 12);
      });
    }
    const channels = recalculated.Channels ?? [];
    const brandsShown = 3;
    for (const c of json.channels) {
      const row = rowOf(channels, c.channel ?? "All channels");
      const mean = row[1 + brandsShown];
      if (c.attainment === null) expect(mean).toBeNull();
      else expect(mean as number).toBeCloseTo(c.attainment, 12);
      expect(row[3 + brandsShown]).toBe(c.brands);
    }
  });

  it("lists every watched goal and the unreadable file with its reason", () => {
    const watch = recalculated["Watch list"] ?? [];
    const header = watch.findIndex((r) => r[0] === "Brand");
    expect(watch.slice(header + 1).map((r) => r[1])).toEqual(json.watch.map((w) => w.id));
    const sources = recalculated.Sources ?? [];
    const broken = rowOf(sources, BROKEN);
    expect(broken[4]).toBe(json.brands.find((b) => b.file === BROKEN)?.error?.message);
    expect(broken[4]).toMatch(/^broken\.xlsx: /);
  });
});
