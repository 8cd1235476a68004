import path from "node:path";
import type { RawWorkbook } from "@planbook/workbook";
import {
  fileErrorText,
  isWorkbookFileError,
  readWorkbookFile,
  type WorkbookFileErrorValue,
} from "@planbook/xlsx/read";
import type { Ctx } from "../io";

export type FileOutcome<T> =
  | { file: string; ok: true; value: T }
  | { file: string; ok: false; error: WorkbookFileErrorValue };

/**
 * Reads each file and hands its RawWorkbook to `use`, one file at a time (a batch of large
 * workbooks would not fit in memory together). A file that cannot be read is an outcome, not a crash.
 */
export async function forEachWorkbook<T>(
  ctx: Ctx,
  files: readonly string[],
  use: (raw: RawWorkbook, file: string) => T,
  onFile?: () => void,
): Promise<FileOutcome<T>[]> {
  const outcomes: FileOutcome<T>[] = [];
  for (const file of files) {
    try {
      const raw = await readWorkbookFile(path.resolve(ctx.io.cwd, file), { label: file });
      outcomes.push({ file, ok: true, value: use(raw, file) });
    } catch (e) {
      if (!isWorkbookFileError(e)) throw e;
      outcomes.push({ file, ok: false, error: e.toValue() });
    }
    onFile?.();
  }
  return outcomes;
}

export function fileErrorMessage(ctx: Ctx, error: WorkbookFileErrorValue): string {
  return fileErrorText(error, ctx.lang);
}
