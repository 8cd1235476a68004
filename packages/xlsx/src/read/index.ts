import { readFile, stat } from "node:fs/promises";
import type { RawWorkbook } from "@planbook/workbook";
import { isWorkbookFileError, WorkbookFileError } from "./errors";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import { readXlsxPackage } from "./ooxml/read-package";

// The `@planbook/xlsx/read` entry (the CLI's validate chunk): besides the readers defined here,
// the file-error names the CLI reports with, and nothing else.
export { isWorkbookFileError, type WorkbookFileErrorValue } from "./errors";
export { fileErrorText } from "./file-messages";

interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Name used for the file in errors (default: the path, or `workbook` for a buffer). */
  label?: string;
}

/** A failed stat or read as a typed error: a missing file is not a damaged one. */
function fsError(e: unknown, file: string): WorkbookFileError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new WorkbookFileError({ code: "file.not-found", file, detail: "no such file" });
  }
  return new WorkbookFileError({
    code: "file.unreadable",
    file,
    detail:
      code === "EISDIR" ? "a folder, not a file" : `cannot open the file (${code ?? "not a regular file"})`,
  });
}

/**
 * Reads an .xlsx into the RawWorkbook the pure reader takes. The size is checked before the file is
 * read; parts are inflated one by one under the limits. Throws WorkbookFileError.
 */
export async function readWorkbookFile(path: string, opts: ReadOptions = {}): Promise<RawWorkbook> {
  const limits = { ...DEFAULT_READ_LIMITS, ...opts.limits };
  const file = opts.label ?? path;
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile())
      throw Object.assign(new Error("not a file"), { code: st.isDirectory() ? "EISDIR" : "ENOTREG" });
    size = st.size;
  } catch (e) {
    throw fsError(e, file);
  }
  if (size > limits.maxFileBytes) {
    throw new WorkbookFileError({
      code: "file.too-large",
      file,
      detail: `${size} bytes; the limit is ${limits.maxFileBytes}`,
      size,
      limit: limits.maxFileBytes,
    });
  }
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw fsError(e, file);
  }
  return readWorkbookBuffer(buf, { ...opts, label: file });
}

/**
 * Reads an .xlsx held in memory. Anything thrown that is not already a typed error is a defect of
 * this reader met on a damaged file: it is reported as file.corrupt, never as a library's message.
 */
export async function readWorkbookBuffer(buf: Buffer, opts: ReadOptions = {}): Promise<RawWorkbook> {
  const limits = { ...DEFAULT_READ_LIMITS, ...opts.limits };
  const file = opts.label ?? "workbook";
  try {
    return await readXlsxPackage(buf, file, limits);
  } catch (e) {
    if (isWorkbookFileError(e)) throw e;
    throw new WorkbookFileError({
      code: "file.corrupt",
      file,
      detail: "the workbook's structure cannot be read",
    });
  }
}
