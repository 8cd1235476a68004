export { bundledConfigPath } from "./bundled-config";
export { workbookFileName } from "./commands/generate";
export { CONFIG_SCHEMA_FILE, configJsonSchema, configJsonSchemaText } from "./config/json-schema";
export { formatPath, loadConfig, parseConfig } from "./config/load";
export { BrandConfig, PlanbookConfig } from "./config/schema";
export { brandToPlan, configToPlans, type PlanOverrides } from "./config/to-plan";
export type { CliIO } from "./io";
export { EXIT } from "./io";
export { runCli } from "./run";
