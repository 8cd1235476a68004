import { describe, expect, it } from "vitest";
import { compactSheetXml, SheetXmlCompactor } from "./compact-sheet-xml";
import { parseWorksheet, type SheetGrid } from "./worksheet";

const compact = compactSheetXml;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const ctx = {
  file: "f.xlsx",
  part: "xl/worksheets/sheet1.xml",
  sharedStrings: [],
  date1904: false,
  dateStyles: new Set<number>(),
};

/** The compactor fed the part in three pieces cut at a and b. */
function chunked(xml: string, a: number, b: number): string {
  const c = new SheetXmlCompactor();
  const parts = [xml.slice(0, a), xml.slice(a, b), xml.slice(b)].map((p) => c.push(p));
  return parts.join("") + c.end();
}

describe("compactSheetXml", () => {
  it("drops <f> elements, keeps cached values and every other element", () => {
    const xml =
      '<row><c r="A1"><f>SUM(A2:A3)&gt;0</f><v>3</v></c><c r="B1"><f t="shared" ref="B1:B9" si="0">A1*2</f><v>6</v></c>' +
      '<c r="B2"><f t="shared" si="0"/><v>8</v></c></row><fill/><formula>A1</formula><xm:f>Sheet1!A1</xm:f><c r="C1"><v>1</v></c>';
    expect(compact(xml)).toBe(
      '<row><c r="A1"><v>3</v></c><c r="B1"><v>6</v></c><c r="B2"><v>8</v></c></row><fill/><formula>A1</formula><xm:f>Sheet1!A1</xm:f><c r="C1"><v>1</v></c>',
    );
    expect(compact("<c><v>1</v></c>")).toBe("<c><v>1</v></c>");
  });

  it("drops a value-less cell with an r only when a cell with an r follows it", () => {
    expect(
      compact(
        '<row r="1"><c r="A1" s="2"/><c r="B1" s="3"><f>X</f></c> <c r="C1" s="3"></c>\n<c r="D1"><v>1</v></c><c r="E1" s="1"/></row>',
      ),
    ).toBe('<row r="1"> \n<c r="D1"><v>1</v></c><c r="E1" s="1"/></row>');
    // the next cell has no r (or not a valid one): it is placed after this one, so this one stays
    for (const next of ["<c>", '<c r="">', '<c r="XFE1">', '<c r="A1048577">', '<c r=" A1">'])
      expect(compact(`<c r="A1"/>${next}<v>2</v></c>`)).toBe(`<c r="A1"/>${next}<v>2</v></c>`);
    expect(compact('<c r="A1"/><c s="2" r="$XFD$1048576"><v>2</v></c>')).toBe(
      '<c s="2" r="$XFD$1048576"><v>2</v></c>',
    );
    expect(compact('<c s="1"/><c r="B1"><v>2</v></c>')).toBe('<c s="1"/><c r="B1"><v>2</v></c>');
    expect(compact('<c r="A1"><v></v></c><c r="B1"/>')).toBe('<c r="A1"><v></v></c><c r="B1"/>');
    expect(compact('<c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1"/>')).toBe(
      '<c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1"/>',
    );
  });

  it("leaves anything unusual to the parser: odd attributes, prefixes, comments, CDATA", () => {
    for (const xml of [
      '<c r="A1" s=3/><c r="B1"/>',
      '<c r="A1" s="&amp;"/><c r="B1"/>',
      '<c r="A1"></c ><c r="B1"/>',
      '<x:c r="A1"/><x:c r="B1"/>',
      '<col min="1"/><cfRule r="1"/><c r="B1"/>',
      '<!-- <c r="A1"/><c r="B1"/> --><c r="C1"/>',
      '<is><t><![CDATA[<c r="A1"/><c r="B1"/><f>x</f>]]></t></is>',
    ]) {
      expect(compact(xml)).toBe(xml);
    }
  });
});

describe("SheetXmlCompactor", () => {
  it("gives text that reads the same however the part is cut into chunks", () => {
    const xml =
      '<row r="1"><c r="A1"><f>SUM(A2:A3)&gt;0</f><v>3</v></c><c r="B1" s="4"><f t="shared" ref="B1:B9" si="0">A1*2</f></c>' +
      '<c r="C1" s="2"/>  <c r="D1"><f t="shared" si="0"/><v>8</v></c><c r="E1"/></row><fill/><formula>A1</formula>' +
      '<!-- <c r="A9"/><c r="B9"/> --><c r="C9"><is><t><![CDATA[<f>x</f>]]></t></is></c><c r="D9"/><c r="E9"/>';
    const whole = compactSheetXml(xml);
    expect(whole).toContain("<f>x</f>");
    expect(whole).not.toContain("A1*2");
    for (let a = 1; a < xml.length; a++) {
      for (const b of [a + 1, a + 7, a + 23]) {
        const text = chunked(xml, a, b);
        // a construct cut by a boundary passes on whole: never more dropped than from the whole
        expect(text.length).toBeGreaterThanOrEqual(whole.length);
        expect(text).toContain("<![CDATA[<f>x</f>]]>");
        expect(
          cells(
            parseWorksheet(
              Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>${text}</sheetData></worksheet>`),
              ctx,
            ),
          ),
        ).toEqual(
          cells(
            parseWorksheet(
              Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>${xml}</sheetData></worksheet>`),
              ctx,
            ),
          ),
        );
      }
    }
    // cut nowhere, a stream gives exactly the whole result
    expect(chunked(xml, xml.length, xml.length)).toBe(whole);
  });
});

/** Seeded, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const COLUMNS = ["A", "B", "C", "D", "E", "F"];

/** A random sheetData: rows with and without r, cells with and without r, values, formulas, blanks, cells outside their row. */
function randomSheet(next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  let body = "";
  for (let r = 1; r <= 6; r++) {
    body += next() < 0.8 ? `<row r="${r}">` : "<row>";
    for (let i = 0; i < 5; i++) {
      const row = next() < 0.1 ? pick([1, 2, 3, 4, 5, 6]) : r;
      const ref = next() < 0.85 ? ` r="${pick(COLUMNS)}${row}"` : "";
      const style = next() < 0.5 ? ' s="3"' : "";
      const f = next() < 0.4 ? "<f>A1+1</f>" : "";
      const value = pick(["", "", "<v>7</v>", "<v>1</v>", "<v></v>"]);
      const type = pick(["", "", ' t="b"', ' t="str"', ' t="e"', ' t="n"']);
      const content = f + value;
      body +=
        content === "" && next() < 0.5
          ? `<c${ref}${style}${type}/>`
          : `<c${ref}${style}${type}>${content}</c>`;
      if (next() < 0.2) body += pick([" ", "\n  "]);
    }
    body += "</row>";
  }
  return `<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
}

/** Non-blank cells by row (a row holding none is no different from a row that is not there). */
function cells(grid: SheetGrid): [number, [number, unknown][]][] {
  return [...grid.rows]
    .map(([row, cs]): [number, [number, unknown][]] => [
      row,
      cs.flatMap((c, i) => (c === null ? [] : [[i, c]])),
    ])
    .filter(([, cs]) => cs.length > 0)
    .sort((a, b) => a[0] - b[0]);
}

describe("compacting never changes what a sheet reads as", () => {
  it("random sheets read the same with and without compaction", () => {
    const next = rng(8);
    let dropped = 0;
    const cellCount = (x: string) => x.split("<c").length;
    for (let n = 0; n < 2_000; n++) {
      const xml = randomSheet(next);
      const small = compactSheetXml(xml);
      if (cellCount(small) < cellCount(xml)) dropped++;
      expect(cells(parseWorksheet(Buffer.from(small), ctx)), xml).toEqual(
        cells(parseWorksheet(Buffer.from(xml), ctx)),
      );
    }
    expect(dropped).toBeGreaterThan(1_000);
  });
});

describe("compacting never hides from the parser what the XML says", () => {
  /** What the parser makes of a sheetData body: its non-blank cells, or the error. */
  function read(body: string): unknown {
    try {
      return cells(
        parseWorksheet(
          Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`),
          ctx,
        ),
      );
    } catch (e) {
      return (e as Error).message;
    }
  }

  it.each([
    // a default namespace makes the next <c> a foreign element: the cell after it follows C1
    ['<row r="1"><c r="C1"/><c xmlns="urn:x" r="D1"/><c><v>1</v></c></row>', false],
    ['<row r="1"><c r="C1"/><c r="D1" xmlns="urn:x"/><c><v>1</v></c></row>', false],
    // not well-formed: the error must survive compaction
    ['<row r="1"><c\u00a0r="C1"/><c r="D1"><v>1</v></c></row>', true],
    ['<row r="1"><c r="C1"\u00a0/><c r="D1"><v>1</v></c></row>', true],
    ['<row r="1"><c r="C1" r="C1"/><c r="D1"><v>1</v></c></row>', true],
    ['<row r="1"><c s="1" r="C1" s="2"/><c r="D1"><v>1</v></c></row>', true],
    ['<row r="1"><c r="C1" q:z="1"/><c r="D1"><v>1</v></c></row>', true],
    ['<row r="1"><c r="C1" s="\u0001"/><c r="D1"><v>1</v></c></row>', true],
    ['<row r="1"><c r="A1"><f>&bogus;</f><v>2</v></c></row>', true],
    ['<row r="1"><c r="A1"><f>a]]>b</f><v>2</v></c></row>', true],
    ['<row r="1"><c r="A1"><f t="a" t="b">x</f><v>2</v></c></row>', true],
    ['<row r="1"><c r="A1"><f>\u0002</f><v>2</v></c></row>', true],
  ])("%s", (body, corrupt) => {
    const before = read(body);
    expect(typeof before === "string").toBe(corrupt);
    expect(read(compactSheetXml(body))).toEqual(before);
  });

  it("leaves processing instructions and a DOCTYPE's text alone", () => {
    const pi = '<?pi <c r="A1"/><c r="B1"/> ?><c r="C1"/><c r="D1"/>';
    expect(compactSheetXml(pi)).toBe('<?pi <c r="A1"/><c r="B1"/> ?><c r="D1"/>');
    const doctype = '<!DOCTYPE x [<!ENTITY e "<c r=\'A1\'/><c r=\'B1\'/>">]><c r="C1"/><c r="D1"/>';
    expect(compactSheetXml(doctype)).toBe(doctype);
    const c = new SheetXmlCompactor();
    expect(c.push('<?pi <c r="A1"/>') + c.push('<c r="B1"/> ?><c r="C1"/><c r="D1"/>') + c.end()).toBe(
      '<?pi <c r="A1"/><c r="B1"/> ?><c r="D1"/>',
    );
  });
});
