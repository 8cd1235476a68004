import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeTempDirs, runInProcess, SMALL_FILES, tempDir, writeSmallConfig } from "./helpers";

/**
 * generate never replaces a file it did not write in this run (docs/design.md#cli), run in-process.
 * Races, signals, other processes' temp files and permissions, which need the built bin as a real
 * process, are in generate-safety.system.test.ts.
 */

/** Two brands (writeSmallConfig): one to keep, one to write. */
const GEN = ["generate", "--config", "small.yaml", "--out", "out"];

describe("generate: no clobber, output folder checks", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("gen-safety");
  });
  afterAll(removeTempDirs);

  it("running the same command twice succeeds: identical files are reported unchanged (exit 0)", async () => {
    const cwd = await tempDir("twice");
    await writeSmallConfig(cwd);
    expect((await runInProcess(GEN, { cwd })).code).toBe(0);
    const target = path.join(cwd, "out", "beta-2027.xlsx");
    const before = (await stat(target)).mtimeMs;
    const again = await runInProcess(GEN, { cwd });
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`unchanged ${path.join("out", "beta-2027.xlsx")} (already up to date)`);
    expect(again.stdout).toContain("2 already up to date.");
    expect((await stat(target)).mtimeMs).toBe(before);
  });

  it("keeps a file that differs (a filled-in workbook), names it, exit 2; writes the brands that are new", async () => {
    const cwd = await tempDir("differs");
    await writeSmallConfig(cwd);
    await mkdir(path.join(cwd, "out"));
    const mine = path.join(cwd, "out", "beta-2027.xlsx");
    await writeFile(mine, "my filled-in plan");
    const r = await runInProcess(GEN, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${path.join("out", "beta-2027.xlsx")} already exists. Use --force to overwrite it.`,
    );
    expect(await readFile(mine, "utf8")).toBe("my filled-in plan");
    expect((await readdir(path.join(cwd, "out"))).sort()).toEqual(SMALL_FILES);
    const forced = await runInProcess([...GEN, "--force"], { cwd });
    expect(forced.code).toBe(0);
    expect((await readFile(mine)).subarray(0, 2).toString()).toBe("PK");
  });

  it("--out naming a file: a clear message, exit 2, nothing rendered", async () => {
    await writeFile(path.join(dir, "report.txt"), "not a folder");
    const r = await runInProcess(["generate", "--out", "report.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "--out report.txt is a file, not a folder. Give a folder name (it is created if missing).\n",
    );
    const below = await runInProcess(["generate", "--out", "report.txt/sub"], {
      cwd: dir,
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect(below.code).toBe(2);
    expect(below.stderr).toContain("--out 指向的 report.txt 是文件而不是文件夹");
  });
});
