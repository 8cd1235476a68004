import { foldLabel } from "@planbook/core";
import type { RawTable, RawWorkbook } from "../grid/raw";
import { SHEETS, TABLES } from "../layout/spec";
import type { TableSpec } from "../layout/types";
import { headerCoverage } from "./headers";

/** Share of a table's required headers a differently named table must carry to stand in for it. */
export const HEADER_MATCH_THRESHOLD = 0.8;

export interface FoundTable {
  spec: TableSpec;
  raw: RawTable;
  /** `headers`: the ListObject has another name and was recognised by its header set. */
  matchedBy: "name" | "headers";
}

const specNames = new Set(TABLES.map((t) => t.name.toLowerCase()));

function sheetNameFits(spec: TableSpec, sheet: string): boolean {
  const home = SHEETS.find((s) => s.tables.includes(spec));
  if (!home) return false;
  const folded = foldLabel(sheet);
  return folded === foldLabel(home.name.en) || folded === foldLabel(home.name["zh-CN"]);
}

/**
 * Finds every spec table in the workbook: by ListObject name (Excel names are case-insensitive),
 * else among tables whose names are not spec names by their headers (≥ 80% of the required
 * headers). Where one such table fits two spec tables equally (Actuals and Phasing share their
 * headers), the sheet name decides; a tie that the sheet name cannot break is left unmatched
 * rather than guessed.
 */
export function findTables(raw: RawWorkbook): Map<string, FoundTable> {
  const found = new Map<string, FoundTable>();
  for (const spec of TABLES) {
    const byName = raw.tables.find((t) => t.name.toLowerCase() === spec.name.toLowerCase());
    if (byName) found.set(spec.name, { spec, raw: byName, matchedBy: "name" });
  }
  const strangers = raw.tables.filter((t) => !specNames.has(t.name.toLowerCase()));
  const claimed = new Set<RawTable>();
  for (const spec of TABLES) {
    if (found.has(spec.name)) continue;
    const scored = strangers
      .filter((t) => !claimed.has(t))
      .map((t) => ({ t, coverage: headerCoverage(spec, t.headers), home: sheetNameFits(spec, t.sheet) }))
      .filter((c) => c.coverage >= HEADER_MATCH_THRESHOLD)
      .sort((a, b) => Number(b.home) - Number(a.home) || b.coverage - a.coverage);
    const best = scored[0];
    if (!best) continue;
    const rival = TABLES.find(
      (other) =>
        other !== spec &&
        !found.has(other.name) &&
        headerCoverage(other, best.t.headers) >= best.coverage &&
        Number(sheetNameFits(other, best.t.sheet)) >= Number(best.home),
    );
    if (rival) continue;
    claimed.add(best.t);
    found.set(spec.name, { spec, raw: best.t, matchedBy: "headers" });
  }
  return found;
}
