// @ts-check
/**
 * The static file handler behind the dev server and the browser test: serves a built dist/
 * folder, points the pages' Office.js script tag at a local copy (or at excel-sim), and mounts
 * extra folders (the Office.js npm package, the test harness) under URL prefixes.
 */
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { rewriteOfficeScript } from "./build.mjs";

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * @typedef {object} StaticOptions
 * @property {string} root folder served at /
 * @property {string} officeScriptSrc what the pages' Office.js tag points at instead of the CDN
 * @property {Record<string, string>} [mounts] URL prefix ("/office-js/") → folder
 */

/**
 * The file a URL path names inside `folder`, or null when it would leave the folder.
 * @param {string} folder @param {string} urlPath decoded path below the mount, without leading /
 */
export function resolveInside(folder, urlPath) {
  const file = normalize(join(folder, urlPath));
  const base = normalize(folder.endsWith(sep) ? folder : folder + sep);
  return file.startsWith(base) ? file : null;
}

/**
 * A node:http(s) request handler. GET/HEAD only; `/` serves taskpane.html; unknown paths 404.
 * @param {StaticOptions} options
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void}
 */
export function staticHandler(options) {
  const mounts = Object.entries({ ...options.mounts, "/": options.root }).sort(
    (a, b) => b[0].length - a[0].length,
  );
  return (req, res) => {
    void (async () => {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { allow: "GET, HEAD" }).end();
        return;
      }
      let path;
      try {
        path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
      } catch {
        res.writeHead(400).end("bad path");
        return;
      }
      if (path === "/") path = "/taskpane.html";
      const mount = mounts.find(([prefix]) => path.startsWith(prefix));
      const file = mount ? resolveInside(mount[1], path.slice(mount[0].length)) : null;
      if (!file || !(await stat(file).catch(() => null))?.isFile()) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`not found: ${path}`);
        return;
      }
      let body = await readFile(file);
      const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
      if (mount?.[0] === "/" && extname(file) === ".html") {
        const html = body.toString("utf8");
        body = Buffer.from(
          html.includes("appsforoffice.microsoft.com")
            ? rewriteOfficeScript(html, options.officeScriptSrc)
            : html,
        );
      }
      res.writeHead(200, {
        "content-type": type,
        "content-length": body.length,
        "cache-control": "no-store",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    })().catch((error) => {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(String(error));
    });
  };
}
