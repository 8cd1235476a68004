import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadXlsx, removeTempDirs, runInProcess, table, tempDir, writeSmallConfig } from "./helpers";

const FILES = ["chengji-beauty-2027.xlsx", "qimu-coffee-2027.xlsx", "stride-athletics-2027.xlsx"];

/** `--jobs 2` (worker threads, which run from dist/) is in generate.system.test.ts. */
describe("planbook generate", () => {
  let dir: string;
  let first: Awaited<ReturnType<typeof runInProcess>>;

  beforeAll(async () => {
    dir = await tempDir("gen");
    first = await runInProcess(["generate", "--year", "2027", "--out", "out"], { cwd: dir });
  });

  afterAll(removeTempDirs);

  it("writes one workbook per brand of the bundled example, named <brand-id>-<year>.xlsx", async () => {
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect((await readdir(path.join(dir, "out"))).sort()).toEqual(FILES);
    expect(first.stdout).toContain(`wrote ${path.join("out", "qimu-coffee-2027.xlsx")}`);
  });

  it("names a workbook written outside the working directory by its absolute path", async () => {
    const elsewhere = await tempDir("gen-elsewhere");
    await writeSmallConfig(dir);
    const run = await runInProcess(["generate", "--config", "small.yaml", "--out", elsewhere], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`wrote ${path.join(elsewhere, "beta-2027.xlsx")}`);
    expect(run.stdout).not.toContain("wrote ..");
  });

  it("leaves no temp files behind (temp name + rename)", async () => {
    const all = await readdir(path.join(dir, "out"));
    expect(all.filter((f) => f.endsWith(".tmp") || f.startsWith("."))).toEqual([]);
  });

  it("refuses to overwrite a changed file without --force, naming the file, exit 2, files untouched", async () => {
    const cwd = await tempDir("gen-changed");
    await writeSmallConfig(cwd);
    const gen = ["generate", "--config", "small.yaml", "--out", "out"];
    expect((await runInProcess(gen, { cwd })).code).toBe(0);
    const target = path.join(cwd, "out", "beta-2027.xlsx");
    await writeFile(target, Buffer.concat([await readFile(target), Buffer.from("edited")]));
    const before = (await stat(target)).mtimeMs;
    const again = await runInProcess(gen, { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      `${path.join("out", "beta-2027.xlsx")} already exists. Use --force to overwrite it.`,
    );
    expect((await stat(target)).mtimeMs).toBe(before);
    const zh = await runInProcess(gen, { cwd, env: { LANG: "zh_CN.UTF-8" } });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`${path.join("out", "beta-2027.xlsx")} 已存在。如需覆盖请加 --force。`);
  });

  it("writes strings starting with = + - @ as text, never as formulas", async () => {
    const config = path.join(dir, "inject.yaml");
    await writeFile(
      config,
      `year: 2027
language: en
brands:
  - id: inject
    name: "=HYPERLINK(\\"http://evil\\",\\"x\\")"
    channels: [{ channel: "@handle", platform: "+1 555" }]
    review: []
    lessons: [{ type: "-Shortfall", finding: "=1+1", rootCause: "@SUM(A1)", action: "+cmd" }]
    trends: []
    competitors: []
    personas: []
    objectives: [{ id: O1, objective: "=2*3" }]
    goals: [{ id: G1, objectiveId: O1, metric: "-10% churn", channel: "@handle", target: 5, owner: "=owner" }]
    strategies: []
`,
    );
    const r = await runInProcess(["generate", "--config", config, "--out", "inj"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const wb = await loadXlsx(path.join(dir, "inj", "inject-2027.xlsx"));
    const lessons = table(wb, "tblLessons");
    const row = lessons.range.row + 1;
    const values = ["Type", "Finding", "Root Cause", "Action"].map(
      (h) => lessons.ws.getCell(row, lessons.col(h)).value,
    );
    expect(values).toEqual(["-Shortfall", "=1+1", "@SUM(A1)", "+cmd"]);
    const goals = table(wb, "tblGoals");
    const g = goals.row("G1");
    expect(goals.ws.getCell(g, goals.col("Metric")).value).toBe("-10% churn");
    expect(goals.ws.getCell(g, goals.col("Owner")).value).toBe("=owner");
    const objectives = table(wb, "tblObjectives");
    expect(objectives.ws.getCell(objectives.row("O1"), objectives.col("Objective")).value).toBe("=2*3");
  });

  it("reports a bad config with file:line and field path, exit 2, no stack trace", async () => {
    const config = path.join(dir, "bad.yaml");
    await writeFile(config, "brands:\n  - id: Bad Id\n    name: x\n    goals: { id: G1 }\n");
    const r = await runInProcess(["generate", "--config", config, "--out", "bad"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad.yaml:2 brands[0].id: ");
    expect(r.stderr).toContain("bad.yaml:4 brands[0].goals: expected a list");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const missing = await runInProcess(["generate", "--config", "nope.yaml"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.yaml: cannot read the config file (ENOENT).");
  });

  it("usage errors exit 2 with a message in the CLI's language", async () => {
    const r = await runInProcess(["generate", "--year", "27"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--year must be a year between 2000 and 2100, not "27"');
    const zh = await runInProcess(["frobnicate"], { cwd: dir, env: { LANG: "zh_CN.UTF-8" } });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("未知命令 frobnicate");
  });
});
