import { describe, expect, it } from "vitest";
import { chartGoal } from "./chart-goal";

const goals = [
  { id: "G1", ytdActual: null },
  { id: "Ug-02", ytdActual: 5 },
  { id: "G3", ytdActual: 7 },
];
const progress = { goals } as unknown as Parameters<typeof chartGoal>[0];

describe("chartGoal", () => {
  it("shows the pane's pick (trimmed, any case) and writes it into the picker as the plan spells it", () => {
    expect(chartGoal(progress, "  ug-02 ", "G3")).toEqual({ goalId: "Ug-02", write: "Ug-02" });
  });

  it("keeps the user's own pick in the picker cell, as typed, when the pane names none", () => {
    expect(chartGoal(progress, undefined, "g3")).toEqual({ goalId: "G3", write: undefined });
    expect(chartGoal(progress, " ", "g3")).toEqual({ goalId: "G3", write: undefined });
  });

  it("falls back to the first goal with data, and writes it, for a blank picker or a pick of no goal", () => {
    expect(chartGoal(progress, undefined, "")).toEqual({ goalId: "Ug-02", write: "Ug-02" });
    expect(chartGoal(progress, undefined, undefined)).toEqual({ goalId: "Ug-02", write: "Ug-02" });
    expect(chartGoal(progress, "G9", "G3")).toEqual({ goalId: "Ug-02", write: "Ug-02" });
  });

  it("keeps an unknown pick typed by the user (the chart shows the fallback, the cell stays theirs)", () => {
    expect(chartGoal(progress, undefined, "G9")).toEqual({ goalId: "Ug-02", write: undefined });
  });

  it("shows the first goal when none has data, and nothing (picker blank) in a plan without goals", () => {
    const noData = { goals: [goals[0]] } as unknown as Parameters<typeof chartGoal>[0];
    expect(chartGoal(noData, undefined, undefined)).toEqual({ goalId: "G1", write: "G1" });
    const none = { goals: [] } as unknown as Parameters<typeof chartGoal>[0];
    expect(chartGoal(none, "G1", undefined)).toEqual({ goalId: null, write: "" });
  });
});
