import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCommonJs } from "./load-common-js";

/*
 * Whether V8 takes a cache file can only be seen across processes (in one process V8 serves a
 * script it has compiled from memory and ignores the file): test/compile-cache.system.test.ts runs
 * the built CLI twice for that. Here: the module semantics and which files are written.
 */

let dir: string;
let bundle: string;
let cache: string;
const options = () => ({ dir: cache, version: "1.2.3" });
const cacheFiles = () => readdirSync(cache);

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "planbook-compile-cache-"));
  bundle = path.join(dir, "bundle.cjs");
  cache = path.join(dir, "cache");
  writeFileSync(
    bundle,
    `const path = require("node:path");
     function later(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
     exports.answer = () => later(10);
     exports.where = () => [path.basename(__filename), path.basename(__dirname), typeof module];`,
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const answer = (exports: unknown) => (exports as { answer(): number }).answer();

describe("a CommonJS bundle run with V8's code cache", () => {
  it("runs the bundle as CommonJS: exports, require, __filename, __dirname, module", () => {
    const m = loadCommonJs(bundle, options()).exports as { where(): string[] };
    expect(answer(m)).toBe(45);
    expect(m.where()).toEqual(["bundle.cjs", path.basename(dir), "object"]);
  });

  it("compiles without a cache the first time and writes one file on save, through a temp name", () => {
    const first = loadCommonJs(bundle, options());
    expect(first.cacheUsed).toBe(false);
    answer(first.exports);
    first.save();
    const files = cacheFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^bundle\.cjs-1\.2\.3-v\d+\.\d+\.\d+-\w+-\d+-\d+\.v8$/);
    expect(readFileSync(path.join(cache, files[0] ?? "")).length).toBeGreaterThan(100);
  });

  it("never meets another build's cache: a rebuilt bundle of the same length gets its own file", () => {
    loadCommonJs(bundle, options()).save();
    const source = readFileSync(bundle, "utf8");
    // same length, other code: V8 alone would take the old cache (it checks the length, not the text)
    writeFileSync(bundle, source.replace("later(10)", "later(11)"));
    utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
    const rebuilt = loadCommonJs(bundle, options());
    expect(rebuilt.cacheUsed).toBe(false);
    expect(answer(rebuilt.exports)).toBe(55);
    rebuilt.save();
    expect(cacheFiles()).toHaveLength(2);
  });

  it("is never an error: a cache folder that cannot be made only means no cache", () => {
    writeFileSync(cache, "a file where the folder should be");
    const loaded = loadCommonJs(bundle, options());
    expect(() => loaded.save()).not.toThrow();
    expect(answer(loaded.exports)).toBe(45);
  });

  it("writes nothing when the cache is off", () => {
    const loaded = loadCommonJs(bundle, { dir: null, version: "1.2.3" });
    loaded.save();
    expect(readdirSync(dir)).toEqual(["bundle.cjs"]);
  });
});
