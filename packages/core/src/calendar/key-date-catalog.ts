import { dayOf, nthWeekdayOfMonth } from "./days";
import type { KeyDateKind, KeyDateTier } from "./key-date";
import { lunarDaysInYear, lunarToDay, solarTermDay } from "./lunar";

/** Window shape around a key date, in days relative to the date. */
export interface WindowShape {
  /** Days of warm-up before the peak starts (≥ 1). */
  warmUpDays: number;
  /** Peak = date + peakFrom … date + peakTo (peakFrom ≤ 0 ≤ peakTo). */
  peakFrom: number;
  peakTo: number;
  /** Days of follow-up after the peak ends (≥ 1). */
  followUpDays: number;
}

/**
 * Why these lengths: a major festival needs two weeks to seed content and pre-sales, a
 * seasonal one a week, a minor one a few days of topical posts; the follow-up covers reviews,
 * after-sales and recap posts. Named dates below override where the market has its own rhythm.
 */
export const TIER_WINDOWS: Record<KeyDateTier, WindowShape> = {
  1: { warmUpDays: 14, peakFrom: 0, peakTo: 0, followUpDays: 3 },
  2: { warmUpDays: 7, peakFrom: 0, peakTo: 0, followUpDays: 2 },
  3: { warmUpDays: 3, peakFrom: 0, peakTo: 0, followUpDays: 1 },
};

export interface KeyDateDefinition {
  key: string;
  en: string;
  zh: string;
  aliases: string[];
  kind: KeyDateKind;
  tier: KeyDateTier;
  /** The days this key date falls on in a Gregorian year (usually one; lunar ones zero to two). */
  days: (year: number) => number[];
  window?: Partial<WindowShape>;
}

const fixed = (month: number, day: number) => (year: number) => [dayOf(year, month, day)];
const lunar = (month: number, day: number) => (year: number) => [lunarToDay(year, month, day)];
const term = (chinese: string, pinyin: string) => (year: number) => {
  const day = solarTermDay(year, chinese, pinyin);
  return day === null ? [] : [day];
};
const SUNDAY = 0;
const THURSDAY = 4;
const blackFriday = (year: number) => nthWeekdayOfMonth(year, 11, THURSDAY, 4) + 1;

export const KEY_DATE_CATALOG: readonly KeyDateDefinition[] = [
  // Fixed Gregorian dates.
  {
    key: "new-year",
    en: "New Year's Day",
    zh: "元旦",
    aliases: ["New Year"],
    kind: "fixed",
    tier: 2,
    days: fixed(1, 1),
  },
  {
    key: "valentines-day",
    en: "Valentine's Day",
    zh: "情人节",
    aliases: ["Valentine", "2.14", "西方情人节"],
    kind: "fixed",
    tier: 2,
    days: fixed(2, 14),
    window: { warmUpDays: 10 },
  },
  {
    key: "womens-day",
    en: "Women's Day (Goddess Day)",
    zh: "妇女节（女神节）",
    aliases: ["妇女节", "女神节", "女王节", "38", "3.8", "Women's Day", "Goddess Day"],
    kind: "fixed",
    tier: 2,
    days: fixed(3, 8),
  },
  {
    key: "consumer-rights-day",
    en: "World Consumer Rights Day (3·15)",
    zh: "3·15 消费者权益日",
    aliases: ["315", "3.15", "3·15", "消费者权益日", "Consumer Rights Day"],
    kind: "fixed",
    tier: 2,
    days: fixed(3, 15),
    // Complaints and media exposés land in the days after: keep watch longer.
    window: { followUpDays: 3 },
  },
  {
    key: "april-fools-day",
    en: "April Fools' Day",
    zh: "愚人节",
    aliases: ["April Fools", "4.1"],
    kind: "fixed",
    tier: 3,
    days: fixed(4, 1),
  },
  {
    key: "labour-day",
    en: "Labour Day holiday",
    zh: "劳动节",
    aliases: ["五一", "5.1", "May Day", "Labor Day", "Labour Day"],
    kind: "fixed",
    tier: 1,
    days: fixed(5, 1),
    // The public holiday runs 1–5 May.
    window: { peakTo: 4, followUpDays: 2 },
  },
  {
    key: "online-valentines-520",
    en: "520 Online Valentine's Day",
    zh: "520 网络情人节",
    aliases: ["520", "5.20", "网络情人节"],
    kind: "fixed",
    tier: 2,
    days: fixed(5, 20),
    // 5·20 and 5·21 both read as "I love you".
    window: { peakTo: 1 },
  },
  {
    key: "childrens-day",
    en: "Children's Day",
    zh: "儿童节",
    aliases: ["六一", "6.1", "Children's Day"],
    kind: "fixed",
    tier: 2,
    days: fixed(6, 1),
  },
  {
    key: "mid-year-sale-618",
    en: "618 Mid-year Shopping Festival",
    zh: "618 年中大促",
    aliases: ["618", "6.18", "年中大促", "Mid-year sale"],
    kind: "fixed",
    tier: 1,
    days: fixed(6, 18),
    // Pre-sales open around 20 May; the final three days carry the peak.
    window: { warmUpDays: 27, peakFrom: -2, followUpDays: 3 },
  },
  {
    key: "back-to-school",
    en: "Back-to-school season",
    zh: "开学季",
    aliases: ["开学", "Back to school"],
    kind: "fixed",
    tier: 2,
    days: fixed(9, 1),
    window: { warmUpDays: 14, peakFrom: -3, peakTo: 6, followUpDays: 3 },
  },
  {
    key: "teachers-day",
    en: "Teachers' Day",
    zh: "教师节",
    aliases: ["9.10", "Teachers' Day"],
    kind: "fixed",
    tier: 3,
    days: fixed(9, 10),
  },
  {
    key: "national-day",
    en: "National Day Golden Week",
    zh: "国庆黄金周",
    aliases: ["国庆", "国庆节", "十一", "10.1", "National Day", "Golden Week"],
    kind: "fixed",
    tier: 1,
    days: fixed(10, 1),
    window: { peakTo: 6, followUpDays: 2 },
  },
  {
    key: "halloween",
    en: "Halloween",
    zh: "万圣节",
    aliases: ["10.31"],
    kind: "fixed",
    tier: 3,
    days: fixed(10, 31),
  },
  {
    key: "double-11",
    en: "Double 11 (Singles' Day)",
    zh: "双11",
    aliases: ["双十一", "11.11", "1111", "Singles' Day", "Singles Day", "Double 11"],
    kind: "fixed",
    tier: 1,
    days: fixed(11, 11),
    // Pre-sales open around 20 October; the launch starts on the evening of 11/10.
    window: { warmUpDays: 21, peakFrom: -1, followUpDays: 3 },
  },
  {
    key: "double-12",
    en: "Double 12",
    zh: "双12",
    aliases: ["双十二", "12.12", "1212", "Double 12"],
    kind: "fixed",
    tier: 2,
    days: fixed(12, 12),
  },
  {
    key: "christmas",
    en: "Christmas Eve & Christmas",
    zh: "平安夜·圣诞节",
    aliases: ["圣诞", "圣诞节", "平安夜", "Christmas", "Xmas", "12.25"],
    kind: "fixed",
    tier: 2,
    days: fixed(12, 25),
    window: { warmUpDays: 10, peakFrom: -1 },
  },
  {
    key: "year-end-countdown",
    en: "New Year's Eve countdown",
    zh: "跨年",
    aliases: ["跨年夜", "12.31", "New Year's Eve", "Countdown"],
    kind: "fixed",
    tier: 2,
    days: fixed(12, 31),
    window: { followUpDays: 1 },
  },
  // Rule-based Gregorian dates.
  {
    key: "mothers-day",
    en: "Mother's Day",
    zh: "母亲节",
    aliases: ["Mother's Day", "Mothers Day"],
    kind: "rule",
    tier: 2,
    days: (year) => [nthWeekdayOfMonth(year, 5, SUNDAY, 2)],
    window: { warmUpDays: 10 },
  },
  {
    key: "fathers-day",
    en: "Father's Day",
    zh: "父亲节",
    aliases: ["Father's Day", "Fathers Day"],
    kind: "rule",
    tier: 2,
    days: (year) => [nthWeekdayOfMonth(year, 6, SUNDAY, 3)],
  },
  {
    key: "black-friday",
    en: "Black Friday",
    zh: "黑色星期五",
    aliases: ["黑五", "Black Friday"],
    kind: "rule",
    tier: 2,
    days: (year) => [blackFriday(year)],
  },
  {
    key: "cyber-monday",
    en: "Cyber Monday",
    zh: "网络星期一",
    aliases: ["Cyber Monday"],
    kind: "rule",
    tier: 3,
    days: (year) => [blackFriday(year) + 3],
  },
  // Lunar festivals (lunar month/day of the lunar year that begins in this Gregorian year).
  {
    key: "chinese-new-years-eve",
    en: "Chinese New Year's Eve",
    zh: "除夕",
    aliases: ["大年夜", "年三十", "New Year's Eve (lunar)"],
    kind: "lunar",
    tier: 2,
    // The eve is the last day of the 12th lunar month, which has 29 or 30 days: the day before
    // the Spring Festival, not a fixed 腊月三十 (2026's eve is 腊月廿九).
    days: (year) => [lunarToDay(year, 1, 1) - 1],
    window: { followUpDays: 1 },
  },
  {
    key: "spring-festival",
    en: "Spring Festival (Chinese New Year)",
    zh: "春节",
    aliases: ["新年", "过年", "农历新年", "Chinese New Year", "Lunar New Year", "CNY"],
    kind: "lunar",
    tier: 1,
    days: lunar(1, 1),
    // Three weeks of New Year goods; the holiday week 初一–初七; the follow-up runs to 元宵.
    window: { warmUpDays: 21, peakTo: 6, followUpDays: 7 },
  },
  {
    key: "lantern-festival",
    en: "Lantern Festival",
    zh: "元宵节",
    aliases: ["元宵", "Lantern Festival"],
    kind: "lunar",
    tier: 2,
    days: lunar(1, 15),
    window: { warmUpDays: 5, followUpDays: 1 },
  },
  {
    key: "dragon-head-raising",
    en: "Dragon Head-Raising Day",
    zh: "龙抬头",
    aliases: ["二月二", "Longtaitou"],
    kind: "lunar",
    tier: 3,
    days: lunar(2, 2),
  },
  {
    key: "dragon-boat-festival",
    en: "Dragon Boat Festival",
    zh: "端午节",
    aliases: ["端午", "Dragon Boat", "Duanwu"],
    kind: "lunar",
    tier: 2,
    days: lunar(5, 5),
    window: { warmUpDays: 10 },
  },
  {
    key: "qixi",
    en: "Qixi Festival (Chinese Valentine's Day)",
    zh: "七夕",
    aliases: ["七夕节", "中国情人节", "Qixi", "Chinese Valentine's Day"],
    kind: "lunar",
    tier: 2,
    days: lunar(7, 7),
    window: { warmUpDays: 10 },
  },
  {
    key: "mid-autumn-festival",
    en: "Mid-Autumn Festival",
    zh: "中秋节",
    aliases: ["中秋", "Mid-Autumn", "Moon Festival"],
    kind: "lunar",
    tier: 1,
    days: lunar(8, 15),
    // Mooncake and gift-box orders start three weeks out.
    window: { warmUpDays: 21, followUpDays: 2 },
  },
  {
    key: "double-ninth-festival",
    en: "Double Ninth Festival",
    zh: "重阳节",
    aliases: ["重阳", "Double Ninth", "Chongyang"],
    kind: "lunar",
    tier: 3,
    days: lunar(9, 9),
  },
  {
    key: "laba-festival",
    en: "Laba Festival",
    zh: "腊八节",
    aliases: ["腊八", "Laba"],
    kind: "lunar",
    tier: 3,
    // 腊八 belongs to the lunar year ending in this Gregorian year's winter or the one ending in
    // the next: usually the January one; some years have none or also a late-December one.
    days: (year) => lunarDaysInYear(year, 12, 8),
  },
  // Solar terms.
  {
    key: "start-of-spring",
    en: "Start of Spring",
    zh: "立春",
    aliases: ["Lichun"],
    kind: "solar-term",
    tier: 3,
    days: term("立春", "LI_CHUN"),
  },
  {
    key: "qingming-festival",
    en: "Qingming Festival",
    zh: "清明节",
    aliases: ["清明", "Qingming", "Tomb-Sweeping Day"],
    kind: "solar-term",
    tier: 2,
    days: term("清明", "QING_MING"),
    window: { warmUpDays: 5 },
  },
  {
    key: "winter-solstice",
    en: "Winter Solstice",
    zh: "冬至",
    aliases: ["Dongzhi"],
    kind: "solar-term",
    tier: 3,
    days: term("冬至", "DONG_ZHI"),
  },
];
