import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIO } from "./io";
import { runCli } from "./run";

function fakeIO(cwd: string, env: NodeJS.ProcessEnv = { LANG: "en_US.UTF-8" }) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    env,
    cwd,
    now: () => new Date(Date.UTC(2026, 10, 27)),
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

describe("runCli (in-process)", () => {
  it("generate defaults the year to next year from the clock, and validate exits 0/1/2", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "planbook-run-"));
    const gen = fakeIO(dir);
    expect(await runCli(["generate", "--out", "wb"], gen.io)).toBe(0);
    expect((await readdir(path.join(dir, "wb"))).sort()).toEqual([
      "chengji-beauty-2027.xlsx",
      "qimu-coffee-2027.xlsx",
      "stride-athletics-2027.xlsx",
    ]);

    const clean = fakeIO(dir);
    expect(await runCli(["validate", "--json", "wb/stride-athletics-2027.xlsx"], clean.io)).toBe(0);
    const json = JSON.parse(clean.out());
    expect(json.files[0]).toMatchObject({
      file: "wb/stride-athletics-2027.xlsx",
      brand: "Stride Athletics",
      year: 2027,
    });
    expect(json.files[0].findings.every((f: { severity: string }) => f.severity !== "error")).toBe(true);

    await writeFile(path.join(dir, "notes.xlsx"), "just text, not a workbook");
    const mixed = fakeIO(dir);
    expect(
      await runCli(
        ["validate", "--json", "wb/qimu-coffee-2027.xlsx", "notes.xlsx", "missing.xlsx"],
        mixed.io,
      ),
    ).toBe(2);
    const files = JSON.parse(mixed.out()).files;
    expect(files.map((f: { error?: { code: string } }) => f.error?.code ?? null)).toEqual([
      null,
      "file.not-xlsx",
      "file.not-found",
    ]);
    expect(files[1].error.message).toBe(
      'notes.xlsx: not an Excel workbook (.xlsx). Save it from your spreadsheet program as "Excel Workbook (.xlsx)".',
    );
    expect(files[2].error.message).toBe("missing.xlsx: no such file. Check the file name and folder.");

    const human = fakeIO(dir, { LANG: "zh_CN.UTF-8" });
    expect(await runCli(["validate", "notes.xlsx"], human.io)).toBe(2);
    expect(human.err()).toContain("notes.xlsx：不是 Excel 工作簿（.xlsx）");
    expect(human.out()).toBe("");
    await rm(dir, { recursive: true, force: true });
  });

  it("usage problems are exit 2 with a message, never a stack trace", async () => {
    const cwd = tmpdir();
    for (const [argv, text] of [
      [["validate"], "missing argument files"],
      [["validate", "--bogus", "x.xlsx"], "unknown option --bogus"],
      [["generate", "--lang", "fr"], '--lang must be zh-CN or en, not "fr"'],
      [["generate", "--jobs", "0"], '--jobs must be a whole number of at least 1, not "0"'],
      [["progress", "--as-of", "0", "x.xlsx"], '--as-of must be a month from 1 to 12, not "0"'],
    ] as const) {
      const f = fakeIO(cwd);
      expect(await runCli(argv, f.io), argv.join(" ")).toBe(2);
      expect(f.err()).toContain(text);
      expect(f.err()).toMatch(/Run "planbook( [a-z]+)? --help" for usage\./);
      expect(f.err()).not.toMatch(/\n\s+at /);
    }
    const help = fakeIO(cwd, { LANG: "zh_CN.UTF-8" });
    expect(await runCli(["--help"], help.io)).toBe(0);
    expect(help.out()).toContain("按配置文件为每个品牌生成计划工作簿");
  });
});
