import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, runBin } from "./bin-process";
import { removeTempDirs, tempDir } from "./helpers";
import { BROKEN, FILES, makePortfolio } from "./rollup-fixture";

/**
 * The built bin's worker threads: they load dist/commands/rollup-worker.js, so in-process from the
 * sources (rollup.test.ts) every workbook is read in the test's own thread.
 */
const files = () => [FILES["qimu-coffee"], FILES["stride-athletics"], FILES["chengji-beauty"]];

describe("planbook rollup (built bin)", () => {
  let dir: string;
  beforeAll(async () => {
    assertBuilt();
    dir = await tempDir("rollup-jobs");
    await makePortfolio(dir);
  }, 180_000);
  afterAll(removeTempDirs);

  const rollup = async (args: string[]) => {
    const r = await runBin(["rollup", ...args, "--json"], { cwd: dir });
    return JSON.parse(r.stdout) as unknown;
  };

  it("reads with worker threads (--jobs 2) to the same result, in the order of the files", async () => {
    const one = await rollup([BROKEN, ...files()]);
    const two = await rollup(["--jobs", "2", BROKEN, ...files()]);
    expect(two).toEqual(one);
  });
});
