import { Plan } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { metaRows } from "./meta";
import { SCHEMA_VERSION } from "./spec";

const generator = { name: "planbook", version: "1.2.3" };
const plan = (industry: string | null) =>
  Plan.parse({ brand: { id: "lumen", name: "Lumen", industry }, year: 2027 });

describe("metaRows", () => {
  it("lists the facts readers look up, as text, under a key/value header", () => {
    expect(metaRows(plan(null), "zh-CN", generator)).toEqual([
      ["key", "value"],
      ["schemaVersion", String(SCHEMA_VERSION)],
      ["generator", "planbook"],
      ["generatorVersion", "1.2.3"],
      ["brandId", "lumen"],
      ["year", "2027"],
      ["language", "zh-CN"],
    ]);
  });

  it("adds the brand's industry, trimmed as the reader trims it, only when there is one", () => {
    expect(metaRows(plan(" 咖啡 "), "en", generator).at(-1)).toEqual(["industry", "咖啡"]);
    expect(metaRows(plan("  "), "en", generator).map(([k]) => k)).not.toContain("industry");
  });
});
