import { mkdir, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { tempNameFor, trackTemp, untrackTemp } from "./temp-files";

export type OutDirProblem =
  | { kind: "notDir"; path: string }
  | { kind: "notWritable"; path: string; code: string };

/**
 * Makes sure `dir` is a folder this process can create files in — before anything is rendered, so
 * a read-only or mistyped `--out` costs a second, not a whole batch. Creating (and removing) a real
 * file is the only honest test: permission bits lie on network shares, ACLs and read-only mounts.
 */
export async function prepareOutDir(dir: string): Promise<OutDirProblem | null> {
  const existing = await stat(dir).catch(() => null);
  if (existing && !existing.isDirectory()) return { kind: "notDir", path: dir };
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const code = errnoCode(e);
    if (code === "ENOTDIR" || code === "EEXIST") return { kind: "notDir", path: await nearestFile(dir) };
    return { kind: "notWritable", path: dir, code };
  }
  const probe = tempNameFor(path.join(dir, "planbook-write-check"));
  // tracked like a workbook's temp file: Ctrl-C in this instant must not leave the probe behind
  trackTemp(probe);
  try {
    await writeFile(probe, "", { flag: "wx" });
  } catch (e) {
    untrackTemp(probe);
    return { kind: "notWritable", path: dir, code: errnoCode(e) };
  }
  await unlink(probe).catch(() => undefined);
  untrackTemp(probe);
  return null;
}

/** For `--out a/file.txt/sub`: the part of the path that is a file (shown to the user). */
async function nearestFile(dir: string): Promise<string> {
  for (let p = path.dirname(dir); p !== path.dirname(p); p = path.dirname(p)) {
    const s = await stat(p).catch(() => null);
    if (s) return s.isDirectory() ? dir : p;
  }
  return dir;
}

export function errnoCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (e instanceof Error ? e.message : String(e));
}
