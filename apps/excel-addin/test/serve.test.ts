import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICE_JS_CDN, rewriteOfficeScript } from "../scripts/build.mjs";
import { localhostCertificate } from "../scripts/dev-server.mjs";
import { resolveInside, staticHandler } from "../scripts/serve.mjs";

describe("rewriteOfficeScript", () => {
  it("points the CDN tag elsewhere and refuses pages without it", () => {
    const page = `<head><script src="${OFFICE_JS_CDN}"></script><script src="a.js"></script></head>`;
    expect(rewriteOfficeScript(page, "/office-js/office.js")).toBe(
      '<head><script src="/office-js/office.js"></script><script src="a.js"></script></head>',
    );
    expect(() => rewriteOfficeScript("<head></head>", "/x.js")).toThrow(/no <script/);
  });
});

describe("resolveInside", () => {
  it("keeps paths inside the folder", () => {
    expect(resolveInside("/srv/dist", "assets/logo-16.png")).toBe("/srv/dist/assets/logo-16.png");
    expect(resolveInside("/srv/dist", "../secret")).toBeNull();
    expect(resolveInside("/srv/dist", "assets/../../secret")).toBeNull();
    expect(resolveInside("/srv/dist", "../dist2/x")).toBeNull();
  });
});

describe("staticHandler", () => {
  const root = mkdtempSync(join(tmpdir(), "planbook-serve-"));
  const officeDir = join(root, "office");
  let base = "";
  const server = createServer(
    staticHandler({
      root: join(root, "dist"),
      officeScriptSrc: "/office-js/office.js",
      mounts: { "/office-js/": officeDir },
    }),
  );

  beforeAll(async () => {
    mkdirSync(join(root, "dist"));
    mkdirSync(officeDir);
    writeFileSync(join(root, "dist", "taskpane.html"), `<script src="${OFFICE_JS_CDN}"></script>`);
    writeFileSync(join(root, "dist", "app.js"), "console.log(1)");
    writeFileSync(join(officeDir, "office.js"), "var Office={}");
    writeFileSync(join(root, "outside.txt"), "secret");
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves pages with the Office.js tag rewritten, and / as the task pane", async () => {
    for (const path of ["/", "/taskpane.html"]) {
      const res = await fetch(base + path);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      await expect(res.text()).resolves.toBe('<script src="/office-js/office.js"></script>');
    }
  });

  it("serves mounted folders and files with their types", async () => {
    const office = await fetch(`${base}/office-js/office.js`);
    await expect(office.text()).resolves.toBe("var Office={}");
    expect((await fetch(`${base}/app.js`)).headers.get("content-type")).toBe(
      "text/javascript; charset=utf-8",
    );
  });

  it("answers 404 for missing files and paths leaving the folder, 405 for writes", async () => {
    expect((await fetch(`${base}/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/outside.txt`)).status).toBe(404);
    expect((await fetch(`${base}/app.js`, { method: "POST" })).status).toBe(405);
  });
});

describe("dev server certificate", () => {
  it("is made for localhost once and then reused", async () => {
    const dir = mkdtempSync(join(tmpdir(), "planbook-cert-"));
    const noDevCerts = join(dir, "no-dev-certs");
    const first = await localhostCertificate(dir, noDevCerts);
    expect(first.trusted).toBe(false);
    const cert = new X509Certificate(first.cert);
    expect(cert.subject).toBe("CN=localhost");
    expect(cert.subjectAltName).toContain("DNS:localhost");
    expect(cert.subjectAltName).toContain("IP Address:127.0.0.1");
    expect(new Date(cert.validTo).getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    expect(cert.checkPrivateKey(await import("node:crypto").then((c) => c.createPrivateKey(first.key)))).toBe(
      true,
    );
    const second = await localhostCertificate(dir, noDevCerts);
    expect(second.cert).toBe(first.cert);
    expect(readFileSync(join(dir, "localhost.crt"), "utf8")).toBe(first.cert);
  });

  it("prefers the certificate `pnpm certs` (office-addin-dev-certs) made and trusted", async () => {
    const own = mkdtempSync(join(tmpdir(), "planbook-cert-"));
    const devCerts = mkdtempSync(join(tmpdir(), "planbook-dev-certs-"));
    const issued = await localhostCertificate(
      mkdtempSync(join(tmpdir(), "planbook-cert-")),
      join(own, "none"),
    );
    writeFileSync(join(devCerts, "localhost.crt"), issued.cert);
    writeFileSync(join(devCerts, "localhost.key"), issued.key);
    const used = await localhostCertificate(own, devCerts);
    expect(used).toMatchObject({ cert: issued.cert, key: issued.key, trusted: true });
    // …and made no self-signed one of its own.
    expect(existsSync(join(own, "localhost.crt"))).toBe(false);
  });
});
