import { Lunar } from "lunar-typescript";
import { dayOf } from "./days";

/**
 * Lunar dates and solar terms come from lunar-typescript (6tail's maintained calendar), never
 * from a hand-kept table: festival dates shift every year and leap months make tables rot.
 */

/** Gregorian day number of lunar `month`/`day` (never the leap month) of lunar year `lunarYear`. */
export function lunarToDay(lunarYear: number, month: number, day: number): number {
  const solar = Lunar.fromYmd(lunarYear, month, day).getSolar();
  return dayOf(solar.getYear(), solar.getMonth(), solar.getDay());
}

/**
 * The days of Gregorian `year` that fall on lunar `month`/`day`. The lunar year straddles two
 * Gregorian years, so both lunar years `year − 1` and `year` are asked: 腊八 (12/8) of lunar
 * 2025 is 2026-01-26, and a Gregorian year can hold zero or two of them (2023: none; 2022: two).
 */
export function lunarDaysInYear(year: number, month: number, day: number): number[] {
  const first = dayOf(year, 1, 1);
  const last = dayOf(year, 12, 31);
  return [year - 1, year]
    .map((lunarYear) => lunarToDay(lunarYear, month, day))
    .filter((n) => n >= first && n <= last);
}

/**
 * The day of a solar term in Gregorian `year`. The library's table for a lunar year runs from
 * 大雪 of the previous December to 惊蛰 of the next spring, naming the repeated terms in pinyin
 * (`DONG_ZHI` is the December 冬至, `冬至` the one a year earlier): pick whichever lies in `year`.
 */
export function solarTermDay(year: number, chineseName: string, pinyinName: string): number | null {
  const table = Lunar.fromYmd(year, 6, 1).getJieQiTable();
  for (const name of [chineseName, pinyinName]) {
    const solar = table[name];
    if (solar && solar.getYear() === year) return dayOf(year, solar.getMonth(), solar.getDay());
  }
  return null;
}
