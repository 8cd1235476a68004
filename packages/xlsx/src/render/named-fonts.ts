import type { WorkbookFont } from "@planbook/workbook";
import type { ZipEntry } from "../zip/write";

const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * Names the workbook's typeface on every cell font of xl/styles.xml. exceljs writes a font name
 * only where one is set, and its default font uses the theme's minor scheme (Calibri), so headings
 * fell back to each program's default (a serif in LibreOffice) and zh-CN text had no Chinese font.
 * The scheme reference goes (it would override the name); fonts without a size get 11 pt, the
 * size the default font has. Conditional-format fonts (dxfs) keep inheriting.
 */
export function namedFonts(stylesXml: string, font: WorkbookFont): string {
  const named =
    `<name val="${attr(font.name)}"/><family val="${font.family}"/>` +
    (font.charset === undefined ? "" : `<charset val="${font.charset}"/>`);
  return stylesXml.replace(/<fonts\b[^>]*>[\s\S]*?<\/fonts>/, (fonts) =>
    fonts.replace(/<font\s*\/>|<font>([\s\S]*?)<\/font>/g, (_, inner: string | undefined) => {
      const kept = (inner ?? "").replace(/<(name|family|charset|scheme)\b[^>]*\/>/g, "");
      const size = /<sz\b/.test(kept) ? "" : '<sz val="11"/>';
      return `<font>${kept}${size}${named}</font>`;
    }),
  );
}

export function withNamedFonts(entries: readonly ZipEntry[], font: WorkbookFont): ZipEntry[] {
  return entries.map((e) =>
    e.name === "xl/styles.xml"
      ? { name: e.name, data: Buffer.from(namedFonts(e.data.toString("utf8"), font), "utf8") }
      : e,
  );
}
