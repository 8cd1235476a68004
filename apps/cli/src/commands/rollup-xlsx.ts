import type { Language, Portfolio } from "@planbook/core";
import { rollupWorkbookSpec } from "@planbook/workbook";
import { renderRollupWorkbook } from "@planbook/xlsx";
import { GENERATOR } from "../version";

/** `--out`: the portfolio workbook, described by @planbook/workbook and drawn by @planbook/xlsx. */
export function renderRollupXlsx(portfolio: Portfolio, lang: Language, at: Date): Promise<Uint8Array> {
  const spec = rollupWorkbookSpec(portfolio, lang, `${GENERATOR.name} ${GENERATOR.version}`);
  return renderRollupWorkbook(spec, { generator: GENERATOR, at });
}
