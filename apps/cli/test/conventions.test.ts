import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { displayWidth } from "../src/output/width";
import { generatedExamples, removeTempDirs, runInProcess, tempDir } from "./helpers";

/**
 * Conventions of well-liked Node CLIs (docs/design.md#cli), run in-process. A closed pipe, which
 * only the real process meets, is in conventions.system.test.ts.
 */

let dir: string;
const ZH = { LANG: "zh_CN.UTF-8" };
const wb = () => path.join(dir, "out", "chengji-beauty-2027.xlsx");

beforeAll(async () => {
  dir = await tempDir("conventions");
  await generatedExamples(path.join(dir, "out"));
});
afterAll(removeTempDirs);

describe("help", () => {
  it("is fully in Chinese under a zh-CN locale, and lists the exit codes", async () => {
    for (const args of [["--help"], ["generate", "--help"], ["validate", "--help"], ["help", "progress"]]) {
      const r = await runInProcess(args, { cwd: dir, env: ZH });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("用法：");
      expect(r.stdout).toContain("退出码：");
      expect(r.stdout).toContain("130/143");
      // no English words besides the command line syntax itself
      const words = r.stdout.replace(
        /planbook|generate|validate|progress|rollup|help|--?[a-z-]+|<[a-z.]+>|zh-CN|en(_US)?|LANG=\S+|UTF-8|Ctrl-C|SIGTERM|YAML|JSON|xlsx|\[[^\]]*\]/g,
        "",
      );
      expect(words).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it("in English too, with the exit codes", async () => {
    const r = await runInProcess(["--help"], { cwd: dir });
    expect(r.stdout).toContain("Exit codes:\n  0  done; no findings of severity error\n  1  findings");
  });
});

describe("usage errors", () => {
  it("suggest the command meant and point at that command's help", async () => {
    const typo = await runInProcess(["valdiate", "x.xlsx"], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      'unknown command valdiate\nDid you mean validate?\nRun "planbook --help" for usage.\n',
    );
    const opt = await runInProcess(["progress", "--as-off", "3", "x.xlsx"], { cwd: dir, env: ZH });
    expect(opt.code).toBe(2);
    expect(opt.stderr).toBe(
      '未知选项 --as-off\n您是不是要输入 --as-of？\n运行 "planbook progress --help" 查看用法。\n',
    );
    const bad = await runInProcess(["generate", "--jobs", "0"], { cwd: dir });
    expect(bad.stderr).toContain('Run "planbook generate --help" for usage.');
  });
});

describe("human tables", () => {
  it("fit the terminal width (COLUMNS), and --wide opts out", async () => {
    await writeFile(
      path.join(dir, "long.yaml"),
      `year: 2027
language: en
brands:
  - id: long
    name: Long Names
    objectives: [{ id: O1, objective: Grow }]
    goals:
      - { id: G01, objectiveId: O1, metric: Followers gained from the spring campaign across every owned account, channel: The official brand account on the largest platform, unit: count, target: 120000 }
`,
    );
    const gen = await runInProcess(["generate", "--config", "long.yaml", "--out", "long"], { cwd: dir });
    expect(gen.code).toBe(0);
    const file = path.join("long", "long-2027.xlsx");
    const fitted = await runInProcess(["progress", file], { cwd: dir, env: { COLUMNS: "100" } });
    expect(fitted.code).not.toBe(2);
    const lines = fitted.stdout.split("\n").filter((l) => /^[│┌├└]/.test(l));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    expect(fitted.stdout).toMatch(/│ G01 {2}│ Follower(s)?… +│ The offic… +│/);
    expect(fitted.stdout).toContain("…");
    const wide = await runInProcess(["progress", file, "--wide"], { cwd: dir, env: { COLUMNS: "100" } });
    expect(Math.max(...wide.stdout.split("\n").map(displayWidth))).toBeGreaterThan(100);
    expect(wide.stdout).toContain("Followers gained from the spring campaign across every owned account");
    expect(wide.stdout).not.toContain("…");
  });

  it("show numbers the way the workbook does: 万 in zh-CN, one decimal for percentages", async () => {
    const zh = await runInProcess(["progress", "--wide", wb()], { cwd: dir, env: ZH });
    expect(zh.stdout).toMatch(/│ G05 .*│\s+1800\.0万 │/);
    expect(zh.stdout).toMatch(/│ G04 .*│\s+28\.0% │/);
    const en = await runInProcess(["progress", "--wide", "--lang", "en", wb()], { cwd: dir });
    expect(en.stdout).toMatch(/│ G05 .*│\s+18,000,000 │/);
  });
});
