import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, runBin } from "./bin-process";
import { removeTempDirs, tempDir } from "./helpers";

/**
 * The built `validate` and `progress` run their bundles with V8's code cache (src/compile-cache):
 * whether V8 takes a cache file only shows across processes, so these run the bin twice. The cache
 * never changes what a run prints or its exit status.
 */

let dir: string;
let workbook: string;
let expected: { code: number; stdout: string };

beforeAll(async () => {
  assertBuilt();
  dir = await tempDir("compile-cache");
  const gen = await runBin(["generate", "--year", "2027", "--out", "out"], {
    cwd: dir,
    env: { NODE_DISABLE_COMPILE_CACHE: "1" },
  });
  if (gen.code !== 0) throw new Error(gen.stderr);
  workbook = path.join(dir, "out", "chengji-beauty-2027.xlsx");
  const r = await runBin(["validate", "--json", workbook], { env: { NODE_DISABLE_COMPILE_CACHE: "1" } });
  expected = { code: r.code, stdout: r.stdout };
  expect(JSON.parse(r.stdout).files[0].brand).toBeTruthy();
}, 180_000);
afterAll(removeTempDirs);

const validate = async (cacheHome: string, env: NodeJS.ProcessEnv = {}) => {
  const r = await runBin(["validate", "--json", workbook], { env: { XDG_CACHE_HOME: cacheHome, ...env } });
  expect({ code: r.code, stdout: r.stdout }).toEqual(expected);
  expect(r.stderr).toBe("");
};
const cacheFile = (cacheHome: string) => {
  const folder = path.join(cacheHome, "planbook");
  const files = readdirSync(folder);
  expect(files).toHaveLength(1);
  return path.join(folder, files[0] ?? "");
};

describe("the reading commands' compile cache", () => {
  it("is written by the first run in the user's cache folder and used, not rewritten, by the next", async () => {
    const home = await tempDir("cache-home");
    await validate(home);
    const file = cacheFile(home);
    expect(path.basename(file)).toMatch(/^validate\.cjs-.+\.v8$/);
    const first = statSync(file).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    await validate(home);
    // rewritten only when V8 rejects it: the same time means the second run took it
    expect(statSync(file).mtimeMs).toBe(first);
  }, 60_000);

  it("takes a damaged cache file for none, prints the same, and replaces it", async () => {
    const home = await tempDir("cache-damaged");
    await validate(home);
    const file = cacheFile(home);
    writeFileSync(file, "not a V8 code cache");
    await validate(home);
    expect(readFileSync(file, "utf8")).not.toBe("not a V8 code cache");
    const replaced = statSync(file).mtimeMs;
    await validate(home);
    expect(statSync(file).mtimeMs).toBe(replaced);
  }, 60_000);

  it("gives progress a cache file of its own, and progress prints the same with it", async () => {
    const home = await tempDir("cache-progress");
    const env = { NODE_DISABLE_COMPILE_CACHE: "1" };
    const plain = await runBin(["progress", "--json", workbook], { env });
    expect(plain.code).toBe(0);
    for (let run = 0; run < 2; run++) {
      const r = await runBin(["progress", "--json", workbook], { env: { XDG_CACHE_HOME: home } });
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ ...plain, stderr: "" });
    }
    expect(readdirSync(path.join(home, "planbook"))).toEqual([
      expect.stringMatching(/^progress\.cjs-.+\.v8$/),
    ]);
  }, 60_000);

  it("writes nothing with NODE_DISABLE_COMPILE_CACHE, and runs when the cache folder cannot be made", async () => {
    const home = await tempDir("cache-off");
    await validate(home, { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(readdirSync(home)).toEqual([]);
    const blocked = path.join(home, "not-a-folder");
    writeFileSync(blocked, "");
    await validate(blocked);
  }, 60_000);
});
