import { describe, expect, it } from "vitest";
import { foldKeyDateName, foldLabel, foldMetricName } from "./fold";

// Each row: input, then what each variant makes of it. A column differing from its neighbours is
// the point of that variant.
const TABLE: [input: string, label: string, metric: string, keyDate: string][] = [
  ["Goal ID", "goalid", "goalid", "goalid"],
  ["ＧＯＡＬ　ＩＤ", "goalid", "goalid", "goalid"], // full-width letters and ideographic space
  [" 目标编号\t", "目标编号", "目标编号", "目标编号"],
  ["new_followers", "new_followers", "newfollowers", "new_followers"],
  ["Engagement-Rate", "engagement-rate", "engagementrate", "engagement-rate"],
  ["11.11", "11.11", "11.11", "1111"],
  ["双·11", "双·11", "双·11", "双11"],
  ["１１．１１", "11.11", "11.11", "1111"], // full-width digits and full stop
  ["GMV（元）", "gmv(元)", "gmv(元)", "gmv(元)"], // full-width brackets become ASCII
  ["", "", "", ""],
];

describe("fold variants", () => {
  it.each(TABLE)("%j", (input, label, metric, keyDate) => {
    expect(foldLabel(input)).toBe(label);
    expect(foldMetricName(input)).toBe(metric);
    expect(foldKeyDateName(input)).toBe(keyDate);
  });
});
