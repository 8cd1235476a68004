import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The example config shipped in the package (`examples/brands.yaml`), found relative to this
 * module: from dist/bin.js (built) or src/bundled-config.ts (tests) it is one level up.
 */
export function bundledConfigPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.dirname(here), path.dirname(path.dirname(here))]) {
    const candidate = path.join(dir, "examples", "brands.yaml");
    if (existsSync(candidate)) return candidate;
  }
  return path.join(path.dirname(here), "examples", "brands.yaml");
}
