import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI_ROOT, removeTempDirs, runInProcess, tempDir } from "./helpers";

/** What the README promises a new user, run as written (the CLI in-process: the commands, not the process). */
const README = readFileSync(path.join(CLI_ROOT, "..", "..", "README.md"), "utf8");

function yamlBlockAfter(marker: string): string {
  const at = README.indexOf(marker);
  if (at < 0) throw new Error(`README no longer says "${marker}"`);
  const m = /```yaml\n([\s\S]*?)```/.exec(README.slice(at));
  if (!m?.[1]) throw new Error(`no yaml block after "${marker}"`);
  return m[1];
}

describe("README", () => {
  afterAll(removeTempDirs);

  it("the smallest config generates a workbook that passes its own validation", async () => {
    const dir = await tempDir("readme");
    await writeFile(path.join(dir, "my.yaml"), yamlBlockAfter("smallest config is"));
    const gen = await runInProcess(["generate", "--config", "my.yaml", "--out", "wb"], { cwd: dir });
    expect(gen.stderr).toBe("");
    expect(gen.code).toBe(0);
    const check = await runInProcess(["validate", "--json", "wb/my-brand-2027.xlsx"], { cwd: dir });
    const findings = JSON.parse(check.stdout).files[0].findings as { severity: string; ruleId: string }[];
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(check.code).toBe(0);
  });
});
