import { formatPercent, type MessageParams } from "../i18n/format";
import type { Language } from "../model/enums";
import { defineMessages } from "../text/define-messages";
import type { PortfolioNote } from "./types";

const s = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
const pct = (v: unknown, lang: Language): string => (typeof v === "number" ? formatPercent(v, lang) : s(v));

/** A note's message takes the params its notes carry, read as loosely as a finding's. */
type NoteTexts = Record<PortfolioNote["rule"], (p: MessageParams) => string>;

/** The text of every portfolio note in both languages: what differs or failed, and what to do. */
const NOTE_MESSAGES = defineMessages({
  en: {
    "portfolio.years.mixed": (p) =>
      `The workbooks are for different plan years (${s(p.years)}); compare their figures with care.`,
    "portfolio.as-of.mixed": (p) =>
      `The workbooks run to different months (${s(p.months)}); the report is headed month ${s(p.latest)}. Use --as-of to compare all at one month.`,
    "portfolio.languages.mixed": (p) =>
      `The workbooks are in different languages (${s(p.languages)}); all were read.`,
    "portfolio.thresholds.mixed": (p) =>
      `The brands use different status thresholds; each brand keeps its own, the portfolio uses ${pct(p.onTrack, "en")} (on track) and ${pct(p.atRisk, "en")} (at risk).`,
    "portfolio.brand.duplicate": (p) =>
      `${s(p.brand)} appears twice (${s(p.other)} and ${s(p.file)}); both are counted. Leave one file out if that is not meant.`,
    "portfolio.file.unreadable": (p) => `${s(p.reason)} — left out of the roll-up.`,
    "portfolio.brand.no-data": (p) =>
      `${s(p.brand)} (${s(p.file)}) has no actuals yet; it is listed but adds nothing to the averages.`,
  } satisfies NoteTexts,
  "zh-CN": {
    "portfolio.years.mixed": (p) => `这些工作簿属于不同计划年度（${s(p.years)}），比较数字时请注意。`,
    "portfolio.as-of.mixed": (p) =>
      `各工作簿的统计截至月份不同（${s(p.months)}），报告按最晚的 ${s(p.latest)} 月标注。可用 --as-of 统一到同一月份比较。`,
    "portfolio.languages.mixed": (p) => `这些工作簿语言不同（${s(p.languages)}），均已读取。`,
    "portfolio.thresholds.mixed": (p) =>
      `各品牌的状态阈值不同：品牌各按自己的阈值，组合汇总使用 ${pct(p.onTrack, "zh-CN")}（正常）和 ${pct(p.atRisk, "zh-CN")}（有风险）。`,
    "portfolio.brand.duplicate": (p) =>
      `品牌“${s(p.brand)}”出现了两次（${s(p.other)} 和 ${s(p.file)}），两份都计入。如非有意，请去掉其中一个文件。`,
    "portfolio.file.unreadable": (p) => `${s(p.reason)}——未计入汇总。`,
    "portfolio.brand.no-data": (p) => `“${s(p.brand)}”（${s(p.file)}）尚无实际数据：列出但不计入平均。`,
  },
});

export function formatPortfolioNote(note: Pick<PortfolioNote, "rule" | "params">, lang: Language): string {
  return NOTE_MESSAGES[lang][note.rule](note.params);
}
