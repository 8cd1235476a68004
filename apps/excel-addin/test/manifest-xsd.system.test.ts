import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, rebaseManifest } from "../scripts/build.mjs";
import { SOURCE_MANIFEST } from "./paths";
import { validateManifest } from "./xmllint";

/**
 * The manifest against Microsoft's XSDs with xmllint (libxml2-utils, installed by
 * `pnpm setup:system`). A system test: `pnpm test:unit` leaves it out, `pnpm test` runs it.
 */
const source = readFileSync(SOURCE_MANIFEST, "utf8");
const tmp = mkdtempSync(join(tmpdir(), "planbook-manifest-xsd-"));
const write = (name: string, xml: string) => {
  const file = join(tmp, name);
  writeFileSync(file, xml);
  return file;
};
const BASE = "https://addin.example.com/planbook";

describe("manifest.xml against the Office add-in XSDs", () => {
  it("validates as written", () => {
    const result = validateManifest(SOURCE_MANIFEST);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  it("the validator does reject a broken manifest (unknown action, missing provider)", () => {
    const badAction = source.replace('xsi:type="ExecuteFunction"', 'xsi:type="RunMacro"');
    expect(validateManifest(write("bad-action.xml", badAction)).ok).toBe(false);
    const noProvider = source.replace("<ProviderName>Planbook</ProviderName>", "");
    expect(validateManifest(write("no-provider.xml", noProvider)).ok).toBe(false);
  });

  it("still validates when rebased onto a production host", () => {
    expect(validateManifest(write("rebased.xml", rebaseManifest(source, BASE))).ok).toBe(true);
  });

  it("still validates as the production build writes it", async () => {
    const dist = join(tmp, "dist");
    await build({ outDir: dist, baseUrl: BASE, buildNumber: "65535" });
    const xml = readFileSync(join(dist, "manifest.xml"), "utf8");
    // With its <Version> stamped from package.json (largest build number).
    expect(xml).toMatch(/<Version>\d+\.\d+\.\d+\.65535<\/Version>/);
    expect(validateManifest(join(dist, "manifest.xml")).ok).toBe(true);
  });

  it("the XSD refuses a <Version> that is not up to four numbers (what the stamp guards against)", () => {
    const bad = source.replace(/<Version>[^<]*<\/Version>/, "<Version>1.4.2-beta.1</Version>");
    expect(validateManifest(write("bad-version.xml", bad)).ok).toBe(false);
  });
});
