import { constants } from "node:fs";
import { copyFile, link, rename, unlink, writeFile } from "node:fs/promises";
import { tempNameFor, trackTemp, untrackTemp } from "./temp-files";

export interface WriteOptions {
  /** Replace an existing file (--force). Without it the final step fails with EEXIST instead. */
  overwrite: boolean;
  /** Called between writing the temp file and the final step (tests widen the race window). */
  beforeCommit?: () => Promise<void>;
}

/**
 * Writes `data` to `target` via a temp file in the same folder, so a reader (Excel, a sync client)
 * never sees half a workbook. Without `overwrite` the final step is `link(temp, target)`, which the
 * file system refuses (EEXIST) when `target` exists — also when another run or program created it
 * after any earlier check — whereas `rename` would silently replace it.
 */
export async function writeFileAtomic(target: string, data: Uint8Array, o: WriteOptions): Promise<void> {
  const tmp = tempNameFor(target);
  trackTemp(tmp);
  try {
    await writeFile(tmp, data, { flag: "wx" });
    await o.beforeCommit?.();
    if (o.overwrite) await rename(tmp, target);
    else await linkExclusive(tmp, target);
  } finally {
    // after a rename the temp name is gone already; after a link (or a failure) it is removed here
    await unlink(tmp).catch(() => undefined);
    untrackTemp(tmp);
  }
}

/** File systems without hard links (FAT/exFAT sticks, some SMB shares) still get no-clobber. */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

async function linkExclusive(tmp: string, target: string): Promise<void> {
  try {
    await link(tmp, target);
  } catch (e) {
    if (!NO_LINKS.has(String((e as NodeJS.ErrnoException).code))) throw e;
    // COPYFILE_EXCL creates the target exclusively too (EEXIST if present); the copy is not
    // atomic for readers, but it never replaces a file
    await copyFile(tmp, target, constants.COPYFILE_EXCL);
  }
}
