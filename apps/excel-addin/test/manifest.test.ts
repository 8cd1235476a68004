import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { describe, expect, it } from "vitest";
import { DEFAULT_BASE_URL, normaliseBaseUrl, rebaseManifest } from "../scripts/build.mjs";
import { SOURCE_MANIFEST } from "./paths";

const source = readFileSync(SOURCE_MANIFEST, "utf8");
const tmp = mkdtempSync(join(tmpdir(), "planbook-manifest-"));
const write = (name: string, xml: string) => {
  const file = join(tmp, name);
  writeFileSync(file, xml);
  return file;
};

/** Every http(s) URL in the manifest except XML namespace names. */
const urlsOf = (xml: string) =>
  [...xml.matchAll(/https?:\/\/[^"<\s]+/g)]
    .map((m) => m[0])
    .filter((u) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(u));

describe("manifest.xml", () => {
  it("has Validate goals and Refresh progress as ExecuteFunction and Planbook as ShowTaskpane on the Home tab", () => {
    expect(source).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Planbook.Group">/);
    const controls = [
      ...source.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g),
    ].map(([, id, body]) => ({
      id,
      action: /<Action xsi:type="(\w+)"/.exec(body ?? "")?.[1],
      fn: /<FunctionName>(\w+)<\/FunctionName>/.exec(body ?? "")?.[1] ?? null,
    }));
    expect(controls).toEqual([
      { id: "Planbook.ValidateGoals", action: "ExecuteFunction", fn: "validateGoals" },
      { id: "Planbook.RefreshProgress", action: "ExecuteFunction", fn: "refreshProgress" },
      { id: "Planbook.ShowTaskpane", action: "ShowTaskpane", fn: null },
    ]);
  });

  it("has a zh-CN override for the display name, the description and every label and tooltip", () => {
    for (const tag of ["DisplayName", "Description"]) {
      expect(source).toMatch(
        new RegExp(`<${tag} [^>]*>\\s*<Override Locale="zh-CN" Value="[^"]*[\\u4e00-\\u9fff]`),
      );
    }
    const strings = [...source.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.length).toBeGreaterThanOrEqual(9);
    for (const [, id, body] of strings) {
      expect(body, id).toMatch(/<bt:Override Locale="zh-CN" Value="[^"]*[\u4e00-\u9fff][^"]*"\/>/);
    }
    // and no self-closing string resources that would have no override at all
    expect(source).not.toMatch(/<bt:String [^>]*\/>/);
  });

  it("declares the minimum ExcelApi set at the top level, not inside VersionOverrides", () => {
    const [top, overrides] = source.split("<VersionOverrides");
    expect(top).toMatch(
      /<Requirements>\s*<Sets DefaultMinVersion="1.1">\s*<Set Name="ExcelApi" MinVersion="1.7"\/>/,
    );
    expect(overrides).not.toContain("<Requirements");
  });

  it("every URL starts at the default base", () => {
    const urls = urlsOf(source);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(`${DEFAULT_BASE_URL}/`), url).toBe(true);
  });
});

describe("rebasing the manifest for a production host", () => {
  const base = "https://addin.example.com/planbook";
  const rebased = rebaseManifest(source, base);

  // That the rebased manifest still validates against the XSDs is in manifest-xsd.system.test.ts.
  it("moves every URL onto the base", () => {
    const urls = urlsOf(rebased);
    expect(urls).toHaveLength(urlsOf(source).length);
    for (const url of urls) expect(url.startsWith(`${base}/`), url).toBe(true);
    expect(rebased).not.toContain("https://localhost");
  });

  it("reads back with office-addin-manifest: id, names and the URLs of the pane and icons", async () => {
    const info = await OfficeAddinManifest.readManifestFile(write("read.xml", rebased));
    expect(info.id).toBe("ac1cbe6d-5c0a-44f5-a0dc-b80f00fa1acc");
    expect(info.displayName).toBe("Planbook");
    expect(info.providerName).toBe("Planbook");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultSettings?.sourceLocation).toBe(`${base}/taskpane.html`);
    expect(info.iconUrl).toBe(`${base}/assets/logo-32.png`);
    expect(info.highResolutionIconUrl).toBe(`${base}/assets/logo-64.png`);
    expect(info.supportUrl).toBe(`${base}/support.html`);
  });

  it("refuses a manifest with a URL that is not on the default base", () => {
    const stray = source.replace("https://localhost:3000/support.html", "https://elsewhere.example.com/help");
    expect(() => rebaseManifest(stray, base)).toThrow(/elsewhere\.example\.com/);
  });
});

describe("normaliseBaseUrl", () => {
  it("drops trailing slashes and keeps a path", () => {
    expect(normaliseBaseUrl("https://addin.example.com/")).toBe("https://addin.example.com");
    expect(normaliseBaseUrl(" https://cdn.example.com/apps/planbook// ")).toBe(
      "https://cdn.example.com/apps/planbook",
    );
    expect(normaliseBaseUrl("https://localhost:3443")).toBe("https://localhost:3443");
  });

  it("says what is wrong with a base Office could not load", () => {
    expect(() => normaliseBaseUrl("http://addin.example.com")).toThrow(/https/);
    expect(() => normaliseBaseUrl("addin.example.com")).toThrow(/not a URL/);
    expect(() => normaliseBaseUrl("https://addin.example.com/?v=2")).toThrow(/query/);
  });
});
