import { defineConfig } from "tsup";

export default defineConfig({
  // text/ is its own entry: the CLI's start-up (help, --version) needs defineMessages and
  // nothing else of core, and through the index it would load zod and every schema (issue #8).
  // labels and key-dates are entries too, because esbuild's code splitting puts every file an
  // index re-exports by name into one chunk with it: the add-in's pages show enum labels on open
  // without the engine, and its engine runs without the key dates' lunar calendar (Create only).
  // char-width is its own entry for the same reason: with its Unicode table in text/, every add-in
  // page would download it with defineMessages, though only the engine's column widths use it.
  entry: {
    index: "src/index.ts",
    "text/index": "src/text/index.ts",
    "char-width": "src/text/char-width.ts",
    labels: "src/i18n/labels.ts",
    "key-dates": "src/calendar/key-dates.ts",
  },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
