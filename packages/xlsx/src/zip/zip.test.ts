import { describe, expect, it } from "vitest";
import { readEntries } from "./read";
import { writeZip } from "./write";

const entries = [
  { name: "a.xml", data: Buffer.from("<a>hello hello hello</a>") },
  { name: "目录/b.txt", data: Buffer.from("二") },
];

describe("writeZip / readEntries", () => {
  it.each(["deflate", "store"] as const)("round-trips names and bytes (%s)", async (compression) => {
    const back = await readEntries(writeZip(entries, { compression }));
    expect(back.map((e) => [e.name, e.data.toString("utf8")])).toEqual([
      ["a.xml", "<a>hello hello hello</a>"],
      ["目录/b.txt", "二"],
    ]);
  });

  it("stores data as is and stamps the method in the local header", () => {
    const zip = writeZip([entries[0]!], { compression: "store" });
    expect(zip.readUInt16LE(8)).toBe(0);
    expect(zip.subarray(30 + 5, 30 + 5 + 24).toString("utf8")).toBe("<a>hello hello hello</a>");
    expect(writeZip([entries[0]!], { compression: "deflate" }).readUInt16LE(8)).toBe(8);
  });

  it("stamps the DOS date and time of `at` (2-second resolution), 0 without it", () => {
    const zip = writeZip([entries[0]!], { compression: "store", at: new Date("2027-03-05T10:20:31Z") });
    // date: (2027-1980)<<9 | 3<<5 | 5 = 24064+96+5; time: 10<<11 | 20<<5 | 15 = 20480+640+15
    expect(zip.readUInt16LE(12)).toBe(24165);
    expect(zip.readUInt16LE(10)).toBe(21135);
    expect(writeZip([entries[0]!], { compression: "store" }).readUInt16LE(12)).toBe(0);
  });

  it("writes a declared size that differs from the data when asked (a lying zip)", () => {
    const zip = writeZip([{ ...entries[0]!, declaredSize: 999 }], { compression: "deflate" });
    expect(zip.readUInt32LE(22)).toBe(999);
  });
});
