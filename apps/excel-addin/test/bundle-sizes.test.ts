import type { Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { entryLoads, overBudget, type PageLoad } from "../scripts/bundle-sizes.mjs";

type Import = Metafile["outputs"][string]["imports"][number];
const output = (imports: [string, Import["kind"]][], entryPoint?: string) => ({
  bytes: 0,
  inputs: {},
  exports: [],
  imports: imports.map(([path, kind]) => ({ path, kind })),
  ...(entryPoint ? { entryPoint } : {}),
});

// page.js → shared.js; page.js ⇢ engine.js → (shared.js, big.js); engine.js ⇢ create.js → (big.js, lunar.js)
const metafile: Metafile = {
  inputs: {},
  outputs: {
    "page.js": output([
      ["shared.js", "import-statement"],
      ["engine.js", "dynamic-import"],
    ]),
    "shared.js": output([]),
    "engine.js": output(
      [
        ["shared.js", "import-statement"],
        ["big.js", "import-statement"],
        ["create.js", "dynamic-import"],
      ],
      "src/engine.ts",
    ),
    "big.js": output([]),
    "create.js": output(
      [
        ["big.js", "import-statement"],
        ["lunar.js", "import-statement"],
      ],
      "src/create.ts",
    ),
    "lunar.js": output([]),
  },
};

describe("entryLoads", () => {
  it("splits a page into its static closure and what each dynamic import adds, each file once", () => {
    expect(entryLoads(metafile, "page.js")).toEqual({
      initial: ["page.js", "shared.js"],
      lazy: [
        { source: "src/engine.ts", files: ["engine.js", "big.js"] },
        { source: "src/create.ts", files: ["create.js", "lunar.js"] },
      ],
    });
  });
});

describe("overBudget", () => {
  const load = (initial: number, total: number): PageLoad => ({
    initial: [],
    initialBytes: { raw: initial, gzip: 0 },
    packages: [],
    lazy: [],
    totalBytes: { raw: total, gzip: 0 },
  });

  it("names each page over its first-load or total budget, and a page the build lacks", () => {
    const budgets = {
      pane: { initial: 100, total: 1000 },
      ribbon: { initial: 10, total: 10 },
      gone: { initial: 1, total: 1 },
    };
    expect(overBudget({ pane: load(100, 1001), ribbon: load(11, 10) }, budgets)).toEqual([
      "pane: can load 1001 bytes in all, budget 1000",
      "ribbon: loads 11 bytes before it runs, budget 10",
      "gone: no such page",
    ]);
    expect(overBudget({ pane: load(100, 1000), ribbon: load(10, 10), gone: load(1, 1) }, budgets)).toEqual(
      [],
    );
  });
});
