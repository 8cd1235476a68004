// @ts-check
/**
 * `pnpm --filter @planbook/excel-addin start`: builds into dist/ (not minified, with source
 * maps, rebuilding on change) and serves it on https://localhost:3000 (PORT to change) with the
 * certificate `pnpm --filter @planbook/excel-addin certs` made and trusted (Microsoft's
 * office-addin-dev-certs, in ~/.office-addin-dev-certs), else a self-signed one cached in .cert/
 * that must be trusted by hand. The pages get Office.js from the @microsoft/office-js
 * package instead of the CDN, so the pane also loads offline.
 */
import { X509Certificate } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:https";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { generate } from "selfsigned";
import { APP_DIR, bundleOptions, resolveOptions, writeStaticFiles } from "./build.mjs";
import { staticHandler } from "./serve.mjs";

const CERT_DIR = join(APP_DIR, ".cert");
const OFFICE_JS_DIR = join(
  dirname(createRequire(import.meta.url).resolve("@microsoft/office-js/package.json")),
  "dist",
);

/** Where office-addin-dev-certs keeps the localhost certificate its CA (trusted by `certs`) issued. */
const DEV_CERTS_DIR = join(homedir(), ".office-addin-dev-certs");

/** A key and certificate from `dir` valid for at least another day, or null. @param {string} dir */
function validCertificate(dir) {
  try {
    const cert = readFileSync(join(dir, "localhost.crt"), "utf8");
    const key = readFileSync(join(dir, "localhost.key"), "utf8");
    if (new Date(new X509Certificate(cert).validTo).getTime() > Date.now() + 86_400_000) return { key, cert };
  } catch {
    // none there, or unreadable
  }
  return null;
}

/**
 * The trusted certificate of `pnpm certs` when there is one; else the cached self-signed
 * localhost certificate, or a new one when missing or expiring within a day.
 */
export async function localhostCertificate(dir = CERT_DIR, devCertsDir = DEV_CERTS_DIR) {
  const trusted = validCertificate(devCertsDir);
  if (trusted) return { ...trusted, trusted: true };
  const keyFile = join(dir, "localhost.key");
  const certFile = join(dir, "localhost.crt");
  const cached = validCertificate(dir);
  if (cached) return { ...cached, trusted: false };
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate: new Date(Date.now() + 365 * 86_400_000),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, trusted: false };
}

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT "${process.env.PORT}" is not a port number`);
  const o = resolveOptions({ baseUrl: `https://localhost:${port}`, minify: false, sourcemap: true });
  mkdirSync(o.outDir, { recursive: true });
  writeStaticFiles(o);
  const ctx = await esbuild.context(bundleOptions(o));
  await ctx.rebuild();
  await ctx.watch();
  const { key, cert, trusted } = await localhostCertificate();
  const server = createServer(
    { key, cert },
    staticHandler({
      root: o.outDir,
      officeScriptSrc: "/office-js/office.js",
      mounts: { "/office-js/": OFFICE_JS_DIR },
    }),
  );
  server.listen(port, () => {
    console.log(`Planbook add-in on https://localhost:${port}/taskpane.html`);
    console.log(`manifest: ${join(o.outDir, "manifest.xml")}`);
    if (!trusted) {
      console.log(
        `certificate: self-signed (${join(CERT_DIR, "localhost.crt")}); run \`pnpm --filter @planbook/excel-addin certs\` once to have one your system trusts`,
      );
    }
  });
  const stop = async () => {
    server.close();
    await ctx.dispose();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
