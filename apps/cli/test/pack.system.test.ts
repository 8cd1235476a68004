import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI_ROOT, removeTempDirs, tempDir } from "./helpers";

/**
 * SLOW (about a minute; needs the npm registry): the distribution path the README gives the
 * operations lead. `pnpm --filter planbook pack` builds one tarball with the workspace packages
 * bundled; `npm install -g --prefix <tmp>` installs it from a clean folder, outside the repository,
 * and the installed `planbook` generates and validates there. A `*.system.test.ts`: `pnpm test:unit`
 * leaves it out, `pnpm test` runs it.
 */

const REPO = path.resolve(CLI_ROOT, "..", "..");

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(
      cmd,
      args,
      { cwd, env: { ...process.env, ...env }, timeout: 600_000, maxBuffer: 32 * 1024 * 1024 },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === "number" ? err.code : -1) : 0, stdout, stderr }),
    ),
  );
}

describe("packed tarball, installed with npm -g into a temporary prefix (slow)", () => {
  afterAll(removeTempDirs);

  it("installs from npm alone and runs generate and validate in a clean folder", {
    timeout: 600_000,
  }, async () => {
    const tmp = await tempDir("pack");
    const packs = path.join(tmp, "packs");
    await mkdir(packs);
    const pack = await run("pnpm", ["--filter", "planbook", "pack", "--pack-destination", packs], REPO);
    expect(pack.code, pack.stderr).toBe(0);
    const tarballs = (await readdir(packs)).filter((f) => f.endsWith(".tgz"));
    expect(tarballs).toHaveLength(1);
    const tarball = path.join(packs, tarballs[0] ?? "");

    const prefix = path.join(tmp, "prefix");
    const work = path.join(tmp, "work");
    await mkdir(work);
    // a clean environment: no workspace on the way up from `work`, npm's own cache in tmp
    const npmEnv = { npm_config_cache: path.join(tmp, "npm-cache"), npm_config_update_notifier: "false" };
    const install = await run(
      "npm",
      ["install", "-g", "--prefix", prefix, tarball, "--no-audit", "--no-fund"],
      work,
      npmEnv,
    );
    expect(install.code, install.stderr).toBe(0);
    const installed = path.join(prefix, "lib", "node_modules", "planbook");
    // the workspace packages are inside the bundle, not dependencies to fetch
    expect(existsSync(path.join(installed, "node_modules", "@planbook"))).toBe(false);
    expect(existsSync(path.join(installed, "schema", "planbook-config.schema.json"))).toBe(true);

    const bin = path.join(prefix, "bin", "planbook");
    const env = {
      PATH: `${path.join(prefix, "bin")}${path.delimiter}${process.env.PATH}`,
      LANG: "en_US.UTF-8",
    };
    const gen = await run(bin, ["generate", "--year", "2027", "--out", "plans"], work, env);
    expect(gen.stderr).toBe("");
    expect(gen.code).toBe(0);
    expect((await readdir(path.join(work, "plans"))).sort()).toEqual([
      "chengji-beauty-2027.xlsx",
      "qimu-coffee-2027.xlsx",
      "stride-athletics-2027.xlsx",
    ]);
    const again = await run(bin, ["generate", "--year", "2027", "--out", "plans"], work, env);
    expect(again.code).toBe(0);
    const check = await run(bin, ["validate", "--json", "plans/stride-athletics-2027.xlsx"], work, env);
    expect(check.code, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout).files[0]).toMatchObject({ brand: "Stride Athletics", year: 2027 });
    const help = await run(bin, ["--help"], work, { ...env, LANG: "zh_CN.UTF-8" });
    expect(help.stdout).toContain("退出码：");
  });
});
