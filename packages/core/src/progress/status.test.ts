import { describe, expect, it } from "vitest";
import { type StatusInput, statusOf } from "./status";

const T = { onTrack: 0.95, atRisk: 0.8 };
const base: StatusInput = {
  aggregation: "sum",
  direction: "decrease",
  asOfMonth: 12,
  endMonth: 12,
  target: 100,
  ytdActual: 90,
  attainment: 100 / 90,
  progress: 0.9,
};

describe("statusOf", () => {
  it("needs a target to call a decrease total achieved", () => {
    expect(statusOf(base, T)).toBe("achieved");
    // No target: nothing to stay under; attainment null → on track.
    expect(statusOf({ ...base, target: null, attainment: null, progress: null }, T)).toBe("on_track");
  });

  it("treats a goal that ended before the plan year (end month 0) as past its deadline", () => {
    expect(statusOf({ ...base, asOfMonth: 1, endMonth: 0 }, T)).toBe("achieved");
    expect(
      statusOf(
        { ...base, aggregation: "average", direction: "increase", asOfMonth: 1, endMonth: 0, progress: 1 },
        T,
      ),
    ).toBe("achieved");
  });

  it("is not started without data whatever the other figures say", () => {
    expect(statusOf({ ...base, ytdActual: null }, T)).toBe("not_started");
  });

  it("does not call a last-value goal achieved below progress 1, even past its deadline", () => {
    const last: StatusInput = {
      ...base,
      aggregation: "last",
      direction: "increase",
      progress: 0.999,
      attainment: 0.999,
    };
    expect(statusOf(last, T)).toBe("on_track");
    expect(statusOf({ ...last, progress: 1 }, T)).toBe("achieved");
  });
});
