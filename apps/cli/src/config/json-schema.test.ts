import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundledConfigPath } from "../bundled-config";
import { CONFIG_SCHEMA_FILE, configJsonSchema, configJsonSchemaText } from "./json-schema";

const PKG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

type Js = Record<string, unknown> & { properties?: Record<string, Js>; items?: Js };

describe("the config's JSON Schema", () => {
  it("is shipped exactly as the zod schema generates it (pnpm --filter planbook schema rewrites it)", () => {
    expect(readFileSync(path.join(PKG, CONFIG_SCHEMA_FILE), "utf8")).toBe(configJsonSchemaText());
  });

  it("is in the package's files, and the example config points editors at it", () => {
    const pkg = JSON.parse(readFileSync(path.join(PKG, "package.json"), "utf8")) as { files: string[] };
    expect(pkg.files).toContain("schema");
    const first = readFileSync(bundledConfigPath(), "utf8").split("\n")[0];
    expect(first).toBe(`# yaml-language-server: $schema=../${CONFIG_SCHEMA_FILE}`);
  });

  it("lists field names strictly, numbers as text too, and list values with their labels", () => {
    const s = configJsonSchema() as Js;
    const brand = s.properties?.brands?.items as Js;
    expect(brand.additionalProperties).toBe(false);
    const goal = brand.properties?.goals?.items as Js;
    expect(Object.keys(goal.properties ?? {})).toEqual(
      expect.arrayContaining(["id", "target", "objectiveId"]),
    );
    expect(JSON.stringify(goal.properties?.target)).toContain("1.2万");
    const channel = brand.properties?.channels?.items as Js;
    for (const v of ["core", "Core", "核心"])
      expect(JSON.stringify(channel.properties?.role)).toContain(`"${v}"`);
    expect(JSON.stringify(goal.properties?.start)).toContain(
      JSON.stringify(String.raw`^(\d{4}|-)-\d{2}-\d{2}$`),
    );
  });
});
