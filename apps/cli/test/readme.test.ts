import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, CLI_ROOT, removeTempDirs, runBin, tempDir } from "./helpers";

/** What the README promises a new user, run as written (built bin). */
const README = readFileSync(path.join(CLI_ROOT, "..", "..", "README.md"), "utf8");

function yamlBlockAfter(marker: string): string {
  const at = README.indexOf(marker);
  if (at < 0) throw new Error(`README no longer says "${marker}"`);
  const m = /```yaml\n([\s\S]*?)```/.exec(README.slice(at));
  if (!m?.[1]) throw new Error(`no yaml block after "${marker}"`);
  return m[1];
}

describe("README", () => {
  beforeAll(assertBuilt);
  afterAll(removeTempDirs);

  it("the smallest config generates a workbook that passes its own validation", async () => {
    const dir = await tempDir("readme");
    await writeFile(path.join(dir, "my.yaml"), yamlBlockAfter("smallest config is"));
    const gen = await runBin(["generate", "--config", "my.yaml", "--out", "wb"], { cwd: dir });
    expect(gen.stderr).toBe("");
    expect(gen.code).toBe(0);
    const check = await runBin(["validate", "--json", "wb/my-brand-2027.xlsx"], { cwd: dir });
    const findings = JSON.parse(check.stdout).files[0].findings as { severity: string; ruleId: string }[];
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(check.code).toBe(0);
  });
});
