import path from "node:path";
import { type BrandEntry, brandFailure, type Language, summarizeBrand } from "@planbook/core";
import { progressWorkbook } from "@planbook/workbook";
import { fileErrorText, isWorkbookFileError, readWorkbookFile } from "@planbook/xlsx/read";

/** What the roll-up asks of one file; plain data, so it can be posted to a worker thread. */
export interface RollupReadRequest {
  index: number;
  /** As the user named it (shown in the report). */
  file: string;
  cwd: string;
  asOf?: number;
  /** Language of error messages. */
  lang: Language;
}

export interface RollupReadReply {
  index: number;
  entry: BrandEntry;
}

/**
 * Reads one brand workbook with the same reader and engine as `planbook progress` and keeps only
 * the brand's summary. A file that cannot be read becomes an entry with its reason.
 */
export async function readBrand(req: RollupReadRequest): Promise<RollupReadReply> {
  try {
    const raw = await readWorkbookFile(path.resolve(req.cwd, req.file), { label: req.file });
    const { plan, progress, findings } = progressWorkbook(raw, { asOfMonth: req.asOf ?? null });
    return { index: req.index, entry: summarizeBrand({ file: req.file, plan, progress, findings }) };
  } catch (e) {
    if (!isWorkbookFileError(e)) throw e;
    const v = e.toValue();
    return {
      index: req.index,
      entry: brandFailure(req.file, {
        code: v.code,
        message: fileErrorText(v, req.lang),
      }),
    };
  }
}
