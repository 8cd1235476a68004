import { execFile } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN, runBin } from "./bin-process";
import { removeTempDirs, tempDir } from "./helpers";

/** Conventions of well-liked Node CLIs (docs/design.md#cli) that only the built bin's process shows. */

let dir: string;
const wb = () => path.join(dir, "out", "chengji-beauty-2027.xlsx");

beforeAll(async () => {
  assertBuilt();
  dir = await tempDir("conventions-bin");
  const gen = await runBin(["generate", "--year", "2027", "--out", "out"], { cwd: dir });
  if (gen.code !== 0) throw new Error(gen.stderr);
});
afterAll(removeTempDirs);

describe("closed pipe", () => {
  it("`planbook progress … | head -1` ends quietly: no EPIPE, no stack trace", async () => {
    // ~300 KB of tables: far more than a pipe buffers, so writes continue after head has gone
    const files = Array.from({ length: 100 }, () => wb()).join(" ");
    const script = `"${process.execPath}" "${BIN}" progress ${files} 2>err.txt | head -1; echo "status=\${PIPESTATUS[0]}"; cat err.txt`;
    const r = await new Promise<{ stdout: string }>((resolve, reject) =>
      execFile(
        "bash",
        ["-c", script],
        { cwd: dir, env: { PATH: process.env.PATH, LANG: "en_US.UTF-8" } },
        (e, stdout) => (e ? reject(e) : resolve({ stdout })),
      ),
    );
    const [first, status, ...err] = r.stdout.split("\n");
    expect(first).toContain("chengji-beauty-2027.xlsx");
    expect(status).toBe("status=0");
    expect(err.join("\n").trim()).toBe("");
  });
});
