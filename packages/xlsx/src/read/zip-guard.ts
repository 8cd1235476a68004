import { createInflateRaw, inflateRawSync } from "node:zlib";
import type yauzl from "yauzl";
import { listEntries, openZip } from "../zip/read";
import { WorkbookFileError } from "./errors";
import type { ReadLimits } from "./limits";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: legacy .xls, or an .xlsx saved with a password (encrypted package). */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);

/**
 * A zip package whose entries are inflated one at a time, on demand, within the limits: the reader
 * asks only for the parts a plan needs (workbook, rels, shared strings, plan sheets, their tables,
 * the meta sheet), and pictures, styles or pivot caches are never inflated.
 */
export interface GuardedPackage {
  /** Part names as stored (no leading slash). */
  readonly names: readonly string[];
  /** The stored name of a part, matched case-insensitively (OPC part names are); null if absent. */
  find(partName: string): string | null;
  /** The inflated bytes of a part (throws WorkbookFileError). */
  read(partName: string): Buffer;
  /**
   * A part inflated chunk by chunk (64 KiB each; a part up to 1 MiB at once), for the worksheets: only one
   * chunk is in memory at a time. Rejects with WorkbookFileError; an error `onChunk` throws
   * stops the stream and rejects with it.
   */
  stream(partName: string, onChunk: (chunk: Buffer) => void): Promise<void>;
}

/**
 * Checks that `buf` is a zip that can hold a spreadsheet and that its declared sizes fit the limits
 * (entry count, total, inflate ratio), then opens it for reading part by part. Each part is
 * inflated in one call with zlib's `maxOutputLength` set to its declared size, so a part that lies
 * about its size stops there (corrupt) and the total can never pass the limit. Throws
 * WorkbookFileError: file.too-large, file.legacy-xls, file.encrypted, file.not-xlsx, file.zip-bomb,
 * file.corrupt.
 */
export async function openGuardedPackage(
  buf: Buffer,
  file: string,
  limits: ReadLimits,
): Promise<GuardedPackage> {
  if (buf.length > limits.maxFileBytes) {
    throw new WorkbookFileError({
      code: "file.too-large",
      file,
      detail: `${buf.length} bytes; the limit is ${limits.maxFileBytes}`,
      size: buf.length,
      limit: limits.maxFileBytes,
    });
  }
  if (startsWith(buf, OLE2_MAGIC)) {
    if (hasCfbStream(buf, "EncryptionInfo")) {
      throw new WorkbookFileError({
        code: "file.encrypted",
        file,
        detail: "an encrypted OOXML package (OLE2 compound file with an EncryptionInfo stream)",
      });
    }
    throw new WorkbookFileError({
      code: "file.legacy-xls",
      file,
      detail: "an OLE2 compound file (Excel 97-2003 .xls)",
    });
  }
  if (!startsWith(buf, ZIP_MAGIC)) {
    throw new WorkbookFileError({ code: "file.not-xlsx", file, detail: "not a zip container" });
  }
  const corrupt = (detail: string, part?: string) =>
    new WorkbookFileError({ code: "file.corrupt", file, detail, ...(part ? { part } : {}) });
  const bomb = (detail: string, part?: string) =>
    new WorkbookFileError({
      code: "file.zip-bomb",
      file,
      detail,
      limit: limits.maxInflatedBytes,
      ...(part ? { part } : {}),
    });

  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(buf);
  } catch {
    throw corrupt("the zip directory cannot be read");
  }
  let entries: yauzl.Entry[];
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw bomb(`${zip.entryCount} zip entries; the limit is ${limits.maxEntries}`);
    }
    entries = await listEntries(zip).catch(() => {
      throw corrupt("the zip directory is damaged");
    });
  } finally {
    zip.close();
  }

  const byName = new Map<string, yauzl.Entry>();
  let declared = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith("/")) continue;
    const name = entry.fileName.replace(/^\/+/, "");
    declared += entry.uncompressedSize;
    if (declared > limits.maxInflatedBytes) {
      throw bomb(`entries declare more than ${limits.maxInflatedBytes} bytes`, name);
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxCompressionRatio) {
      throw bomb(
        `${name} inflates ${Math.round(ratio)}:1; the limit is ${limits.maxCompressionRatio}:1`,
        name,
      );
    }
    byName.set(name.toLowerCase(), entry);
  }
  if (!byName.has("[content_types].xml")) {
    throw new WorkbookFileError({
      code: "file.not-xlsx",
      file,
      detail: "a zip without [Content_Types].xml (not an Office document)",
    });
  }

  let total = 0;
  const names = [...byName.values()].map((e) => e.fileName.replace(/^\/+/, ""));
  const find = (partName: string) => {
    const e = byName.get(partName.replace(/^\/+/, "").toLowerCase());
    return e ? e.fileName.replace(/^\/+/, "") : null;
  };
  const read = (partName: string): Buffer => {
    const entry = byName.get(partName.replace(/^\/+/, "").toLowerCase());
    if (!entry) throw corrupt(`the part ${partName} is missing`, partName);
    const inflated = inflateEntry(buf, entry, partName, limits.maxInflatedBytes - total, corrupt, bomb);
    total += inflated.length;
    return inflated;
  };
  const stream = (partName: string, onChunk: (chunk: Buffer) => void): Promise<void> => {
    const entry = byName.get(partName.replace(/^\/+/, "").toLowerCase());
    if (!entry) return Promise.reject(corrupt(`the part ${partName} is missing`, partName));
    let data: Buffer;
    try {
      data = compressedData(buf, entry, partName, corrupt);
      if (entry.uncompressedSize > limits.maxInflatedBytes - total) {
        throw bomb("entries inflate to more than the limit", partName);
      }
    } catch (e) {
      return Promise.reject(e);
    }
    if (entry.compressionMethod === 0) {
      try {
        for (let at = 0; at < data.length; at += STREAM_CHUNK) onChunk(data.subarray(at, at + STREAM_CHUNK));
        total += data.length;
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(e);
      }
    }
    if (entry.uncompressedSize <= INFLATE_AT_ONCE) {
      // a small part is inflated in one synchronous call: no zlib stream and no round trip
      // through the thread pool per sheet
      try {
        onChunk(read(partName));
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(e);
      }
    }
    return new Promise<void>((resolve, reject) => {
      const z = createInflateRaw({ chunkSize: STREAM_CHUNK });
      let seen = 0;
      let failed = false;
      const fail = (e: unknown) => {
        if (failed) return;
        failed = true;
        z.destroy();
        reject(e);
      };
      z.on("data", (chunk: Buffer) => {
        if (failed) return;
        seen += chunk.length;
        if (seen > entry.uncompressedSize) {
          fail(corrupt(`${partName} inflates beyond its declared ${entry.uncompressedSize} bytes`, partName));
          return;
        }
        try {
          onChunk(chunk);
        } catch (e) {
          fail(e);
        }
      });
      z.on("error", () => fail(corrupt(`${partName} does not inflate (damaged deflate data)`, partName)));
      z.on("end", () => {
        if (failed) return;
        if (seen !== entry.uncompressedSize) {
          fail(
            corrupt(
              `${partName} inflates to ${seen} bytes, not the declared ${entry.uncompressedSize}`,
              partName,
            ),
          );
          return;
        }
        total += seen;
        resolve();
      });
      z.end(data);
    });
  };
  return { names, find, read, stream };
}

/**
 * Streamed parts come in 64 KiB pieces: every piece becomes a buffer, its text and the compacted
 * text, all garbage a moment later; with 1 MiB pieces the 2,000-goal bench workbook peaked ~15 MB
 * higher (issue #8, peak RSS).
 */
const STREAM_CHUNK = 64 * 1024;
/** Parts up to this size are inflated in one synchronous call rather than streamed. */
const INFLATE_AT_ONCE = 1024 * 1024;

/** The compressed bytes of an entry, after checking its local header. */
function compressedData(
  buf: Buffer,
  entry: yauzl.Entry,
  part: string,
  corrupt: (detail: string, part?: string) => WorkbookFileError,
): Buffer {
  if (entry.generalPurposeBitFlag & 1) throw corrupt(`${part} is encrypted at the zip level`, part);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw corrupt(`${part} uses unsupported compression method ${entry.compressionMethod}`, part);
  }
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_HEADER) {
    throw corrupt(`bad local header for ${part}`, part);
  }
  const dataStart = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw corrupt(`${part} is cut short`, part);
  if (entry.compressionMethod === 0 && data.length !== entry.uncompressedSize) {
    throw corrupt(
      `${part} is stored with ${data.length} bytes, not the declared ${entry.uncompressedSize}`,
      part,
    );
  }
  return data;
}

const LOCAL_HEADER = 0x04034b50;
const MAX_CHUNK = 64 * 1024 * 1024;

function inflateEntry(
  buf: Buffer,
  entry: yauzl.Entry,
  part: string,
  budget: number,
  corrupt: (detail: string, part?: string) => WorkbookFileError,
  bomb: (detail: string, part?: string) => WorkbookFileError,
): Buffer {
  const data = compressedData(buf, entry, part, corrupt);
  let inflated: Buffer;
  if (entry.compressionMethod === 0) {
    inflated = data;
  } else if (entry.compressionMethod === 8) {
    if (entry.uncompressedSize > budget) throw bomb("entries inflate to more than the limit", part);
    const cap = Math.max(1, entry.uncompressedSize + 1);
    try {
      // one output chunk of the declared size: zlib's default 16 KiB chunks cost a concat of the lot
      inflated = inflateRawSync(data, {
        maxOutputLength: cap,
        chunkSize: Math.max(64, Math.min(cap, MAX_CHUNK)),
      });
    } catch (e) {
      if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        throw corrupt(`${part} inflates beyond its declared ${entry.uncompressedSize} bytes`, part);
      }
      throw corrupt(`${part} does not inflate (damaged deflate data)`, part);
    }
  } else {
    throw corrupt(`${part} uses unsupported compression method ${entry.compressionMethod}`, part);
  }
  if (inflated.length !== entry.uncompressedSize) {
    throw corrupt(
      `${part} inflates to ${inflated.length} bytes, not the declared ${entry.uncompressedSize}`,
      part,
    );
  }
  return inflated;
}

/**
 * Whether an OLE2 compound file holds a stream of this name: walks the 128-byte directory entries
 * in every sector (name as UTF-16LE with its byte length at offset 64, object type 2 = stream at
 * 66). Scanning all sectors rather than following the FAT chain is enough to tell a password-
 * protected .xlsx (EncryptionInfo + EncryptedPackage) from a legacy .xls, and cannot loop.
 */
function hasCfbStream(buf: Buffer, name: string): boolean {
  const want = Buffer.from(name, "utf16le");
  const sectorShift = buf.length >= 32 ? buf.readUInt16LE(30) : 9;
  const sector = sectorShift === 12 ? 4096 : 512;
  for (let at = sector; at + 128 <= buf.length; at += 128) {
    const len = buf.readUInt16LE(at + 64);
    if (len !== want.length + 2 || buf[at + 66] !== 2) continue;
    if (buf.subarray(at, at + want.length).equals(want)) return true;
  }
  return false;
}
