import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  build,
  fillSupportPage,
  manifestVersion,
  packageVersion,
  stampManifestVersion,
} from "../scripts/build.mjs";
import { APP_DIR, SOURCE_MANIFEST } from "./paths";

/** What a release ships: the manifest's <Version> and the support page (contact, privacy, version). */
const BASE = "https://addin.example.com/planbook";
const pkg = JSON.parse(readFileSync(join(APP_DIR, "package.json"), "utf8")) as { version: string };
let dist: string;

beforeAll(async () => {
  dist = join(mkdtempSync(join(tmpdir(), "planbook-release-")), "dist");
  await build({
    outDir: dist,
    baseUrl: BASE,
    buildNumber: "7",
    supportContact: "planning-help@example.com",
    privacyUrl: "https://example.com/privacy?a=1&b=2",
  });
});

const versionOf = (xml: string) => /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];

describe("manifest <Version>", () => {
  it("is stamped from package.json, with the build number as its 4th part", () => {
    expect(packageVersion()).toBe(pkg.version);
    const xml = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(versionOf(xml)).toBe(`${pkg.version}.7`);
    // Only that element changed: VersionOverrides and the Requirements' MinVersion stay.
    const source = readFileSync(SOURCE_MANIFEST, "utf8");
    expect(xml.match(/<Version>/g)).toHaveLength(1);
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(xml.split("\n").length).toBe(source.split("\n").length);
  });

  it("follows the package version, so Office drops its cached copy on upgrade", () => {
    expect(manifestVersion("1.4.2", 0)).toBe("1.4.2.0");
    expect(manifestVersion("2.0.10", "31")).toBe("2.0.10.31");
    const xml = readFileSync(SOURCE_MANIFEST, "utf8");
    expect(versionOf(stampManifestVersion(xml, "1.4.2.0"))).toBe("1.4.2.0");
  });

  it("refuses what cannot be four numbers, saying what to do", () => {
    expect(() => manifestVersion("1.4.2-beta.1", 0)).toThrow(
      /package\.json "version": "1\.4\.2-beta\.1".*release version/,
    );
    expect(() => manifestVersion("1.4", 0)).toThrow(/release version such as/);
    expect(() => manifestVersion("1.4.2", "x")).toThrow(/PLANBOOK_BUILD_NUMBER "x"/);
    expect(() => manifestVersion("70000.0.0", 0)).toThrow(/at most 65535/);
    expect(() => stampManifestVersion("<OfficeApp/>", "1.0.0.0")).toThrow(/exactly one <Version>/);
  });
});

describe("support page", () => {
  it("has the contact, the organisation's privacy link and the version, in both languages", () => {
    const html = readFileSync(join(dist, "support.html"), "utf8");
    expect(html).not.toMatch(/\{\{/);
    expect(html).toContain('<a href="mailto:planning-help@example.com">planning-help@example.com</a>');
    // Escaped, in both sections.
    expect(html.split('href="https://example.com/privacy?a=1&amp;b=2"').length - 1).toBe(2);
    expect(html).toContain(`Version ${pkg.version} (manifest ${pkg.version}.7)`);
    expect(html).toContain(`版本 ${pkg.version} (manifest ${pkg.version}.7)`);
    expect(html).toContain("sends your data to no server");
    expect(html).toContain("不会把你的数据发送到任何服务器");
  });

  it("defaults: whoever installed it is the contact, the page's own privacy statement stands alone", () => {
    const source = readFileSync(join(APP_DIR, "src/support/support.html"), "utf8");
    const html = fillSupportPage(source, { version: "1.0.0", manifestVersion: "1.0.0.0" });
    expect(html).toContain("Ask the person or IT team who installed Planbook for you.");
    expect(html).toContain("请联系为你安装 Planbook 的同事或 IT 团队。");
    expect(html).not.toContain("privacy policy:");
    expect(html).not.toMatch(/\{\{/);
  });

  it("refuses a contact or privacy link that is not one, naming the variable", () => {
    const source = readFileSync(join(APP_DIR, "src/support/support.html"), "utf8");
    const info = { version: "1.0.0", manifestVersion: "1.0.0.0" };
    expect(() => fillSupportPage(source, { ...info, contact: "call Bob" })).toThrow(
      /PLANBOOK_SUPPORT_CONTACT "call Bob" must be an e-mail address or an https:\/\/ URL/,
    );
    expect(() => fillSupportPage(source, { ...info, privacyUrl: "http://example.com" })).toThrow(
      /PLANBOOK_PRIVACY_URL "http:\/\/example.com" must be an https:\/\/ URL/,
    );
    expect(fillSupportPage(source, { ...info, contact: "https://help.example.com/planbook" })).toContain(
      '<a href="https://help.example.com/planbook">',
    );
  });
});
