import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdir, readdir, readFile, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN, runBin } from "./bin-process";
import { removeTempDirs, tempDir } from "./helpers";

/**
 * generate never replaces a file it did not write in this run (docs/design.md#cli), also under races, and
 * leaves no temp file behind. PLANBOOK_TEST_COMMIT_GATE holds each commit (temp file → final name)
 * until the gate file exists, so every race is staged exactly, however loaded the machine.
 * Here the cases that need the built bin as a real process: two runs at once, signals, another
 * process's temp files, a run as another user; the rest is in generate-safety.test.ts, in-process.
 */

const FILES = ["chengji-beauty-2027.xlsx", "qimu-coffee-2027.xlsx", "stride-athletics-2027.xlsx"];
const GEN = ["generate", "--year", "2027", "--out", "out"];

interface Running {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function start(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Running {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "en_US.UTF-8", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const done = new Promise<Awaited<Running["done"]>>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

const temps = async (dir: string) => (await readdir(dir).catch(() => [])).filter((f) => f.endsWith(".tmp"));

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("generate: races, signals, stale temp files, permissions (built bin)", () => {
  beforeAll(assertBuilt);
  afterAll(removeTempDirs);

  it("a file created while the run renders is not overwritten: exit 2 naming it", async () => {
    const cwd = await tempDir("midrun");
    const out = path.join(cwd, "out");
    const gate = path.join(cwd, "gate");
    const run = start(GEN, cwd, { PLANBOOK_TEST_COMMIT_GATE: gate });
    // the first temp file exists: this run has checked the folder and waits to commit
    const tmp = await waitFor(async () => (await temps(out))[0]);
    const final = tmp.replace(/^\./, "").replace(/\.\d+\.[0-9a-f]{8}\.tmp$/, "");
    await writeFile(path.join(out, final), "created by someone else");
    await writeFile(gate, "");
    const r = await run.done;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${path.join("out", final)} was created by another run or program while this one was rendering; it was kept.`,
    );
    expect(await readFile(path.join(out, final), "utf8")).toBe("created by someone else");
    expect(await temps(out)).toEqual([]);
  });

  it("two concurrent runs: exactly one writer per file; the other exits 2 naming each file", async () => {
    const cwd = await tempDir("race");
    const gate = path.join(cwd, "gate");
    const env = { PLANBOOK_TEST_COMMIT_GATE: gate };
    const a = start(GEN, cwd, env);
    const b = start(GEN, cwd, env);
    // both runs have looked at the empty folder and hold a rendered temp file: open the gate
    const pids = async () =>
      new Set((await temps(path.join(cwd, "out"))).map((f) => /\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(f)?.[1]));
    await waitFor(async () => ((await pids()).size >= 2 ? true : undefined));
    await writeFile(gate, "");
    const [ra, rb] = await Promise.all([a.done, b.done]);
    for (const f of FILES) {
      const shown = path.join("out", f);
      const writers = [ra, rb].filter((r) => r.stdout.includes(`wrote ${shown}\n`));
      expect(writers, f).toHaveLength(1);
      const loser = writers[0] === ra ? rb : ra;
      expect(loser.stderr).toContain(`${shown} was created by another run or program`);
      expect(loser.code).toBe(2);
    }
    expect((await readdir(path.join(cwd, "out"))).sort()).toEqual(FILES);
  });

  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    it(`${signal} mid-write removes the run's temp files and exits ${code}`, async () => {
      const cwd = await tempDir(signal);
      const out = path.join(cwd, "out");
      // the gate never opens: the signal always arrives mid-write
      const run = start(GEN, cwd, { PLANBOOK_TEST_COMMIT_GATE: path.join(cwd, "gate") });
      await waitFor(async () => (await temps(out))[0]);
      run.child.kill(signal);
      const r = await run.done;
      expect(r.code).toBe(code);
      expect(await readdir(out)).toEqual([]);
    });
  }

  it("a next run removes stale temp files of dead runs, keeps those of running processes", async () => {
    const cwd = await tempDir("stale");
    const out = path.join(cwd, "out");
    await mkdir(out);
    // pid 4194305 is above Linux's largest pid_max: never a running process
    const dead = path.join(out, ".qimu-coffee-2027.xlsx.4194305.0badc0de.tmp");
    const running = path.join(out, `.qimu-coffee-2027.xlsx.${process.pid}.0badc0de.tmp`);
    const notOurs = path.join(out, ".notes.tmp");
    for (const f of [dead, running, notOurs]) {
      await writeFile(f, "x");
      const hourAgo = new Date(Date.now() - 3_600_000);
      await utimes(f, hourAgo, hourAgo);
    }
    const r = await runBin(GEN, { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("removed 1 temp file(s) left in out by an interrupted run");
    const left = await readdir(out);
    expect(left).not.toContain(path.basename(dead));
    expect(left).toContain(path.basename(running));
    expect(left).toContain(path.basename(notOurs));
  });

  it("an unwritable folder fails before rendering anything: one message, exit 2", async () => {
    const cwd = await tempDir("readonly");
    const out = path.join(cwd, "ro");
    await mkdir(out);
    await chmod(cwd, 0o755);
    await chmod(out, 0o555);
    // as root, permission bits do not stop writes: run the CLI as "nobody" instead
    const asRoot = process.getuid?.() === 0;
    const r = await new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, "generate", "--year", "2027", "--out", "ro"], {
        cwd,
        env: { PATH: process.env.PATH, LANG: "en_US.UTF-8" },
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => {
        stdout += d;
      });
      child.stderr.on("data", (d) => {
        stderr += d;
      });
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "cannot create files in ro (EACCES). Nothing was generated; choose a folder you can write to with --out.\n",
    );
    expect(await readdir(out)).toEqual([]);
  });
});
