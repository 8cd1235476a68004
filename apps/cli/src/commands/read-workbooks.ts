import path from "node:path";
import type { RawWorkbook } from "@planbook/workbook";
import {
  fileErrorText,
  isWorkbookFileError,
  readWorkbookFile,
  type WorkbookFileErrorValue,
} from "@planbook/xlsx/read";
import type { Ctx } from "../io";
import { t } from "../messages";
import { startProgressBar } from "../output/progress-bar";

export type FileOutcome<T> =
  | { file: string; ok: true; value: T }
  | { file: string; ok: false; error: WorkbookFileErrorValue };

/**
 * Reads each file and hands its RawWorkbook to `use`, one file at a time (a batch of large
 * workbooks would not fit in memory together), with the check bar on a terminal. A file that
 * cannot be read is an outcome, not a crash.
 */
export async function forEachWorkbook<T>(
  ctx: Ctx,
  files: readonly string[],
  use: (raw: RawWorkbook, file: string) => T,
): Promise<FileOutcome<T>[]> {
  const bar = startProgressBar(ctx.io, t(ctx.lang, "check.bar"), files.length);
  const outcomes: FileOutcome<T>[] = [];
  try {
    for (const file of files) {
      try {
        const raw = await readWorkbookFile(path.resolve(ctx.io.cwd, file), { label: file });
        outcomes.push({ file, ok: true, value: use(raw, file) });
      } catch (e) {
        if (!isWorkbookFileError(e)) throw e;
        outcomes.push({ file, ok: false, error: e.toValue() });
      }
      bar.tick();
    }
  } finally {
    bar.stop();
  }
  return outcomes;
}

export function fileErrorMessage(ctx: Ctx, error: WorkbookFileErrorValue): string {
  return fileErrorText(error, ctx.lang);
}
