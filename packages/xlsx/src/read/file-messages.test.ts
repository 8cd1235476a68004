import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeZip } from "../zip/write";
import { isWorkbookFileError, type WorkbookFileError } from "./errors";
import { fileErrorText } from "./file-messages";
import { readWorkbookBuffer, readWorkbookFile } from "./index";
import { handPackage } from "./ooxml/test-package";

const dir = mkdtempSync(path.join(tmpdir(), "planbook-file-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An OLE2 compound file with one directory entry (a stream) of this name. */
function cfb(stream: string): Buffer {
  const buf = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf);
  buf.writeUInt16LE(9, 30);
  const name = Buffer.from(stream, "utf16le");
  name.copy(buf, 512);
  buf.writeUInt16LE(name.length + 2, 512 + 64);
  buf[512 + 66] = 2;
  return buf;
}

async function errorOf(p: Promise<unknown>): Promise<WorkbookFileError> {
  try {
    await p;
  } catch (e) {
    if (isWorkbookFileError(e)) return e;
    throw e;
  }
  throw new Error("read succeeded");
}

const good = handPackage({ rows: `<row r="1"><c r="A1"><v>1</v></c></row>` });
const notXml = writeZip(
  [
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
    { name: "xl/workbook.xml", data: Buffer.from("<workbook><sheets><sheet name=") },
  ],
  { compression: "deflate" },
);

/** Library wording that must never reach a user: JS errors, parser and zip library messages. */
const LIBRARY_WORDING =
  /TypeError|RangeError|SyntaxError|Cannot read|undefined|null|saxes|yauzl|zlib|central directory|invalid (?:code|distance|block|stored)|unexpected end|Error:|\bat [\w.]+ \(/i;

describe("unreadable files get one typed, localised error", () => {
  it.each([
    [
      "a missing file",
      () => readWorkbookFile(path.join(dir, "nope.xlsx"), { label: "nope.xlsx" }),
      "file.not-found",
    ],
    ["a folder", () => readWorkbookFile(dir, { label: "plans" }), "file.unreadable"],
    ["a CSV", () => readWorkbookBuffer(Buffer.from("Goal ID,Target\n"), { label: "a.csv" }), "file.not-xlsx"],
    ["a legacy .xls", () => readWorkbookBuffer(cfb("Workbook"), { label: "old.xls" }), "file.legacy-xls"],
    [
      "a password-protected .xlsx",
      () => readWorkbookBuffer(cfb("EncryptionInfo"), { label: "locked.xlsx" }),
      "file.encrypted",
    ],
    [
      "a truncated zip",
      () => readWorkbookBuffer(good.subarray(0, 300), { label: "cut.xlsx" }),
      "file.corrupt",
    ],
    ["a part that is not XML", () => readWorkbookBuffer(notXml, { label: "bad.xlsx" }), "file.corrupt"],
    [
      "a file too large",
      () => readWorkbookBuffer(good, { label: "big.xlsx", limits: { maxFileBytes: 10 } }),
      "file.too-large",
    ],
  ])("%s", async (_what, run, code) => {
    const e = await errorOf(run());
    expect(e.code).toBe(code);
    for (const lang of ["en", "zh-CN"] as const) {
      const text = fileErrorText(e.toValue(), lang);
      expect(text.startsWith(e.file)).toBe(true);
      expect(text).not.toMatch(LIBRARY_WORDING);
    }
    expect(e.detail).not.toMatch(LIBRARY_WORDING);
    expect(fileErrorText(e.toValue(), "zh-CN")).not.toBe(fileErrorText(e.toValue(), "en"));
  });

  it("words no library message even for bytes damaged at random", async () => {
    let typed = 0;
    for (let i = 0; i < 300; i++) {
      const buf = Buffer.from(good);
      // a deterministic walk over the file: eight bytes flipped at a new place each case
      const at = (i * 7919) % buf.length;
      for (let k = 0; k < 8; k++) {
        const j = (at + k * 13) % buf.length;
        buf[j] = (buf[j] ?? 0) ^ 0x5a;
      }
      try {
        await readWorkbookBuffer(buf, { label: `case-${i}.xlsx` });
      } catch (e) {
        if (!isWorkbookFileError(e)) throw e;
        typed++;
        expect(e.detail).not.toMatch(LIBRARY_WORDING);
        expect(fileErrorText(e.toValue(), "en")).not.toMatch(LIBRARY_WORDING);
      }
    }
    expect(typed).toBeGreaterThan(100);
  });
});
