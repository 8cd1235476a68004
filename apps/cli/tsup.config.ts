import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts", "src/render-worker.ts", "src/commands/rollup-worker.ts"],
  format: ["esm"],
  // The workspace packages are bundled, so the packed tarball installs from npm alone; their
  // runtime dependencies are this package's dependencies (exact versions, see package.json).
  noExternal: [/^@planbook\//],
  dts: { entry: ["src/index.ts"], resolve: [/^@planbook\//] },
  sourcemap: true,
  clean: true,
  target: "es2022",
});
