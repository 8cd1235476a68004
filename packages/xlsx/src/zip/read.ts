import yauzl from "yauzl";
import type { ZipEntry } from "./write";

/** Opens a zip held in memory, entries read one at a time (`readEntry`), sizes checked while inflating. */
export function openZip(buf: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) reject(err ?? new Error("cannot open zip"));
      else resolve(zip);
    });
  });
}

/** Reads the central directory; resolves its entries (yauzl validates the directory's structure). */
export function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on("error", reject);
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.readEntry();
  });
}

/** Every file entry (folders skipped) of a trusted zip — one this package wrote — inflated. */
export async function readEntries(buf: Buffer): Promise<ZipEntry[]> {
  const zip = await openZip(buf);
  return new Promise((resolve, reject) => {
    const entries: ZipEntry[] = [];
    zip.on("entry", (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith("/")) return zip.readEntry();
      zip.openReadStream(entry, (e, stream) => {
        if (e || !stream) return reject(e ?? new Error(`cannot read ${entry.fileName}`));
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("error", reject);
        stream.on("end", () => {
          entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
          zip.readEntry();
        });
      });
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", reject);
    zip.readEntry();
  });
}
