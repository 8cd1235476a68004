import { inflateRawSync } from "node:zlib";
import type yauzl from "yauzl";
import { listEntries, openZip, writeZip, type ZipEntry } from "../zip";
import { WorkbookFileError } from "./errors";
import type { ReadLimits } from "./limits";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: legacy .xls, or an .xlsx saved with a password (encrypted package). */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);

/**
 * Checks that `buf` is a zip that holds a spreadsheet and that inflating it stays within the
 * limits — by actually inflating every entry (and rejecting entries whose data outgrow the sizes
 * declared in the central directory), because a zip bomb can lie in its headers and exceljs would
 * otherwise inflate it all into memory. Throws WorkbookFileError.
 *
 * Resolves the same workbook re-packed for exceljs: entries stored uncompressed (exceljs need not
 * inflate again) and formula text dropped from worksheets, keeping each cell's cached value — the
 * reader only ever uses cached results, and the tool-owned formula columns are most of a large
 * plan's XML (a 2,000-goal Goals sheet is ~95% formula text), which exceljs parses slowly.
 */
export async function guardXlsxContainer(buf: Buffer, file: string, limits: ReadLimits): Promise<Buffer> {
  if (buf.length > limits.maxFileBytes) {
    throw new WorkbookFileError({
      code: "file.too-large",
      file,
      detail: `${buf.length} bytes; the limit is ${limits.maxFileBytes}`,
    });
  }
  if (startsWith(buf, OLE2_MAGIC)) {
    throw new WorkbookFileError({
      code: "file.not-xlsx",
      file,
      detail: "an OLE2 compound file (legacy .xls, or a password-protected workbook)",
    });
  }
  if (!startsWith(buf, ZIP_MAGIC)) {
    throw new WorkbookFileError({ code: "file.not-xlsx", file, detail: "not a zip container" });
  }

  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(buf);
  } catch (e) {
    throw new WorkbookFileError({ code: "file.unreadable", file, detail: `corrupt zip: ${messageOf(e)}` });
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new WorkbookFileError({
        code: "file.zip-bomb",
        file,
        detail: `${zip.entryCount} zip entries; the limit is ${limits.maxEntries}`,
      });
    }
    const entries = await inflateAll(zip, buf, file, limits);
    const names = new Set(entries.map((e) => e.name.replace(/^\//, "").toLowerCase()));
    if (!names.has("[content_types].xml") || !names.has("xl/workbook.xml")) {
      throw new WorkbookFileError({
        code: "file.not-xlsx",
        file,
        detail: "a zip without xl/workbook.xml (not an Excel workbook)",
      });
    }
    return writeZip(entries.map(slimEntry), { compression: "store" });
  } finally {
    zip.close();
  }
}

const LOCAL_HEADER = 0x04034b50;
const MAX_CHUNK = 64 * 1024 * 1024;

const WORKSHEET = /^\/?xl\/worksheets\/[^/]+\.xml$/i;
const GT = 0x3e;
const SLASH = 0x2f;

/**
 * Drops cell formulas — `<f …>…</f>` and `<f …/>` — from worksheet XML, working on the bytes (a
 * large sheet is tens of MB; decoding it to a string and back costs more than the scan). Only an
 * element named exactly `f` matches: `<fill>`, `<formula>` and `<xm:f>` are left alone.
 */
export function stripCellFormulas(xml: Buffer): Buffer {
  const kept: Buffer[] = [];
  let from = 0;
  let at = xml.indexOf("<f", 0, "latin1");
  while (at >= 0) {
    const next = xml[at + 2];
    const isF =
      next === GT || next === SLASH || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
    const tagEnd = isF ? xml.indexOf(GT, at + 2) : -1;
    if (tagEnd < 0) {
      at = xml.indexOf("<f", at + 2, "latin1");
      continue;
    }
    let end: number;
    if (xml[tagEnd - 1] === SLASH) {
      end = tagEnd + 1;
    } else {
      const close = xml.indexOf("</f>", tagEnd, "latin1");
      if (close < 0) break;
      end = close + 4;
    }
    kept.push(xml.subarray(from, at));
    from = end;
    at = xml.indexOf("<f", end, "latin1");
  }
  if (from === 0) return xml;
  kept.push(xml.subarray(from));
  return Buffer.concat(kept);
}

function slimEntry(e: ZipEntry): ZipEntry {
  return WORKSHEET.test(e.name) ? { name: e.name, data: stripCellFormulas(e.data) } : e;
}

/**
 * Inflates every entry in one synchronous call each (much faster than streaming 16 KiB chunks)
 * with zlib's `maxOutputLength` set to what is left of the budget, so a bomb stops at the limit
 * instead of filling memory; an entry whose data outgrow its declared size is corrupt.
 * Resolves the entries with their inflated data.
 */
async function inflateAll(
  zip: yauzl.ZipFile,
  buf: Buffer,
  file: string,
  limits: ReadLimits,
): Promise<ZipEntry[]> {
  const unreadable = (detail: string) => new WorkbookFileError({ code: "file.unreadable", file, detail });
  const bomb = (detail: string) => new WorkbookFileError({ code: "file.zip-bomb", file, detail });
  let entries: yauzl.Entry[];
  try {
    entries = await listEntries(zip);
  } catch (e) {
    throw unreadable(`corrupt zip: ${messageOf(e)}`);
  }
  const out: ZipEntry[] = [];
  let total = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith("/")) continue;
    if (total + entry.uncompressedSize > limits.maxInflatedBytes) {
      throw bomb(`entries inflate to more than ${limits.maxInflatedBytes} bytes`);
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxCompressionRatio) {
      throw bomb(
        `${entry.fileName} inflates ${Math.round(ratio)}:1; the limit is ${limits.maxCompressionRatio}:1`,
      );
    }
    if (entry.generalPurposeBitFlag & 1) throw unreadable(`${entry.fileName} is encrypted`);
    const at = entry.relativeOffsetOfLocalHeader;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_HEADER) {
      throw unreadable(`corrupt zip: bad local header for ${entry.fileName}`);
    }
    const dataStart = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const data = buf.subarray(dataStart, dataStart + entry.compressedSize);
    if (data.length !== entry.compressedSize) throw unreadable(`corrupt zip: ${entry.fileName} is cut short`);
    let inflated: Buffer;
    if (entry.compressionMethod === 0) {
      inflated = data;
    } else if (entry.compressionMethod === 8) {
      const budget = limits.maxInflatedBytes - total;
      try {
        const cap = Math.max(1, Math.min(budget, entry.uncompressedSize + 1));
        // one output chunk of the declared size: zlib's default 16 KiB chunks cost a concat of the lot
        inflated = inflateRawSync(data, {
          maxOutputLength: cap,
          chunkSize: Math.max(64, Math.min(cap, MAX_CHUNK)),
        });
      } catch (e) {
        if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
          if (entry.uncompressedSize + 1 < budget) {
            throw unreadable(
              `corrupt zip: ${entry.fileName} inflates beyond its declared ${entry.uncompressedSize} bytes`,
            );
          }
          throw bomb(`entries inflate to more than ${limits.maxInflatedBytes} bytes`);
        }
        throw unreadable(`corrupt zip: ${entry.fileName}: ${messageOf(e)}`);
      }
    } else {
      throw unreadable(`${entry.fileName} uses unsupported compression method ${entry.compressionMethod}`);
    }
    if (inflated.length !== entry.uncompressedSize) {
      throw unreadable(
        `corrupt zip: ${entry.fileName} inflates to ${inflated.length} bytes, not the declared ${entry.uncompressedSize}`,
      );
    }
    total += inflated.length;
    out.push({ name: entry.fileName, data: inflated });
  }
  return out;
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
