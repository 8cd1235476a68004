import type { EnumListName, Language, Severity, SmartLetter } from "../model/enums";
import { defineMessages } from "../text/define-messages";
import { foldLabel } from "../text/fold";

type Bilingual = Readonly<Record<Language, string>>;
type Labels = Record<string, Bilingual>;

/** Labels of the closed lists (docs/design.md#lists): cells show them, readers accept key, en or zh-CN. */
export const ENUM_LABELS = {
  dimension: {
    growth: { en: "User growth", "zh-CN": "用户增长" },
    content: { en: "Content influence", "zh-CN": "内容影响力" },
    conversion: { en: "Conversion & revenue", "zh-CN": "转化与营收" },
    brand: { en: "Brand voice", "zh-CN": "品牌声量" },
  },
  aggregation: {
    sum: { en: "Sum", "zh-CN": "累计" },
    last: { en: "Latest", "zh-CN": "期末值" },
    average: { en: "Average", "zh-CN": "平均值" },
    ratio: { en: "Ratio", "zh-CN": "比率" },
  },
  direction: {
    increase: { en: "Increase", "zh-CN": "提升" },
    decrease: { en: "Decrease", "zh-CN": "降低" },
  },
  unit: {
    count: { en: "Count", "zh-CN": "数量" },
    percent: { en: "%", "zh-CN": "百分比" },
    currency: { en: "Currency", "zh-CN": "金额" },
    index: { en: "Index", "zh-CN": "指数" },
  },
  goalStatus: {
    achieved: { en: "Achieved", "zh-CN": "已达成" },
    on_track: { en: "On track", "zh-CN": "正常" },
    at_risk: { en: "At risk", "zh-CN": "有风险" },
    off_track: { en: "Off track", "zh-CN": "落后" },
    not_started: { en: "Not started", "zh-CN": "未开始" },
    check: { en: "Check inputs", "zh-CN": "待修正" },
  },
  campaignStatus: {
    idea: { en: "Idea", "zh-CN": "创意" },
    planned: { en: "Planned", "zh-CN": "已计划" },
    running: { en: "Running", "zh-CN": "进行中" },
    done: { en: "Done", "zh-CN": "已完成" },
    cancelled: { en: "Cancelled", "zh-CN": "已取消" },
  },
  contentStage: {
    topic: { en: "Topic", "zh-CN": "选题" },
    planning: { en: "Planning", "zh-CN": "策划" },
    creating: { en: "Creating", "zh-CN": "创作" },
    review: { en: "Review", "zh-CN": "审核" },
    published: { en: "Published", "zh-CN": "发布" },
  },
  strategyArea: {
    content: { en: "Content", "zh-CN": "内容" },
    growth: { en: "Growth & retention", "zh-CN": "增长与留存" },
    private: { en: "Private domain", "zh-CN": "私域" },
    channel: { en: "Channel matrix", "zh-CN": "渠道矩阵" },
    campaign: { en: "Campaigns", "zh-CN": "活动" },
  },
  channelRole: {
    core: { en: "Core", "zh-CN": "核心" },
    growth: { en: "Growth", "zh-CN": "增长" },
    explore: { en: "Explore", "zh-CN": "探索" },
    sunset: { en: "Sunset", "zh-CN": "收缩" },
  },
} as const satisfies Record<EnumListName, Labels>;

/** The phasing words that are not profile names. */
export const PHASING_LABELS = {
  linear: { en: "Linear", "zh-CN": "平均分解" },
  custom: { en: "Custom", "zh-CN": "自定义" },
} as const;

/** The SMART letters' words, as the task pane and reports head their groups of findings. */
export const SMART_LABELS = {
  S: { en: "Specific", "zh-CN": "具体" },
  M: { en: "Measurable", "zh-CN": "可衡量" },
  A: { en: "Achievable", "zh-CN": "可实现" },
  R: { en: "Relevant", "zh-CN": "相关" },
  T: { en: "Time-bound", "zh-CN": "有时限" },
} as const satisfies Record<SmartLetter, Bilingual>;

/** A finding's severity, as one finding's line shows it. */
export const SEVERITY_LABELS = {
  error: { en: "Error", "zh-CN": "错误" },
  warning: { en: "Warning", "zh-CN": "警告" },
  info: { en: "Info", "zh-CN": "提示" },
} as const satisfies Record<Severity, Bilingual>;

/** Findings of one severity counted or grouped together (pane headings, roll-up columns). */
export const SEVERITY_GROUP_LABELS = {
  error: { en: "Errors", "zh-CN": "错误" },
  warning: { en: "Warnings", "zh-CN": "警告" },
  info: { en: "Notes", "zh-CN": "提示" },
} as const satisfies Record<Severity, Bilingual>;

/** Separators as each language writes them: between the items of a list, after a label. */
export const PUNCTUATION = {
  listSeparator: { en: ", ", "zh-CN": "、" },
  labelSeparator: { en: ": ", "zh-CN": "：" },
} as const satisfies Record<string, Bilingual>;

/** Month column headers and month names in messages: Jan … Dec, 1月 … 12月. */
export const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

const MONTH = defineMessages({
  en: { name: (month: number) => MONTHS_EN[month - 1] ?? String(month) },
  "zh-CN": { name: (month) => `${month}月` },
});

/** Month 1–12 as a header names it; a number outside that range as itself. */
export function monthLabel(month: number, lang: Language): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) return String(month);
  return MONTH[lang].name(month);
}

/** One language's words of a label list: `labelsIn(SMART_LABELS, "en").S` is "Specific". */
export function labelsIn<K extends string>(
  labels: Readonly<Record<K, Bilingual>>,
  lang: Language,
): Record<K, string> {
  return Object.fromEntries(Object.entries<Bilingual>(labels).map(([k, l]) => [k, l[lang]])) as Record<
    K,
    string
  >;
}

export function enumLabel(list: EnumListName, key: string, lang: Language): string {
  const labels: Labels = ENUM_LABELS[list];
  return labels[key]?.[lang] ?? key;
}

/** Folded key / en / zh-CN label → key, per list; built once, since readers call this per cell. */
const lookup = new Map<EnumListName, Map<string, string>>();
function lookupOf(list: EnumListName): Map<string, string> {
  let map = lookup.get(list);
  if (!map) {
    map = new Map();
    const labels: Labels = ENUM_LABELS[list];
    for (const [key, l] of Object.entries(labels)) {
      for (const form of [key, l.en, l["zh-CN"]]) {
        const folded = foldLabel(form);
        if (!map.has(folded)) map.set(folded, key);
      }
    }
    lookup.set(list, map);
  }
  return map;
}

/** Key for a key, en label or zh-CN label (case-, width- and space-insensitive); null if none. */
export function enumKeyOf(list: EnumListName, input: string): string | null {
  const want = foldLabel(input);
  if (want === "") return null;
  return lookupOf(list).get(want) ?? null;
}
