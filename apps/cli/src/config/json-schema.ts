import { ENUM_LABELS, Language } from "@planbook/core";
import { z } from "zod";
import { listOf } from "./coerce";
import { PlanbookConfig } from "./schema";

/** Where the shipped schema lives in the package (next to examples/, so both resolve the same). */
export const CONFIG_SCHEMA_FILE = "schema/planbook-config.schema.json";

const NUMBER_TEXT = {
  type: "string",
  description: "a number as typed in a workbook cell: 1.2万, 10w+, 3.5%, ¥3,000",
} as const;

/**
 * The JSON Schema of the config file, derived from the zod schema (so editors complete field
 * names and flag misspelt ones). It describes what the CLI accepts, which is more than the zod
 * types: numbers may be written as text (`1.2万`), list values as English or Chinese labels.
 */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanbookConfig, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      const def = ctx.zodSchema._zod.def as { type: string };
      const js = ctx.jsonSchema as Record<string, unknown>;
      if (def.type === "number") {
        const asNumber = { ...js };
        for (const k of Object.keys(js)) delete js[k];
        js.anyOf = [asNumber, NUMBER_TEXT];
      } else if (def.type === "enum") {
        const list = listOf(ctx.zodSchema);
        const keys = (js.enum as string[] | undefined) ?? [];
        if (list) {
          const labels = Object.values(ENUM_LABELS[list]).flatMap((l) => [l.en, l["zh-CN"]]);
          js.enum = [...new Set([...keys, ...labels])];
        } else if (ctx.zodSchema === (Language as unknown)) {
          js.enum = [...keys, "zh", "zh_CN"];
        }
      }
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    title: "Planbook config (brands.yaml)",
    description: "One plan workbook per brand: planbook generate --config FILE",
  };
}

/** The file's exact text (stable key order, trailing newline), for the build script and its test. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
