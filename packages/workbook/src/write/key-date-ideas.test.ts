import { keyDates } from "@planbook/core/key-dates";
import { describe, expect, it } from "vitest";
import { keyDateIdeas } from "./key-date-ideas";

describe("keyDateIdeas", () => {
  const ideas = keyDateIdeas(2027, "zh-CN");

  it("turns Double 11 into an idea from its warm-up to its follow-up", () => {
    // peak 11-10..11-11, warm-up 21 days before it, follow-up 3 days after
    expect(ideas.find((c) => c.id === "节点-双11")).toMatchObject({
      name: "双11",
      keyDate: "双11",
      type: "营销节点",
      start: "2027-10-20",
      end: "2027-11-14",
      status: "idea",
      budget: null,
    });
  });

  it("keeps every idea inside the plan year", () => {
    // New Year's warm-up starts in December of the year before
    expect(ideas.find((c) => c.keyDate === "元旦")).toMatchObject({
      start: "2027-01-01",
      end: "2027-01-03",
    });
    expect(ideas.every((c) => c.start! >= "2027-01-01" && c.end! <= "2027-12-31")).toBe(true);
  });

  it("takes the major and seasonal key dates only, with unique ids", () => {
    const expected = keyDates(2027).filter((k) => k.tier <= 2).length;
    expect(ideas).toHaveLength(expected);
    expect(new Set(ideas.map((c) => c.id)).size).toBe(ideas.length);
    // zh-CN ids name the key date in Chinese, never the English key
    expect(ideas.every((c) => c.id.startsWith("节点-"))).toBe(true);
    expect(ideas.filter((c) => /^节点-[a-z0-9-]+$/.test(c.id))).toEqual([]);
  });

  it("names them in the workbook language", () => {
    expect(keyDateIdeas(2027, "en").find((c) => c.id === "KD-double-11")!.name).toBe(
      "Double 11 (Singles' Day)",
    );
  });
});
