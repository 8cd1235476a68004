import { describe, expect, it } from "vitest";
import { displayPath } from "./display-path";

describe("displayPath", () => {
  it("is relative inside the working directory and absolute outside it", () => {
    expect(displayPath("/home/ops/plans", "/home/ops/plans/out/a.xlsx")).toBe("out/a.xlsx");
    expect(displayPath("/home/ops/plans", "out")).toBe("out");
    expect(displayPath("/home/ops/plans", "/home/ops/plans")).toBe(".");
    expect(displayPath("/home/ops/plans", "/tmp/x/a.xlsx")).toBe("/tmp/x/a.xlsx");
    expect(displayPath("/home/ops/plans", "../other/a.xlsx")).toBe("/home/ops/other/a.xlsx");
    // A sibling whose name starts with two dots is still inside.
    expect(displayPath("/home/ops/plans", "..draft/a.xlsx")).toBe("..draft/a.xlsx");
  });
});
