// Writes schema/planbook-config.schema.json from the zod config schema (run after `pnpm build`;
// src/config/json-schema.test.ts fails while the shipped file and the schema disagree).
import { writeFileSync } from "node:fs";
import { CONFIG_SCHEMA_FILE, configJsonSchemaText } from "../dist/index.js";

writeFileSync(new URL(`../${CONFIG_SCHEMA_FILE}`, import.meta.url), configJsonSchemaText());
console.log(`wrote ${CONFIG_SCHEMA_FILE}`);
