import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, runBin } from "./bin-process";
import { removeTempDirs, tempDir } from "./helpers";

/**
 * The built bin's render worker threads: they load dist/render-worker.js, so in-process from the
 * sources (generate.test.ts) every workbook renders in the test's own thread.
 */
const FILES = ["chengji-beauty-2027.xlsx", "qimu-coffee-2027.xlsx", "stride-athletics-2027.xlsx"];

describe("planbook generate (built bin)", () => {
  let dir: string;

  beforeAll(async () => {
    assertBuilt();
    dir = await tempDir("gen-jobs");
    const first = await runBin(["generate", "--year", "2027", "--out", "out"], { cwd: dir });
    if (first.code !== 0) throw new Error(first.stderr);
    // a changed file, which only --force replaces
    const target = path.join(dir, "out", "qimu-coffee-2027.xlsx");
    await writeFile(target, Buffer.concat([await readFile(target), Buffer.from("edited")]));
  });

  afterAll(removeTempDirs);

  it("--force overwrites; --jobs 2 writes the same bytes as --jobs 1", async () => {
    const forced = await runBin(["generate", "--year", "2027", "--out", "out", "--force", "--jobs", "2"], {
      cwd: dir,
    });
    expect(forced.code).toBe(0);
    const one = await runBin(["generate", "--year", "2027", "--out", "one", "--jobs", "1"], { cwd: dir });
    expect(one.code).toBe(0);
    for (const f of FILES) {
      const a = await readFile(path.join(dir, "out", f));
      const b = await readFile(path.join(dir, "one", f));
      expect(a.equals(b), f).toBe(true);
    }
    expect((await readdir(path.join(dir, "out"))).sort()).toEqual(FILES);
  });
});
