import { defineConfig } from "tsup";

export default defineConfig({
  // write-plan is its own entry: see src/write-plan.ts.
  entry: { index: "src/index.ts", "write-plan": "src/write-plan.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
