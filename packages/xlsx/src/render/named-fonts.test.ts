import { WORKBOOK_FONT } from "@planbook/workbook";
import { describe, expect, it } from "vitest";
import { readEntries } from "../zip/read";
import { namedFonts } from "./named-fonts";
import { renderPlanWorkbook } from "./render-plan";
import { progressFixture } from "./test-support/fixture";

describe("named fonts", () => {
  it("names the language's typeface on every font, drops the theme scheme and fills a missing size", () => {
    const xml =
      '<styleSheet><fonts count="3"><font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>' +
      "<font><b/></font><font/></fonts><dxfs><dxf><font><b/></font></dxf></dxfs></styleSheet>";
    expect(namedFonts(xml, WORKBOOK_FONT["zh-CN"])).toBe(
      '<styleSheet><fonts count="3">' +
        '<font><color theme="1"/><sz val="11"/><name val="微软雅黑"/><family val="2"/><charset val="134"/></font>' +
        '<font><b/><sz val="11"/><name val="微软雅黑"/><family val="2"/><charset val="134"/></font>' +
        '<font><sz val="11"/><name val="微软雅黑"/><family val="2"/><charset val="134"/></font>' +
        "</fonts><dxfs><dxf><font><b/></font></dxf></dxfs></styleSheet>",
    );
  });

  it.each(["zh-CN", "en"] as const)("leaves no font of the %s workbook without the name", async (lang) => {
    const xlsx = await renderPlanWorkbook(progressFixture(lang, 6), {
      lang,
      generator: { name: "t", version: "0" },
    });
    const styles = (await readEntries(xlsx)).find((e) => e.name === "xl/styles.xml")!.data.toString("utf8");
    const fonts = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1]!.match(/<font>[\s\S]*?<\/font>/g)!;
    expect(fonts.length).toBeGreaterThan(3);
    for (const f of fonts) {
      expect(f).toContain(`<name val="${WORKBOOK_FONT[lang].name}"/>`);
      expect(f).not.toContain("<scheme");
    }
  });
});
