import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { describe, expect, it } from "vitest";
import { APP_DIR } from "./paths";

/**
 * The pages' inline scripts must run where the add-in's module cannot: Office 2016/2019 on
 * Internet Explorer 11 (ES5 only). Chromium parses ES2015+ happily, so the browser test alone
 * cannot show it; an ES5 parser can.
 */
function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? "";
    if (/\bsrc=/.test(attrs) || /type="module"/.test(attrs)) continue;
    if ((m[2] ?? "").trim() !== "") out.push(m[2] ?? "");
  }
  return out;
}

const parseEs5 = (code: string) => parse(code, { ecmaVersion: 5, sourceType: "script" });

describe("inline scripts are ES5", () => {
  const pages = ["src/taskpane", "src/commands", "src/dialog", "src/support"].flatMap((dir) =>
    readdirSync(join(APP_DIR, dir))
      .filter((f) => f.endsWith(".html"))
      .map((f) => join(dir, f)),
  );

  it("the task pane has its fallback script", () => {
    expect(inlineScripts(readFileSync(join(APP_DIR, "src/taskpane/taskpane.html"), "utf8"))).toHaveLength(1);
  });

  for (const page of pages) {
    it(`${page} parses with acorn at ecmaVersion 5`, () => {
      for (const code of inlineScripts(readFileSync(join(APP_DIR, page), "utf8"))) {
        expect(() => parseEs5(code)).not.toThrow();
      }
    });
  }

  it("the check rejects what IE11 cannot parse (the fallback's former arrow function)", () => {
    expect(() => parseEs5('window.addEventListener("load", () => {});')).toThrow(SyntaxError);
    expect(() => parseEs5("const a = 1;")).toThrow(SyntaxError);
    expect(() => parseEs5("var s = `x`;")).toThrow(SyntaxError);
  });
});
