import { defineConfig } from "tsup";

export default defineConfig({
  // text/ is its own entry: the CLI's start-up (help, --version) needs defineMessages and
  // nothing else of core, and through the index it would load zod and every schema (issue #8).
  entry: { index: "src/index.ts", "text/index": "src/text/index.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
