import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { build, SOURCE_CONDITIONS } from "../../scripts/build.mjs";
import { staticHandler } from "../../scripts/serve.mjs";

/**
 * The test mode of the add-in: the production build (minified, Office.js from the CDN in its
 * HTML) served so that the pages load excel-sim in place of Office.js, with the given workbooks
 * next to the harness script. Returns the base URL and a stop function.
 */
export async function serveHarness(workbooks: Record<string, Buffer>): Promise<{
  url: string;
  distDir: string;
  stop: () => Promise<void>;
}> {
  const root = mkdtempSync(join(tmpdir(), "planbook-addin-test-"));
  const distDir = join(root, "dist");
  const harnessDir = join(root, "harness");
  await build({ outDir: distDir, baseUrl: "https://localhost:3000" });
  // Like vitest and the production build: workspace packages from their sources, so the code
  // under test is today's (a package's dist may lag, or be mid-rebuild, while others work).
  await esbuild.build({
    entryPoints: {
      "sim-office": fileURLToPath(new URL("./sim-office.ts", import.meta.url)),
      "fake-pane": fileURLToPath(new URL("./fake-pane.ts", import.meta.url)),
    },
    outdir: harnessDir,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "warning",
    conditions: SOURCE_CONDITIONS,
  });
  copyFileSync(fileURLToPath(new URL("./fake.html", import.meta.url)), join(harnessDir, "fake.html"));
  for (const [name, buffer] of Object.entries(workbooks)) writeFileSync(join(harnessDir, name), buffer);
  const server: Server = createServer(
    staticHandler({
      root: distDir,
      officeScriptSrc: "/harness/sim-office.js",
      mounts: { "/harness/": harnessDir },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    distDir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
