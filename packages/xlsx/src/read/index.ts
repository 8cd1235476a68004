import { readFile, stat } from "node:fs/promises";
import type { RawWorkbook } from "@planbook/workbook";
import ExcelJS from "exceljs";
import { isWorkbookFileError, WorkbookFileError, type WorkbookFileErrorValue } from "./errors";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import { rawFromExcelWorkbook } from "./workbook-to-raw";
import { guardXlsxContainer, messageOf } from "./zip-guard";

export { dateToSerial, toRawCell } from "./cell-value";
export {
  isWorkbookFileError,
  WorkbookFileError,
  type WorkbookFileErrorCode,
  type WorkbookFileErrorValue,
} from "./errors";
export { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
export { META_SHEET, rawFromExcelWorkbook } from "./workbook-to-raw";

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Name used for the file in errors (default: the path, or `workbook` for a buffer). */
  label?: string;
}

/**
 * Reads an .xlsx into the RawWorkbook the pure reader takes. The size is checked before the file is
 * read and the zip is inflated under limits before exceljs sees it. Throws WorkbookFileError.
 */
export async function readWorkbookFile(path: string, opts: ReadOptions = {}): Promise<RawWorkbook> {
  const limits = { ...DEFAULT_READ_LIMITS, ...opts.limits };
  const file = opts.label ?? path;
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new Error("not a regular file");
    size = st.size;
  } catch (e) {
    throw new WorkbookFileError({ code: "file.unreadable", file, detail: messageOf(e) });
  }
  if (size > limits.maxFileBytes) {
    throw new WorkbookFileError({
      code: "file.too-large",
      file,
      detail: `${size} bytes; the limit is ${limits.maxFileBytes}`,
    });
  }
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw new WorkbookFileError({ code: "file.unreadable", file, detail: messageOf(e) });
  }
  return readWorkbookBuffer(buf, { ...opts, label: file });
}

export async function readWorkbookBuffer(buf: Buffer, opts: ReadOptions = {}): Promise<RawWorkbook> {
  const limits = { ...DEFAULT_READ_LIMITS, ...opts.limits };
  const file = opts.label ?? "workbook";
  const slim = await guardXlsxContainer(buf, file, limits);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer alias; a Node Buffer is what it reads
    await wb.xlsx.load(slim as unknown as ExcelJS.Buffer);
    return rawFromExcelWorkbook(wb);
  } catch (e) {
    throw new WorkbookFileError({ code: "file.unreadable", file, detail: messageOf(e) });
  }
}

export type ReadResult = { ok: true; raw: RawWorkbook } | { ok: false; error: WorkbookFileErrorValue };

/** The same as readWorkbookFile, as a value: never throws for a bad file. */
export async function tryReadWorkbookFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  try {
    return { ok: true, raw: await readWorkbookFile(path, opts) };
  } catch (e) {
    if (isWorkbookFileError(e)) return { ok: false, error: e.toValue() };
    throw e;
  }
}
