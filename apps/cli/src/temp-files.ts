import { unlinkSync } from "node:fs";
import { readdir, stat, unlink } from "node:fs/promises";
import path from "node:path";

/**
 * The temp files this process has open in output folders. A signal handler (bin.ts) removes them
 * synchronously before exiting, so Ctrl-C never leaves half a workbook under a hidden name.
 */
const live = new Set<string>();

/**
 * `.<final name>.<pid>.<8 hex>.tmp` next to the final file: same folder, so the final step is a
 * link or rename within one file system; the pid lets a later run tell a crashed run's leftovers
 * from a run still in progress.
 */
export function tempNameFor(target: string, pid = process.pid): string {
  // Web Crypto's global rather than an import of node:crypto: bin.ts loads this module for its
  // signal handler, and loading node:crypto cost every command ~8% of `node -e 0` at start-up
  // (issue #8); the global loads it only here, when a command writes a file.
  const suffix = Buffer.from(crypto.getRandomValues(new Uint8Array(4))).toString("hex");
  return path.join(path.dirname(target), `.${path.basename(target)}.${pid}.${suffix}.tmp`);
}

const TEMP = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** The pid in one of our temp names, or null for any other file. */
function tempOwner(name: string): number | null {
  const m = TEMP.exec(name);
  return m ? Number(m[1]) : null;
}

export function trackTemp(file: string): void {
  live.add(file);
}

export function untrackTemp(file: string): void {
  live.delete(file);
}

/** For signal handlers: synchronous, never throws. */
export function removeOwnTempFilesSync(): void {
  for (const file of live) {
    try {
      unlinkSync(file);
    } catch {
      // already linked and removed, or the folder is gone: nothing left to clean
    }
  }
  live.clear();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temp files that an earlier, interrupted run left in `dir`: ours by name, last changed
 * before this run started, and not owned by a process still running (another generate writing to
 * the same folder right now keeps its files). Returns the names removed.
 */
export async function removeStaleTempFiles(dir: string, runStartedMs: number): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = tempOwner(name);
    if (pid === null || (pid !== process.pid && isAlive(pid))) continue;
    const file = path.join(dir, name);
    try {
      if ((await stat(file)).mtimeMs >= runStartedMs || live.has(file)) continue;
      await unlink(file);
      removed.push(name);
    } catch {
      // vanished meanwhile or not ours to remove: leave it
    }
  }
  return removed;
}
