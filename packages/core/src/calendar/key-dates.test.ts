import { describe, expect, it } from "vitest";
import { parseIsoDay } from "./days";
import { KeyDate } from "./key-date";
import { keyDates, matchKeyDate } from "./key-dates";

function dateOf(year: number, key: string): string | undefined {
  return keyDates(year).find((kd) => kd.key === key)?.date;
}

function byKey(year: number): Record<string, string> {
  return Object.fromEntries(keyDates(year).map((kd) => [kd.key, kd.date]));
}

describe("keyDates", () => {
  // Lunar dates checked against lunar-typescript and published calendars (2026 is the Year of
  // the Horse from 17 Feb, 2027 the Goat from 6 Feb). By hand: 元宵 is 14 days after 春节
  // (2026-02-17 + 14 = 03-03; 2027-02-06 + 14 = 02-20) since the first lunar month has ≥ 29 days;
  // 除夕 is the day before 春节.
  it("puts the lunar festivals of 2026 on their Gregorian days", () => {
    expect(byKey(2026)).toMatchObject({
      "chinese-new-years-eve": "2026-02-16",
      "spring-festival": "2026-02-17",
      "lantern-festival": "2026-03-03",
      "dragon-head-raising": "2026-03-20",
      "dragon-boat-festival": "2026-06-19",
      qixi: "2026-08-19",
      "mid-autumn-festival": "2026-09-25",
      "double-ninth-festival": "2026-10-18",
      "laba-festival": "2026-01-26",
    });
  });

  it("puts the lunar festivals of 2027 on their Gregorian days", () => {
    expect(byKey(2027)).toMatchObject({
      "chinese-new-years-eve": "2027-02-05",
      "spring-festival": "2027-02-06",
      "lantern-festival": "2027-02-20",
      "dragon-head-raising": "2027-03-09",
      "dragon-boat-festival": "2027-06-09",
      qixi: "2027-08-08",
      "mid-autumn-festival": "2027-09-15",
      "double-ninth-festival": "2027-10-08",
      "laba-festival": "2027-01-15",
    });
  });

  it("takes the eve as the day before the Spring Festival, not a fixed 腊月三十", () => {
    // The 12th month of lunar 2025 has 29 days: 2026's eve is 腊月廿九.
    expect(dateOf(2026, "chinese-new-years-eve")).toBe("2026-02-16");
  });

  it("finds 腊八 of the previous lunar year, and none or two where the year holds that many", () => {
    // 2026's 腊八 belongs to lunar 2025 (its own lunar 2026 腊八 falls on 2027-01-15).
    expect(dateOf(2026, "laba-festival")).toBe("2026-01-26");
    // Spring Festival 2022-02-01 and 2023-01-22: 腊八 lunar 2021 = 2022-01-10, lunar 2022 = 2022-12-30.
    const laba2022 = keyDates(2022).filter((kd) => kd.key.startsWith("laba-festival"));
    expect(laba2022.map((kd) => [kd.key, kd.date])).toEqual([
      ["laba-festival", "2022-01-10"],
      ["laba-festival-2", "2022-12-30"],
    ]);
    expect(keyDates(2023).filter((kd) => kd.key.startsWith("laba-festival"))).toEqual([]);
  });

  it("takes the solar terms of the year itself", () => {
    expect(byKey(2026)).toMatchObject({
      "start-of-spring": "2026-02-04",
      "qingming-festival": "2026-04-05",
      // The library's table for lunar 2026 also holds 冬至 2025-12-21: the December one is meant.
      "winter-solstice": "2026-12-22",
    });
    expect(byKey(2027)).toMatchObject({ "qingming-festival": "2027-04-05", "start-of-spring": "2027-02-04" });
  });

  // By hand: 2026-01-01 is a Thursday. 1 May = +120 days → Friday, so Sundays are 3 and 10 May.
  // 1 June = +151 → Monday: Sundays 7, 14, 21. 1 Nov = +304 → Sunday: Thursdays 5, 12, 19, 26.
  // 2027-01-01 is a Friday: 1 May Saturday (Sundays 2, 9), 1 June Tuesday (6, 13, 20),
  // 1 Nov Monday (Thursdays 4, 11, 18, 25).
  it("computes the rule-based dates", () => {
    expect(byKey(2026)).toMatchObject({
      "mothers-day": "2026-05-10",
      "fathers-day": "2026-06-21",
      "black-friday": "2026-11-27",
      "cyber-monday": "2026-11-30",
    });
    expect(byKey(2027)).toMatchObject({
      "mothers-day": "2027-05-09",
      "fathers-day": "2027-06-20",
      "black-friday": "2027-11-26",
      "cyber-monday": "2027-11-29",
    });
  });

  it("has the fixed dates", () => {
    expect(byKey(2026)).toMatchObject({
      "new-year": "2026-01-01",
      "valentines-day": "2026-02-14",
      "womens-day": "2026-03-08",
      "consumer-rights-day": "2026-03-15",
      "april-fools-day": "2026-04-01",
      "labour-day": "2026-05-01",
      "online-valentines-520": "2026-05-20",
      "childrens-day": "2026-06-01",
      "mid-year-sale-618": "2026-06-18",
      "back-to-school": "2026-09-01",
      "teachers-day": "2026-09-10",
      "national-day": "2026-10-01",
      halloween: "2026-10-31",
      "double-11": "2026-11-11",
      "double-12": "2026-12-12",
      christmas: "2026-12-25",
      "year-end-countdown": "2026-12-31",
    });
  });

  it("sorts by date, keeps keys unique and every entry valid", () => {
    for (const year of [2022, 2026, 2027, 2028]) {
      const dates = keyDates(year);
      expect(dates.map((kd) => kd.date)).toEqual([...dates.map((kd) => kd.date)].sort());
      expect(new Set(dates.map((kd) => kd.key)).size).toBe(dates.length);
      for (const kd of dates) {
        expect(() => KeyDate.parse(kd)).not.toThrow();
        expect(kd.date.startsWith(`${year}-`)).toBe(true);
      }
    }
    // 17 fixed + 4 rule-based + 9 lunar + 3 solar terms, with 腊八 twice in 2022 and never in 2023.
    expect(keyDates(2026).length).toBe(33);
    expect(keyDates(2022).length).toBe(34);
    expect(keyDates(2023).length).toBe(32);
  });

  it("gives contiguous windows of sane length around the date", () => {
    for (const year of [2026, 2027]) {
      for (const kd of keyDates(year)) {
        const d = (iso: string) => parseIsoDay(iso) as number;
        const { warmUp, peak, followUp } = kd.windows;
        const date = d(kd.date);
        expect(d(warmUp.start)).toBeLessThanOrEqual(d(warmUp.end));
        expect(d(warmUp.end) + 1).toBe(d(peak.start));
        expect(d(peak.start)).toBeLessThanOrEqual(date);
        expect(d(peak.end)).toBeGreaterThanOrEqual(date);
        expect(d(peak.end) + 1).toBe(d(followUp.start));
        expect(d(followUp.start)).toBeLessThanOrEqual(d(followUp.end));
        const warmUpDays = d(warmUp.end) - d(warmUp.start) + 1;
        const maxWarmUp = kd.tier === 1 ? 30 : kd.tier === 2 ? 14 : 7;
        expect(warmUpDays, kd.key).toBeLessThanOrEqual(maxWarmUp);
        expect(d(peak.end) - d(peak.start) + 1, kd.key).toBeLessThanOrEqual(10);
        expect(d(followUp.end) - d(followUp.start) + 1, kd.key).toBeLessThanOrEqual(7);
      }
    }
  });

  it("opens the 618 and Double 11 warm-ups in late May and late October", () => {
    const dates = keyDates(2026);
    const w = (key: string) => dates.find((kd) => kd.key === key)?.windows;
    expect(w("mid-year-sale-618")).toEqual({
      warmUp: { start: "2026-05-20", end: "2026-06-15" },
      peak: { start: "2026-06-16", end: "2026-06-18" },
      followUp: { start: "2026-06-19", end: "2026-06-21" },
    });
    expect(w("double-11")?.warmUp).toEqual({ start: "2026-10-20", end: "2026-11-09" });
    expect(w("double-11")?.peak).toEqual({ start: "2026-11-10", end: "2026-11-11" });
    // Three weeks before 2026-02-17: 17 days back is 01-31, four more is 01-27.
    expect(w("spring-festival")).toEqual({
      warmUp: { start: "2026-01-27", end: "2026-02-16" },
      peak: { start: "2026-02-17", end: "2026-02-23" },
      followUp: { start: "2026-02-24", end: "2026-03-02" },
    });
    // A minor date gets a few days: 冬至 2026-12-22.
    expect(w("winter-solstice")).toEqual({
      warmUp: { start: "2026-12-19", end: "2026-12-21" },
      peak: { start: "2026-12-22", end: "2026-12-22" },
      followUp: { start: "2026-12-23", end: "2026-12-23" },
    });
  });

  it("works across the plan model's whole year range", () => {
    for (const year of [2000, 2100]) {
      const dates = keyDates(year);
      expect(dates.length).toBeGreaterThanOrEqual(32);
      expect(dates.every((kd) => kd.date.startsWith(`${year}-`))).toBe(true);
    }
  });

  it("lets the New Year's warm-up start in the previous December", () => {
    expect(keyDates(2027).find((kd) => kd.key === "new-year")?.windows.warmUp).toEqual({
      start: "2026-12-25",
      end: "2026-12-31",
    });
  });

  it("names every key date in both languages", () => {
    for (const kd of keyDates(2026)) {
      expect(kd.names.en).toMatch(/[A-Za-z]/);
      expect(kd.names["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("matchKeyDate", () => {
  const dates = keyDates(2026);
  it.each([
    ["双十一", "double-11"],
    ["11.11", "double-11"],
    ["Singles' Day", "double-11"],
    ["  DOUBLE-11 ", "double-11"],
    ["６１８", "mid-year-sale-618"],
    ["春节", "spring-festival"],
    ["Chinese New Year", "spring-festival"],
    ["中秋", "mid-autumn-festival"],
    ["3·15", "consumer-rights-day"],
  ])("reads %s as %s", (text, key) => {
    expect(matchKeyDate(text, dates)?.key).toBe(key);
  });

  it("returns null for blank or unknown text", () => {
    expect(matchKeyDate(null, dates)).toBeNull();
    expect(matchKeyDate("  ", dates)).toBeNull();
    expect(matchKeyDate("品牌日", dates)).toBeNull();
  });
});

describe("keyDates per year", () => {
  it("computes a year once: the same dates come back, in a fresh array each time", () => {
    const a = keyDates(2031);
    const b = keyDates(2031);
    expect(b).not.toBe(a);
    expect(b[0]).toBe(a[0]);
    a.pop();
    expect(keyDates(2031)).toHaveLength(b.length);
  });
});
