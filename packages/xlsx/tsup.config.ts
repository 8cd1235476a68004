import { defineConfig } from "tsup";

export default defineConfig({
  // `@planbook/xlsx/read`: the reader alone, so commands that only read never load exceljs
  entry: { index: "src/index.ts", read: "src/read/index.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
