import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandFiles } from "./rollup-files";

describe("expandFiles", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "planbook-rollup-files-"));
    await mkdir(path.join(dir, "q1"));
    for (const f of ["b.xlsx", "a.xlsx", "notes.txt", "q1/c.xlsx", "brand[1].xlsx"]) {
      await writeFile(path.join(dir, f), "");
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("expands patterns a shell left alone, sorted, each file once", async () => {
    const r = await expandFiles(["*.xlsx", "a.xlsx", "q1/*.xlsx"], dir);
    expect(r).toEqual({ files: ["a.xlsx", "b.xlsx", "brand[1].xlsx", "q1/c.xlsx"], unmatched: [] });
  });

  it("takes a name that exists as it is, even with glob characters", async () => {
    expect((await expandFiles(["brand[1].xlsx"], dir)).files).toEqual(["brand[1].xlsx"]);
  });

  it("reports patterns that match nothing and passes plain names through for the reader to report", async () => {
    const r = await expandFiles(["*.xls", "missing.xlsx"], dir);
    expect(r).toEqual({ files: ["missing.xlsx"], unmatched: ["*.xls"] });
  });
});
