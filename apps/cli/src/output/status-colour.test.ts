import pc from "picocolors";
import { describe, expect, it } from "vitest";
import { statusText } from "./status-colour";

describe("statusText", () => {
  const c = pc.createColors(true);
  it("labels check in the chosen language, in its own colour", () => {
    expect(statusText("check", "zh-CN", pc.createColors(false))).toBe("待修正");
    expect(statusText("check", "en", pc.createColors(false))).toBe("Check inputs");
    expect(statusText("check", "en", c)).toBe(c.magenta("Check inputs"));
    expect(statusText("off_track", "en", c)).toBe(c.red("Off track"));
    expect(
      new Set(
        ["check", "off_track", "at_risk", "not_started", "on_track"].map((s) =>
          statusText(s as never, "en", c),
        ),
      ).size,
    ).toBe(5);
  });
});
