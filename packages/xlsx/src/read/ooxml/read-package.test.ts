import { describe, expect, it } from "vitest";
import { DEFAULT_READ_LIMITS } from "../limits";
import { readXlsxPackage } from "./read-package";
import { type HandPackageOptions, handPackage } from "./test-package";

const read = (o: HandPackageOptions) => readXlsxPackage(handPackage(o), "hand.xlsx", DEFAULT_READ_LIMITS);

/** One row of every cell type; `P` is replaced by the element prefix. */
const ROWS = `
<Prow r="1"><Pc r="A1" t="s"><Pv>0</Pv></Pc><Pc r="B1" t="s"><Pv>1</Pv></Pc><Pc r="C1" t="s"><Pv>2</Pv></Pc></Prow>
<Prow r="2"><Pc r="A2" t="s"><Pv>3</Pv></Pc><Pc r="B2"><Pf>1+1</Pf><Pv>1200</Pv></Pc><Pc r="C2" t="inlineStr"><Pis><Pr><Pt>in</Pt></Pr><Pr><Pt xml:space="preserve">line </Pt></Pr></Pis></Pc></Prow>
<Prow><Pc t="str"><Pf>"a"&amp;"b"</Pf><Pv>ab</Pv></Pc><Pc t="b"><Pv>1</Pv></Pc><Pc t="e"><Pv>#N/A</Pv></Pc></Prow>
<Prow r="4"><Pc r="A4" t="d"><Pv>2027-03-01T00:00:00Z</Pv></Pc><Pc r="B4" t="n"><Pv>abc</Pv></Pc><Pc r="C4" t="s"><Pv>4</Pv></Pc></Prow>`;
const STRINGS = [
  "Goal ID",
  "Target",
  '<r><t>No</t></r><r><rPr><b/></rPr><t>tes</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh>',
  "G1",
  "",
];
const EXPECTED_ROWS = [
  ["G1", 1200, "inline "],
  ["ab", true, { error: "#N/A" }],
  [46447, "abc", null],
];

function variant(o: Partial<HandPackageOptions>): HandPackageOptions {
  const p = o.prefix ? `${o.prefix}:` : "";
  const sst = STRINGS.map((s) => s.replace(/<(\/?)(\w)/g, `<$1${p}$2`));
  return {
    rows: ROWS.replace(/<(\/?)P/g, `<$1${p}`),
    sharedStrings: sst,
    table: { name: "tblGoals", ref: "A1:C4", columns: ["Goal ID", "Target", "Notes"] },
    ...o,
  };
}

describe("the OOXML reader", () => {
  it.each([
    ["default namespace, relative targets", {}],
    ["x: prefix everywhere (.NET Open XML SDK)", { prefix: "x" }],
    ["absolute targets (openpyxl)", { absolute: true }],
    ["Strict namespaces", { strict: true }],
    ["Strict, prefixed and absolute at once", { strict: true, prefix: "s", absolute: true }],
  ])("reads every cell type — %s", async (_label, o) => {
    const raw = await read(variant(o));
    expect(raw.sheetNames).toEqual(["Goals"]);
    expect(raw.tables).toEqual([
      {
        name: "tblGoals",
        sheet: "Goals",
        headerRow: 1,
        firstColumn: 1,
        headers: ["Goal ID", "Target", "Notes"],
        rows: EXPECTED_ROWS,
      },
    ]);
  });

  it("ignores elements of other namespaces even when their local names match", async () => {
    const raw = await read(
      variant({
        rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>Goal ID</t></is></c></row><o:row xmlns:o="urn:other" r="2"><o:c r="A2"><o:v>5</o:v></o:c></o:row>`,
        table: { name: "tblGoals", ref: "A1:A2", columns: ["Goal ID"] },
      }),
    );
    expect(raw.tables[0]?.rows).toEqual([[null]]);
  });

  it("shifts date-styled numbers of a 1904 workbook onto 1900 serials, and only those", async () => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>Start</t></is></c><c r="B1" t="inlineStr"><is><t>Target</t></is></c><c r="C1" t="inlineStr"><is><t>Deadline</t></is></c></row>
      <row r="2"><c r="A2" s="1"><v>44985</v></c><c r="B2" s="0"><v>44985</v></c><c r="C2" s="2"><v>44985</v></c></row>`;
    const table = { name: "tblGoals", ref: "A1:C2", columns: ["Start", "Target", "Deadline"] };
    const in1904 = await read({ rows, styles, table, date1904: true });
    // 44985 in the 1904 system is 2027-03-01 = 46447 in the 1900 system
    expect(in1904.tables[0]?.rows).toEqual([[46447, 44985, 46447]]);
    const in1900 = await read({ rows, styles, table });
    expect(in1900.tables[0]?.rows).toEqual([[44985, 44985, 44985]]);
  });

  it("reads workbook- and sheet-scoped defined names, the workbook's first", async () => {
    const rows = `<row r="2"><c r="B2"><v>2027</v></c><c r="C2"><v>2026</v></c><c r="D2" t="inlineStr"><is><t>Lumen</t></is></c></row>`;
    const definedNames = `<definedNames><definedName name="PlanYear" localSheetId="0">Goals!$C$2</definedName><definedName name="PlanYear">'Goals'!$B$2</definedName><definedName name="Brand" localSheetId="0">Goals!$D$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Goals!$A$1:$D$9</definedName><definedName name="Broken">#REF!</definedName></definedNames>`;
    const raw = await read({ rows, definedNames });
    expect(raw.names).toEqual({
      PlanYear: { value: 2027, sheet: "Goals", cell: "B2" },
      Brand: { value: "Lumen", sheet: "Goals", cell: "D2" },
    });
  });

  it("hands over the filled rows typed directly below a table, up to the first blank row", async () => {
    const row = (r: number, a: string, b: number | null) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${a}</t></is></c>${b === null ? "" : `<c r="B${r}"><v>${b}</v></c>`}</row>`;
    const rows = [
      row(1, "Goal ID", 0),
      row(2, "G1", 5),
      row(3, "G2", 6),
      row(4, " ", null),
      row(5, "G3", 7),
      row(7, "G4", 8),
    ].join("");
    const raw = await read({
      rows,
      table: { name: "tblGoals", ref: "A1:B2", columns: ["Goal ID", "Target"] },
    });
    expect(raw.tables[0]?.rows).toEqual([["G1", 5]]);
    // row 4 holds only a space: blank, so reading stops there
    expect(raw.tables[0]?.below).toEqual([["G2", 6]]);
    expect(raw.sheets).toBeUndefined();
  });

  it("hands over a plan sheet's cells when the sheet has lost its table part", async () => {
    const rows = `<row r="3"><c r="B3" t="inlineStr"><is><t>Goal ID</t></is></c></row><row r="4"><c r="B4" t="inlineStr"><is><t>G1</t></is></c></row>`;
    const raw = await read({ rows });
    expect(raw.tables).toEqual([]);
    expect(raw.sheets).toEqual([
      {
        name: "Goals",
        rows: [
          { row: 3, cells: [undefined, "Goal ID"] },
          { row: 4, cells: [undefined, "G1"] },
        ].map((r) => ({ ...r, cells: Object.assign([], { 1: r.cells[1] }) })),
      },
    ]);
  });

  it("calls a shared-string index that does not exist corrupt, naming the part", async () => {
    const rows = `<row r="1"><c r="A1" t="s"><v>99</v></c></row>`;
    await expect(read({ rows, sharedStrings: ["a"] })).rejects.toMatchObject({
      code: "file.corrupt",
      part: "xl/worksheets/sheet1.xml",
    });
  });
});
