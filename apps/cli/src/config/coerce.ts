import { type EnumListName, enumKeyOf, enumLists, Language } from "@planbook/core";
import { parseDate, parseNumber } from "@planbook/workbook";
import type { z } from "zod";
import { parseLanguage } from "../lang";

/**
 * Config values are read like workbook cells (docs/design.md#cli): before the zod schema checks a config,
 * text where the schema wants a number is read as the workbook reads a number cell (`1.2万`,
 * `3.5%`, `¥3,000`), text where it wants a closed list is read as a dropdown cell (`核心` = `core`),
 * and dates typed as in a date cell (`2027/3/1`, `3月1日`) become the config's date forms. The
 * schema drives the walk, so a new field needs no table here; text that is not readable is left
 * as it is, for the schema to report with its line.
 */

type Schema = z.core.$ZodType;

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"]);

/** The schema under optional/nullable/default wrappers. */
function unwrap(schema: Schema): Schema {
  let s = schema;
  for (;;) {
    const def = s._zod.def as { type: string; innerType?: Schema };
    if (!WRAPPERS.has(def.type) || !def.innerType) return s;
    s = def.innerType;
  }
}

/** The closed list (docs/design.md#lists) behind a zod enum of core's model, found by identity. */
const LIST_OF = new Map<Schema, EnumListName>(
  Object.entries(enumLists).map(([name, schema]) => [schema as Schema, name as EnumListName]),
);

export function listOf(schema: Schema): EnumListName | null {
  return LIST_OF.get(schema) ?? null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Schemas whose strings are config dates (`YYYY-MM-DD` or `--MM-DD`), marked by schema.ts. */
export const DATE_SCHEMAS = new Set<Schema>();

const HAS_YEAR = /\d{4}/;
const CONFIG_DATE = /^(\d{4}|-)-\d{2}-\d{2}$/;

/**
 * A date typed as in a workbook cell, in the config's forms. Month-day forms (`3月1日`, `3/1`)
 * mean that day of the plan year, which the config writes `--MM-DD`; the leap year 2000 stands in
 * for the plan year here, so that `2/29` is kept for to-plan to place.
 */
function configDate(text: string): string | null {
  if (CONFIG_DATE.test(text.trim())) return null;
  const parsed = parseDate(text, 2000);
  if (!parsed.ok || parsed.value === null) return null;
  return HAS_YEAR.test(text) ? parsed.value : `--${parsed.value.slice(5)}`;
}

export function coerceConfig(schema: Schema, value: unknown): unknown {
  if (DATE_SCHEMAS.has(schema) && typeof value === "string") return configDate(value) ?? value;
  const inner = unwrap(schema);
  if (DATE_SCHEMAS.has(inner) && typeof value === "string") return configDate(value) ?? value;
  const def = inner._zod.def as {
    type: string;
    shape?: Record<string, Schema>;
    element?: Schema;
    options?: Schema[];
  };
  switch (def.type) {
    case "object": {
      if (!isRecord(value) || !def.shape) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const field = def.shape[k];
        out[k] = field ? coerceConfig(field, v) : v;
      }
      return out;
    }
    case "array":
      return Array.isArray(value) && def.element
        ? value.map((v) => coerceConfig(def.element as Schema, v))
        : value;
    case "number": {
      if (typeof value !== "string") return value;
      const n = parseNumber(value);
      return n.ok && n.value !== null ? n.value : value;
    }
    case "enum": {
      if (typeof value !== "string") return value;
      const list = listOf(inner);
      if (list) return enumKeyOf(list, value) ?? value;
      // a brand's language as --lang takes it: zh, zh_CN, EN
      if (inner === (Language as Schema)) return parseLanguage(value) ?? value;
      return value;
    }
    default:
      return value;
  }
}
