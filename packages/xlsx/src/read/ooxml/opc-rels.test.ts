import { describe, expect, it } from "vitest";
import { parseRelationships, relsPartOf, resolveTarget } from "./opc-rels";

describe("OPC relationship targets", () => {
  it("resolves relative, absolute and dot-dot targets against the source part", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe("xl/tables/table1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "/xl/tables/table6.xml")).toBe("xl/tables/table6.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "./../tables/./t%201.xml")).toBe("xl/tables/t 1.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(resolveTarget("xl/workbook.xml", "../../../x.xml")).toBe("x.xml");
    expect(resolveTarget("xl/workbook.xml", "https://example.com/a.xml")).toBeNull();
    expect(resolveTarget("xl/workbook.xml", "")).toBeNull();
  });

  it("names the rels part of a part and of the package", () => {
    expect(relsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPartOf("xl/worksheets/sheet2.xml")).toBe("xl/worksheets/_rels/sheet2.xml.rels");
    expect(relsPartOf("")).toBe("_rels/.rels");
  });

  it("reads relationships of either flavour with any prefix, skipping external targets", () => {
    const xml = Buffer.from(
      `<?xml version="1.0"?><p:Relationships xmlns:p="http://schemas.openxmlformats.org/package/2006/relationships">
        <p:Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="/xl/tables/table1.xml"/>
        <p:Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet1.xml"/>
        <p:Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://x.test" TargetMode="External"/>
      </p:Relationships>`,
    );
    expect(
      parseRelationships(xml, "xl/workbook.xml", { file: "f", part: "xl/_rels/workbook.xml.rels" }),
    ).toEqual([
      { id: "rId1", kind: "table", target: "xl/tables/table1.xml" },
      { id: "rId2", kind: "worksheet", target: "xl/worksheets/sheet1.xml" },
      { id: "rId3", kind: "hyperlink", target: null },
    ]);
  });

  it("calls a rels part that is not XML corrupt, naming the part", () => {
    expect(() =>
      parseRelationships(Buffer.from("<Relationships><oops"), "", { file: "f.xlsx", part: "_rels/.rels" }),
    ).toThrow(expect.objectContaining({ code: "file.corrupt", part: "_rels/.rels" }));
  });
});
