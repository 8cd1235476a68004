import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeTempDirs, runInProcess, tempDir } from "./helpers";
import { band, expectedBrand, expectedPortfolio } from "./rollup-expected";
import { BROKEN, CHECK_GOAL, configBrands, FILES, makePortfolio } from "./rollup-fixture";

interface BrandJson {
  file: string;
  brand: string | null;
  brandId: string | null;
  year: number | null;
  language: string | null;
  asOfMonth: number | null;
  attainment: number | null;
  status: string | null;
  dimensions: { dimension: string; attainment: number | null; status: string }[];
  channels: { channel: string | null; attainment: number | null; status: string }[];
  goals: Record<string, number> | null;
  findings: Record<string, number> | null;
  watch: { id: string; status: string; owner: string | null; gapToYtdTarget: number | null }[];
  error: { code: string; message: string } | null;
}
interface PortfolioJson {
  asOfMonth: number | null;
  asOfMonths: number[];
  languages: string[];
  attainment: number | null;
  status: string;
  brands: BrandJson[];
  dimensions: { dimension: string; attainment: number | null; status: string; brands: number }[];
  channels: { channel: string | null; attainment: number | null; brands: number }[];
  goals: Record<string, number>;
  notes: { rule: string }[];
}

const ORDER = ["qimu-coffee", "stride-athletics", "chengji-beauty"] as const;
const files = () => ORDER.map((id) => FILES[id]);

/** `--jobs 2` (worker threads, which run from dist/) is in rollup-jobs.system.test.ts. */
describe("planbook rollup", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("rollup");
    await makePortfolio(dir);
  }, 180_000);
  afterAll(removeTempDirs);

  async function rollup(args: string[]) {
    const r = await runInProcess(["rollup", ...args, "--json"], { cwd: dir });
    return { ...r, json: JSON.parse(r.stdout) as PortfolioJson };
  }

  it("matches an independent calculation of every brand and of the portfolio", async () => {
    const { json } = await rollup(files());
    const expected = configBrands().map((b) => expectedBrand(b));
    for (const [i, id] of ORDER.entries()) {
      const got = json.brands[i];
      const want = expected.find((e) => e.id === id);
      if (!got || !want) throw new Error(id);
      expect(got.brandId).toBe(id);
      expect(got.asOfMonth).toBe(want.asOf);
      expect(got.attainment).toBeCloseTo(want.overall ?? Number.NaN, 12);
      expect(got.status).toBe(band(want.overall));
      for (const d of got.dimensions) {
        const w = want.dimensions[d.dimension] ?? null;
        if (w === null) expect(d.attainment).toBeNull();
        else expect(d.attainment, `${id} ${d.dimension}`).toBeCloseTo(w, 12);
      }
    }
    const p = expectedPortfolio(expected);
    expect(json.attainment).toBeCloseTo(p.overall ?? Number.NaN, 12);
    for (const d of json.dimensions) {
      expect(d.attainment, d.dimension).toBeCloseTo(p.dimensions[d.dimension] ?? Number.NaN, 12);
      expect(d.brands).toBe(3);
    }
    // mixed as-of months: said so, and the report is headed by the latest
    expect(json.asOfMonths).toEqual([3, 4]);
    expect(json.asOfMonth).toBe(4);
    expect(json.languages.sort()).toEqual(["en", "zh-CN"]);
    expect(json.notes.map((n) => n.rule)).toEqual(
      expect.arrayContaining(["portfolio.as-of.mixed", "portfolio.languages.mixed"]),
    );
  });

  it("gives each brand exactly its own `progress --json` figures", async () => {
    const { json } = await rollup(["--as-of", "3", ...files()]);
    const progress = await runInProcess(["progress", "--json", "--as-of", "3", ...files()], { cwd: dir });
    const own = JSON.parse(progress.stdout) as {
      files: {
        asOfMonth: number;
        overall: { attainment: number | null; status: string };
        dimensions: unknown[];
        channels: unknown[];
        goals: { id: string; status: string }[];
      }[];
    };
    expect(json.asOfMonths).toEqual([3]);
    own.files.forEach((f, i) => {
      const b = json.brands[i];
      expect(b?.attainment).toBe(f.overall.attainment);
      expect(b?.status).toBe(f.overall.status);
      expect(b?.asOfMonth).toBe(f.asOfMonth);
      // the same rows, `leftOut` (each roll-up's check goals) included
      expect(b?.dimensions).toEqual(f.dimensions);
      expect(b?.channels).toEqual(f.channels);
      const counts: Record<string, number> = {};
      for (const g of f.goals) counts[g.status] = (counts[g.status] ?? 0) + 1;
      for (const [status, n] of Object.entries(b?.goals ?? {})) expect(n, status).toBe(counts[status] ?? 0);
    });
  });

  it("lists an unreadable file with its reason and still rolls up the rest (exit 1)", async () => {
    const r = await rollup([BROKEN, ...files()]);
    expect(r.code).toBe(1);
    const broken = r.json.brands[0];
    expect(broken).toMatchObject({ file: BROKEN, attainment: null, error: { code: "file.not-xlsx" } });
    expect(broken?.error?.message).toContain(BROKEN);
    expect(r.json.brands.slice(1).map((b) => b.brandId)).toEqual([...ORDER]);
    expect(r.json.attainment).toBe((await rollup(files())).json.attainment);
    expect(r.json.notes.map((n) => n.rule)).toContain("portfolio.file.unreadable");
  });

  it("exits 2 with a message when no file can be read, and expands patterns itself", async () => {
    const none = await runInProcess(["rollup", BROKEN, "nothing-*.xlsx"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No workbook could be read/);
    expect(none.stdout).toMatch(/nothing-\*\.xlsx: no file matches/);
    const glob = await rollup(["*.xlsx"]);
    // the generated *-2027.xlsx, the three filled copies and the broken file, sorted
    expect(glob.json.brands.map((b) => b.file)).toEqual([
      BROKEN,
      "chengji-beauty-2027.xlsx",
      "chengji.xlsx",
      "qimu-coffee-2027.xlsx",
      "qimu.xlsx",
      "stride-athletics-2027.xlsx",
      "stride.xlsx",
    ]);
    expect(glob.json.notes.map((n) => n.rule)).toContain("portfolio.brand.duplicate");
  });

  it("counts the brand's check goal, lists it to fix and leaves it out of the brand's figures", async () => {
    const { json } = await rollup(files());
    const chengji = json.brands[2];
    expect(chengji?.brandId).toBe(CHECK_GOAL.brand);
    expect(chengji?.goals?.check).toBe(1);
    expect(json.goals.check).toBe(1);
    const watched = chengji?.watch.find((w) => w.id === CHECK_GOAL.goal) as
      | {
          status: string;
          gapToYtdTarget: number | null;
          fix: { rule: string; cell: string | null; message: string }[];
        }
      | undefined;
    expect(watched?.status).toBe("check");
    expect(watched?.gapToYtdTarget).toBeNull();
    // what to fix: the brand's own finding, with the cell in that workbook
    expect(watched?.fix).toHaveLength(1);
    expect(watched?.fix[0]).toMatchObject({
      rule: "goal.target.invalid",
      cell: expect.stringMatching(/^[A-Z]+\d+$/),
    });
    expect(watched?.fix[0]?.message).toContain(CHECK_GOAL.text);
    const content = chengji?.dimensions.find((d) => d.dimension === "content") as
      | { leftOut?: number }
      | undefined;
    expect(content?.leftOut).toBe(1);
    // the other brands have none
    expect(json.brands.slice(0, 2).map((b) => b.goals?.check)).toEqual([0, 0]);
  });

  it("puts the at-risk and off-track goals on the watch list with owner and gap", async () => {
    const { json } = await rollup(files());
    const chengji = json.brands[2];
    const want = expectedBrand(configBrands()[2] ?? (undefined as never));
    for (const g of want.goals) {
      const status = g.id === CHECK_GOAL.goal ? null : band(g.attainment);
      if (status === "at_risk" || status === "off_track") {
        const w = chengji?.watch.find((x) => x.id === g.id);
        expect(w?.status, g.id).toBe(status);
        expect(w?.owner, g.id).toBeTruthy();
        const behind = (g.direction === "increase" ? 1 : -1) * (g.ytdTarget - (g.ytdActual ?? Number.NaN));
        expect(w?.gapToYtdTarget ?? Number.NaN, g.id).toBeCloseTo(behind, 6);
      }
    }
  });

  it("refuses to write its workbook over an input file", async () => {
    const r = await runInProcess(["rollup", ...files(), "--out", FILES["qimu-coffee"]], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/one of the workbooks being rolled up/);
  });
});
