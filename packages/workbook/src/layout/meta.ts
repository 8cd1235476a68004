import type { Language, Plan } from "@planbook/core";
import { SCHEMA_VERSION } from "./spec";

/** Who wrote a workbook: the CLI's package, or the add-in. */
export interface MetaGenerator {
  name: string;
  version: string;
}

/**
 * Rows of the hidden meta sheet from A1 down: a `key`/`value` header, then one pair per fact the
 * readers look up by key (schema version, generator, brand, year, language, industry when the plan
 * has one). Every value is text, so renderers must keep `1` and `2027` as strings.
 */
export function metaRows(plan: Plan, lang: Language, generator: MetaGenerator): [string, string][] {
  const rows: [string, string][] = [
    ["key", "value"],
    ["schemaVersion", String(SCHEMA_VERSION)],
    ["generator", generator.name],
    ["generatorVersion", generator.version],
    ["brandId", plan.brand.id],
    ["year", String(plan.year)],
    ["language", lang],
  ];
  const industry = plan.brand.industry?.trim();
  if (industry) rows.push(["industry", industry]);
  return rows;
}
