import { CALENDAR_MESSAGES } from "../calendar/messages";
import type { Language } from "../model/enums";
import type { Finding } from "../model/finding";
import type { RuleId, RuleTexts } from "../model/rules";
import { defineMessages } from "../text/define-messages";
import {
  formatNumber,
  formatPercent,
  formatText,
  formatValue,
  type MessageParams,
  presentNumber,
  presentText,
} from "./format";
import { ENUM_LABELS, monthLabel, PHASING_LABELS, PUNCTUATION } from "./labels";

/**
 * The text of every finding, in both languages: what is wrong, naming the value, and what to do.
 * Messages are made at the edge (CLI, workbook, add-in) from a finding's rule and params.
 */

/** Rules whose messages the campaign calendar module owns. */
type CalendarRuleId = keyof typeof CALENDAR_MESSAGES.en;

/**
 * The words the messages share: column names as the workbook shows them (docs/design.md#workbook-contract),
 * for messages that point at a field; what a cell should have held and how to enter it.
 */
const WORDS = defineMessages({
  en: {
    field: {
      id: "Goal ID",
      target: "Target",
      baseline: "Baseline",
      start: "Start",
      deadline: "Deadline",
      numeratorGoalId: "Numerator Goal",
      denominatorGoalId: "Denominator Goal",
    },
    someMonth: "a month",
    untilLinear: " Until then the target is spread evenly over the active months.",
    expected: {
      number: { what: "a number", todo: "Enter a number such as 1200, 1.2万 or 5%." },
      date: { what: "a date", todo: "Enter a date such as 2027-03-01 or 2027/3/1." },
      list: { what: "one of the column's list values", todo: "Pick a value from the cell's dropdown list." },
      percent: { what: "a percentage", todo: "Enter a percentage such as 5% or 0.05." },
      integer: { what: "a whole number", todo: "Enter a whole number such as 3." },
      month: {
        what: "a month from 1 to 12",
        todo: "Enter the month's number, e.g. 3 for March, or leave it blank.",
      },
      year: {
        what: "a plan year (2000–2100)",
        todo: "Enter the four-digit year the plan covers, e.g. 2027.",
      },
    },
  },
  "zh-CN": {
    field: {
      id: "目标编号",
      target: "目标值",
      baseline: "基线值",
      start: "开始日期",
      deadline: "截止日期",
      numeratorGoalId: "分子目标",
      denominatorGoalId: "分母目标",
    },
    someMonth: "某月",
    untilLinear: "在此之前按平均分解计算。",
    expected: {
      number: { what: "数字", todo: "请填写数字，如 1200、1.2万 或 5%。" },
      date: { what: "日期", todo: "请填写日期，如 2027-03-01 或 2027年3月1日。" },
      list: { what: "该列下拉列表中的选项", todo: "请从单元格的下拉列表中选择。" },
      percent: { what: "百分比", todo: "请填写百分比，如 5% 或 0.05。" },
      integer: { what: "整数", todo: "请填写整数，如 3。" },
      month: { what: "1–12 的月份", todo: "请填写月份数字，如 3 表示 3 月，或留空。" },
      year: { what: "计划年度（2000–2100）", todo: "请填写计划覆盖的四位年份，如 2027。" },
    },
  },
});

function fieldLabel(field: unknown, lang: Language): string {
  const fields = WORDS[lang].field;
  return typeof field === "string" && Object.hasOwn(fields, field)
    ? fields[field as keyof typeof fields]
    : formatText(field, lang);
}

/** A year is a label, not an amount: never 2,027 or 0.2万. */
function yearText(year: unknown, lang: Language): string {
  return typeof year === "number" ? String(year) : formatText(year, lang);
}

function monthText(month: unknown, lang: Language): string {
  if (typeof month === "number" && Number.isInteger(month) && month >= 1 && month <= 12) {
    return monthLabel(month, lang);
  }
  return WORDS[lang].someMonth;
}

/** “Goal G3” / “This goal” at the start of an English sentence. */
function goalEn(p: MessageParams): string {
  const id = presentText(p.id);
  return id === null ? "This goal" : `Goal ${id}`;
}
/** “目标 G3 ” (Latin ids set off by spaces) / “该目标”, followed directly by the predicate. */
function goalZh(p: MessageParams): string {
  const id = presentText(p.id);
  return id === null ? "该目标" : `目标 ${id} `;
}

function ratioZh(p: MessageParams): string {
  const id = presentText(p.id);
  return id === null ? "该比率目标" : `比率目标 ${id} `;
}

function listLabels(list: "dimension" | "aggregation", lang: Language): string {
  const labels = Object.values(ENUM_LABELS[list]).map((l) => l[lang]);
  return labels.join(PUNCTUATION.listSeparator[lang]);
}

function directionLabel(direction: unknown, lang: Language): string {
  return direction === "decrease"
    ? ENUM_LABELS.direction.decrease[lang]
    : ENUM_LABELS.direction.increase[lang];
}

const quoteEn = (s: string) => `“${s}”`;
const quoteZh = (s: string) => `“${s}”`;

/** A value the reader read from text: a percentage when the text was one, else a plain number. */
function readValue(p: MessageParams, lang: Language): string {
  const value = presentNumber(p.value);
  if (value === null) return formatText(p.value, lang);
  const text = presentText(p.text) ?? "";
  return /[%％]/.test(text) ? formatPercent(value, lang) : formatNumber(value, lang, { chineseUnits: false });
}

function expected(p: MessageParams, lang: Language) {
  const all = WORDS[lang].expected;
  const key = typeof p.expected === "string" && Object.hasOwn(all, p.expected) ? p.expected : "number";
  return all[key as keyof typeof all];
}

/** The phasing as the user's language names it: Custom / 自定义, or the profile's own name. */
function phasingText(p: MessageParams, lang: Language): string {
  if (p.method === "custom") return PHASING_LABELS.custom[lang];
  if (p.method === "linear") return PHASING_LABELS.linear[lang];
  return formatText(p.phasing, lang);
}

const OWN_MESSAGES = defineMessages({
  en: {
    "goal.id.missing": (p) => {
      const metric = presentText(p.metric);
      return `This goal row has no Goal ID${metric ? ` (metric ${quoteEn(metric)})` : ""}. Give it a short unique ID such as G1, so that actuals, strategies and campaigns can refer to it.`;
    },
    "goal.id.duplicate": (p) =>
      `Goal ID ${formatText(p.id, "en")} is already used by an earlier goal row; Actuals and Phasing always go to the first one. Give this goal its own ID (IDs are compared ignoring case).`,
    "goal.metric.missing": (p) =>
      `${goalEn(p)} has no Metric. Name what is measured (e.g. followers, engagement rate, GMV) so the goal is specific.`,
    "goal.dimension.invalid": (p) => {
      const text = presentText(p.text);
      if (text !== null)
        return `${goalEn(p)}: Dimension ${quoteEn(text)} is not one of ${listLabels("dimension", "en")}. Pick one from the list.`;
      const metric = presentText(p.metric);
      return `${goalEn(p)} has no Dimension${metric ? `, and its metric ${quoteEn(metric)} has no default one` : ""}. Pick one of ${listLabels("dimension", "en")}.`;
    },
    "goal.channel.unknown": (p) =>
      `${goalEn(p)} names the channel ${quoteEn(formatText(p.channel, "en"))}, which is not in the channel matrix (Channels sheet). Add the channel there, correct the name, or leave Channel blank for all channels.`,
    "goal.target.missing": (p) =>
      `${goalEn(p)} has no Target. Enter the value to reach by the deadline, so that progress can be measured.`,
    "goal.target.invalid": (p) => {
      const text = presentText(p.text);
      if (text !== null)
        return `${goalEn(p)}: Target ${quoteEn(text)} is not a number. Enter a number such as 12000, 1.2万 or 5%.`;
      const target = presentNumber(p.target);
      if (target !== null && Number.isFinite(target) && target < 0)
        return `${goalEn(p)}: Target ${formatValue(target, p.unit, "en")} is negative, but a count or an amount cannot be below zero. Enter a target of zero or more.`;
      return `${goalEn(p)}: Target ${formatValue(p.target, p.unit, "en")} is not a usable number. Enter a finite number such as 12000.`;
    },
    "goal.percent.range": (p) =>
      `${goalEn(p)}: ${fieldLabel(p.field ?? "target", "en")} ${formatValue(p.value, "percent", "en")} is outside 0–100%. Enter a percentage between 0% and 100% (e.g. 5% or 0.05).`,
    "goal.baseline.missing": (p) =>
      `${goalEn(p)} has no Baseline. Enter where the metric stands at the start (e.g. last year's figure)${p.aggregation === "last" ? ": progress of a “Latest” goal is measured from it." : ", so the target's ambition can be judged."}`,
    "goal.target.not-ambitious": (p) => {
      const [t, b] = [formatValue(p.target, p.unit, "en"), formatValue(p.baseline, p.unit, "en")];
      return p.direction === "decrease"
        ? `${goalEn(p)}: Target ${t} is not below Baseline ${b} although the direction is Decrease. Lower the target or set Direction to Increase.`
        : `${goalEn(p)}: Target ${t} is not above Baseline ${b} although the direction is Increase. Raise the target or set Direction to Decrease.`;
    },
    "goal.target.implausible": (p) =>
      `${goalEn(p)}: Target ${formatValue(p.target, p.unit, "en")} differs from Baseline ${formatValue(p.baseline, p.unit, "en")}${typeof p.growth === "number" ? ` by ${formatPercent(p.growth, "en")}` : ""}, more than MaxGrowth (${formatValue(p.maxGrowth, "percent", "en")}) in Settings. Check both for a typo or a unit mix-up, or raise MaxGrowth if the jump is intended.`,
    "goal.objective.missing": (p) =>
      `${goalEn(p)} is not linked to an objective. Enter the Objective ID it serves (Objectives sheet), so it is clear why the goal matters.`,
    "goal.objective.unknown": (p) =>
      `${goalEn(p)} refers to Objective ID ${formatText(p.objective, "en")}, which is not on the Objectives sheet. Correct the ID or add the objective.`,
    "goal.strategy.missing": (p) => {
      const id = presentText(p.id);
      return `No strategy supports ${id === null ? "this goal" : `goal ${id}`}. Enter Strategy IDs on the goal, or list ${id ?? "its ID"} under Goal IDs of a strategy.`;
    },
    "goal.strategy.unknown": (p) =>
      `${goalEn(p)} refers to Strategy ID ${formatText(p.strategy, "en")}, which is not on the Strategies sheet. Correct the ID or add the strategy.`,
    "goal.period.invalid": (p) =>
      p.problem === "not-a-date"
        ? `${goalEn(p)}: ${fieldLabel(p.field ?? "start", "en")} ${formatText(p.date, "en")} is not a calendar date. Enter a real date such as 2027-03-01.`
        : `${goalEn(p)} starts on ${formatText(p.start, "en")}, after its deadline ${formatText(p.deadline, "en")}. Correct Start or Deadline.`,
    "goal.period.outside-year": (p) => {
      const year = yearText(p.year, "en");
      return `${goalEn(p)}: ${fieldLabel(p.field ?? "deadline", "en")} ${formatText(p.date, "en")} is outside the plan year ${year}. Use a date in ${year} (for a goal that spans years, set this year's milestone).`;
    },
    "goal.owner.missing": (p) => `${goalEn(p)} has no Owner. Name the person accountable for it.`,
    "goal.ratio.components": (p) => {
      const goal = `Ratio goal${presentText(p.id) === null ? "" : ` ${p.id}`}`;
      const field = fieldLabel(p.field ?? "numeratorGoalId", "en");
      if (p.problem === "one-missing") {
        const other = fieldLabel(
          p.field === "numeratorGoalId" ? "denominatorGoalId" : "numeratorGoalId",
          "en",
        );
        return `${goal} has a ${other} but no ${field}. Enter both (goals whose monthly actuals are divided), or clear both to track the goal's own monthly rates.`;
      }
      if (p.problem === "self")
        return `${goal} names itself as its ${field}. Enter the ID of another goal whose actuals form the ${p.field === "denominatorGoalId" ? "denominator" : "numerator"}.`;
      return `${goal}: ${field} ${formatText(p.goal, "en")} is not a goal ID. Enter the ID of an existing goal.`;
    },
    "goal.ratio.average": (p) =>
      `Ratio goal${presentText(p.id) === null ? "" : ` ${p.id}`} has no Numerator Goal or Denominator Goal, so it is tracked as the average of its own monthly values. To compute it from two goals' actuals, enter both.`,
    "goal.aggregation.missing": (p) => {
      const metric = presentText(p.metric);
      const why = metric
        ? `: metric ${quoteEn(metric)} is not in the metric catalog, so there is no default`
        : "";
      return `${goalEn(p)} has no Aggregation${why}. Choose one: ${listLabels("aggregation", "en")}.`;
    },
    "phasing.invalid": (p) => {
      const phasing = phasingText(p, "en");
      switch (p.problem) {
        case "custom-missing":
          return `${goalEn(p)} uses Custom phasing but has no row on the Phasing sheet. Add a row for it with monthly weights, or choose Linear.${WORDS.en.untilLinear}`;
        case "profile-unknown":
          return `${goalEn(p)}: Phasing ${quoteEn(phasing)} is neither Linear, Custom nor a profile of the seasonality table (Settings). Add the profile or pick an existing one.${WORDS.en.untilLinear}`;
        case "negative":
          return `${goalEn(p)}: the phasing weights (${phasing}) contain a negative value. Use weights of zero or more.${WORDS.en.untilLinear}`;
        case "zero":
          return `${goalEn(p)}: the phasing weights (${phasing}) add up to zero over the goal's months from Start to Deadline. Give at least one of those months a positive weight, or adjust the dates.${WORDS.en.untilLinear}`;
        default:
          return `${goalEn(p)}: Phasing ${quoteEn(phasing)} cannot be used. Choose Linear, Custom or a seasonality profile.${WORDS.en.untilLinear}`;
      }
    },
    "value.percent-scale": (p) =>
      `${quoteEn(formatText(p.text, "en"))} was read as ${formatValue(p.value, "percent", "en")}: in a percent column a number above 1 is taken as percentage points. Type it with a % sign to make it explicit.`,
    "value.text-number": (p) =>
      `${quoteEn(formatText(p.text, "en"))} is text; it was read as ${readValue(p, "en")}. Enter the number itself so that Excel formulas can use it too (the cell's number format takes care of the display).`,
    "value.error": (p) =>
      `The cell holds the Excel error ${formatText(p.text, "en")}, so it was read as blank. Fix the formula or value that causes it.`,
    "value.invalid": (p) => {
      const e = expected(p, "en");
      return `${quoteEn(formatText(p.text, "en"))} is not ${e.what}, so the cell was read as blank. ${e.todo}`;
    },
    "actual.invalid": (p) => {
      const what = formatText(p.text, "en");
      return `Actual for goal ${formatText(p.goal, "en")} in ${monthText(p.month, "en")}: ${quoteEn(what)} is not a number. Enter a number, or leave the cell blank while there is no data.`;
    },
    "actual.unknown-goal": (p) => {
      const goal = presentText(p.goal);
      return goal === null
        ? "This Actuals row has values but no Goal ID, so they are not counted. Enter the ID of the goal they belong to."
        : `Actuals row for goal ID ${goal}: there is no goal with this ID, so its values are not counted. Correct the ID or add the goal on the Goals sheet.`;
    },
    "actual.duplicate": (p) =>
      `Goal ${formatText(p.goal, "en")} already has an Actuals row further up; progress reads only that one, so the values in this row are not counted. Move them into the first row and delete this one.`,
    "objective.no-goals": (p) =>
      `Objective ${formatText(p.id, "en")} has no goals. Link at least one goal to it (Objective ID on the Goals sheet), or remove the objective.`,
    "strategy.no-goals": (p) =>
      `Strategy ${formatText(p.id, "en")} supports no goal. List the goals it serves under Goal IDs (or add it to a goal's Strategy IDs), or remove it.`,
    "sheet.table.missing": (p) => {
      const sheet = presentText(p.sheet);
      return `Table ${formatText(p.table, "en")} was not found${sheet ? ` (expected on sheet ${quoteEn(sheet)})` : ""}. Restore it, e.g. from a freshly generated workbook, and keep its table name: tables are found by name.`;
    },
    "sheet.column.missing": (p) =>
      `Table ${formatText(p.table, "en")} has no column ${quoteEn(formatText(p.column, "en"))}. Add a column with this header (English or Chinese) back to the table.`,
    "sheet.table.renamed": (p) =>
      `Table ${quoteEn(formatText(p.found, "en"))} on sheet ${quoteEn(formatText(p.sheet, "en"))} was read as ${formatText(p.table, "en")} because its headers match. Rename the table to ${formatText(p.table, "en")} (Table Design → Table Name) so it is always found.`,
    "sheet.table.recovered": (p) =>
      `Table ${formatText(p.table, "en")} had been removed from sheet ${quoteEn(formatText(p.sheet, "en"))} (some programs drop tables when they save) and was read from its header row. Select its cells and press Ctrl+T (Insert → Table), then name it ${formatText(p.table, "en")}, so it is found directly.`,
    "sheet.rows.outside-table": (p) => {
      const rows =
        p.first === p.last ? `Row ${rowText(p.first)} is` : `Rows ${rowText(p.first)}–${rowText(p.last)} are`;
      return `${rows} directly below table ${formatText(p.table, "en")} on sheet ${quoteEn(formatText(p.sheet, "en"))} but not inside it; they were read as rows of the table. Extend the table over them (drag the handle at the table's bottom-right corner, or Table Design → Resize Table) so the formulas cover them too.`;
    },
  } satisfies RuleTexts<Exclude<RuleId, CalendarRuleId>>,
  "zh-CN": {
    "goal.id.missing": (p) => {
      const metric = presentText(p.metric);
      return `该目标行没有填写目标编号${metric ? `（指标${quoteZh(metric)}）` : ""}。请填写一个唯一的简短编号（如 G1），以便月度数据、策略和活动引用它。`;
    },
    "goal.id.duplicate": (p) =>
      `目标编号 ${formatText(p.id, "zh-CN")} 与前面的目标重复；月度数据和目标分解只会对应第一个。请为此目标另取一个编号（编号不区分大小写）。`,
    "goal.metric.missing": (p) =>
      `${goalZh(p)}没有填写指标。请写明衡量什么（如粉丝数、互动率、GMV），让目标具体明确。`,
    "goal.dimension.invalid": (p) => {
      const text = presentText(p.text);
      if (text !== null)
        return `${goalZh(p)}的维度${quoteZh(text)}不是${listLabels("dimension", "zh-CN")}之一。请从列表中选择。`;
      const metric = presentText(p.metric);
      return `${goalZh(p)}没有维度${metric ? `，指标${quoteZh(metric)}也没有默认维度` : ""}。请从${listLabels("dimension", "zh-CN")}中选择一个。`;
    },
    "goal.channel.unknown": (p) =>
      `${goalZh(p)}的渠道${quoteZh(formatText(p.channel, "zh-CN"))}不在渠道矩阵中。请在渠道矩阵表中添加该渠道、更正名称，或留空表示全部渠道。`,
    "goal.target.missing": (p) => `${goalZh(p)}没有填写目标值。请填写截止日期前要达到的数值，以便衡量进度。`,
    "goal.target.invalid": (p) => {
      const text = presentText(p.text);
      if (text !== null)
        return `${goalZh(p)}的目标值${quoteZh(text)}不是数字。请填写数字，如 12000、1.2万 或 5%。`;
      const target = presentNumber(p.target);
      if (target !== null && Number.isFinite(target) && target < 0)
        return `${goalZh(p)}的目标值 ${formatValue(target, p.unit, "zh-CN")} 为负数，而数量或金额不能小于零。请填写大于或等于零的目标值。`;
      return `${goalZh(p)}的目标值 ${formatValue(p.target, p.unit, "zh-CN")} 不是有效数字。请填写有限的数字，如 12000。`;
    },
    "goal.percent.range": (p) =>
      `${goalZh(p)}的${fieldLabel(p.field ?? "target", "zh-CN")} ${formatValue(p.value, "percent", "zh-CN")} 超出 0–100% 的范围。请填写 0% 到 100% 之间的百分比（如 5% 或 0.05）。`,
    "goal.baseline.missing": (p) =>
      `${goalZh(p)}没有填写基线值。请填写该指标的起点（如去年的数值）${p.aggregation === "last" ? "：“期末值”类目标的进度从基线起算。" : "，用于判断目标是否合理。"}`,
    "goal.target.not-ambitious": (p) => {
      const [t, b] = [formatValue(p.target, p.unit, "zh-CN"), formatValue(p.baseline, p.unit, "zh-CN")];
      return p.direction === "decrease"
        ? `${goalZh(p)}的目标值 ${t} 不低于基线 ${b}（方向为${directionLabel("decrease", "zh-CN")}）。请降低目标值或把方向改为${directionLabel("increase", "zh-CN")}。`
        : `${goalZh(p)}的目标值 ${t} 不高于基线 ${b}（方向为${directionLabel("increase", "zh-CN")}）。请提高目标值或把方向改为${directionLabel("decrease", "zh-CN")}。`;
    },
    "goal.target.implausible": (p) =>
      `${goalZh(p)}的目标值 ${formatValue(p.target, p.unit, "zh-CN")} 与基线 ${formatValue(p.baseline, p.unit, "zh-CN")} ${typeof p.growth === "number" ? `相差 ${formatPercent(p.growth, "zh-CN")}` : "差距过大"}，超过设置中的最大增幅 MaxGrowth（${formatValue(p.maxGrowth, "percent", "zh-CN")}）。请检查两者是否录错或单位不一致；如确需如此增幅，请调高 MaxGrowth。`,
    "goal.objective.missing": (p) =>
      `${goalZh(p)}未关联战略目标。请填写它所支撑的战略目标编号（见战略目标表），说明该目标为何重要。`,
    "goal.objective.unknown": (p) =>
      `${goalZh(p)}引用的战略目标编号 ${formatText(p.objective, "zh-CN")} 不在战略目标表中。请更正编号或添加该战略目标。`,
    "goal.strategy.missing": (p) => {
      const id = presentText(p.id);
      return `${goalZh(p)}没有支撑策略。请在目标的“支撑策略”中填写策略编号，或在某条策略的“关联目标”中列出${id === null ? "该目标" : ` ${id}`}。`;
    },
    "goal.strategy.unknown": (p) =>
      `${goalZh(p)}引用的策略编号 ${formatText(p.strategy, "zh-CN")} 不在策略表中。请更正编号或添加该策略。`,
    "goal.period.invalid": (p) =>
      p.problem === "not-a-date"
        ? `${goalZh(p)}的${fieldLabel(p.field ?? "start", "zh-CN")} ${formatText(p.date, "zh-CN")} 不是有效日期。请填写真实的日期，如 2027-03-01。`
        : `${goalZh(p)}的开始日期 ${formatText(p.start, "zh-CN")} 晚于截止日期 ${formatText(p.deadline, "zh-CN")}。请更正开始日期或截止日期。`,
    "goal.period.outside-year": (p) => {
      const year = yearText(p.year, "zh-CN");
      return `${goalZh(p)}的${fieldLabel(p.field ?? "deadline", "zh-CN")} ${formatText(p.date, "zh-CN")} 不在计划年度 ${year} 年内。请改为 ${year} 年内的日期（跨年目标请设定本年度的阶段目标）。`;
    },
    "goal.owner.missing": (p) => `${goalZh(p)}没有负责人。请填写对该目标负责的人。`,
    "goal.ratio.components": (p) => {
      const goal = ratioZh(p);
      const field = fieldLabel(p.field ?? "numeratorGoalId", "zh-CN");
      if (p.problem === "one-missing") {
        const other = fieldLabel(
          p.field === "numeratorGoalId" ? "denominatorGoalId" : "numeratorGoalId",
          "zh-CN",
        );
        return `${goal}填写了${other}，但没有填写${field}。请同时填写两者（用其月度数据相除），或都留空以直接跟踪本目标每月的比率。`;
      }
      if (p.problem === "self") return `${goal}的${field}是它自己。请填写另一个目标的编号。`;
      return `${goal}的${field} ${formatText(p.goal, "zh-CN")} 不是已有的目标编号。请填写已有目标的编号。`;
    },
    "goal.ratio.average": (p) =>
      `${ratioZh(p)}未填写分子目标和分母目标，将按其每月数值的平均值跟踪。如需用两个目标的月度数据相除计算，请同时填写两者。`,
    "goal.aggregation.missing": (p) => {
      const metric = presentText(p.metric);
      const why = metric ? `：指标${quoteZh(metric)}不在指标库中，没有默认值` : "";
      return `${goalZh(p)}没有汇总方式${why}。请选择：${listLabels("aggregation", "zh-CN")}。`;
    },
    "phasing.invalid": (p) => {
      const phasing = phasingText(p, "zh-CN");
      switch (p.problem) {
        case "custom-missing":
          return `${goalZh(p)}的分解方式为自定义，但目标分解表中没有它的行。请为它添加一行月度权重，或改为平均分解。${WORDS["zh-CN"].untilLinear}`;
        case "profile-unknown":
          return `${goalZh(p)}的分解方式${quoteZh(phasing)}既不是平均分解、自定义，也不是设置页季节性方案中的方案。请添加该方案或选择已有方案。${WORDS["zh-CN"].untilLinear}`;
        case "negative":
          return `${goalZh(p)}的分解权重（${phasing}）中有负数。请使用大于或等于零的权重。${WORDS["zh-CN"].untilLinear}`;
        case "zero":
          return `${goalZh(p)}的分解权重（${phasing}）在开始日期到截止日期之间的月份合计为零。请至少给其中一个月正的权重，或调整日期。${WORDS["zh-CN"].untilLinear}`;
        default:
          return `${goalZh(p)}的分解方式${quoteZh(phasing)}无法使用。请选择平均分解、自定义或季节性方案。${WORDS["zh-CN"].untilLinear}`;
      }
    },
    "value.percent-scale": (p) =>
      `${quoteZh(formatText(p.text, "zh-CN"))}已按 ${formatValue(p.value, "percent", "zh-CN")} 读取：百分比列中大于 1 的数字视为百分点。请带 % 号输入以免歧义。`,
    "value.text-number": (p) =>
      `${quoteZh(formatText(p.text, "zh-CN"))}是文本，已按 ${readValue(p, "zh-CN")} 读取。请直接输入数字，以便 Excel 公式也能使用（显示方式由单元格格式负责）。`,
    "value.error": (p) =>
      `单元格为 Excel 错误值 ${formatText(p.text, "zh-CN")}，已按空白处理。请修正导致该错误的公式或数值。`,
    "value.invalid": (p) => {
      const e = expected(p, "zh-CN");
      return `${quoteZh(formatText(p.text, "zh-CN"))}不是有效的${e.what}，已按空白处理。${e.todo}`;
    },
    "actual.invalid": (p) => {
      const what = formatText(p.text, "zh-CN");
      return `目标 ${formatText(p.goal, "zh-CN")} 的${monthText(p.month, "zh-CN")}实际值${quoteZh(what)}不是数字。请填写数字；暂无数据请留空。`;
    },
    "actual.unknown-goal": (p) => {
      const goal = presentText(p.goal);
      return goal === null
        ? "该月度数据行有数值但没有目标编号，不会被计算。请填写所属目标的编号。"
        : `月度数据中的目标编号 ${goal} 在目标表中不存在，该行数据不会被计算。请更正编号或在目标表中添加该目标。`;
    },
    "actual.duplicate": (p) =>
      `目标 ${formatText(p.goal, "zh-CN")} 在月度数据表上方已有一行；进度只读取那一行，此行数值不会被计算。请把数值移到第一行并删除此行。`,
    "objective.no-goals": (p) =>
      `战略目标 ${formatText(p.id, "zh-CN")} 没有关联任何目标。请至少为其关联一个目标（在目标表中填写战略目标编号），或删除该战略目标。`,
    "strategy.no-goals": (p) =>
      `策略 ${formatText(p.id, "zh-CN")} 没有关联任何目标。请在“关联目标”中列出它支撑的目标（或在目标的“支撑策略”中填写该策略编号），或删除该策略。`,
    "sheet.table.missing": (p) => {
      const sheet = presentText(p.sheet);
      return `找不到表格 ${formatText(p.table, "zh-CN")}${sheet ? `（应在工作表${quoteZh(sheet)}中）` : ""}。请恢复该表格（例如从新生成的工作簿中复制），并保持表格名称不变：程序按名称查找表格。`;
    },
    "sheet.column.missing": (p) =>
      `表格 ${formatText(p.table, "zh-CN")} 缺少${quoteZh(formatText(p.column, "zh-CN"))}列。请在表格中加回该表头的列（中英文表头均可）。`,
    "sheet.table.renamed": (p) =>
      `工作表${quoteZh(formatText(p.sheet, "zh-CN"))}中的表格${quoteZh(formatText(p.found, "zh-CN"))}因表头相符，已作为 ${formatText(p.table, "zh-CN")} 读取。请将表格名称改为 ${formatText(p.table, "zh-CN")}（表设计 → 表名称），以便始终能找到它。`,
    "sheet.table.recovered": (p) =>
      `工作表${quoteZh(formatText(p.sheet, "zh-CN"))}中的表格 ${formatText(p.table, "zh-CN")} 已被移除（有些软件保存时会丢掉表格），已按表头行读取。请选中这些单元格按 Ctrl+T（插入 → 表格），并命名为 ${formatText(p.table, "zh-CN")}，以便直接找到它。`,
    "sheet.rows.outside-table": (p) => {
      const rows =
        p.first === p.last ? `第 ${rowText(p.first)} 行` : `第 ${rowText(p.first)}–${rowText(p.last)} 行`;
      return `工作表${quoteZh(formatText(p.sheet, "zh-CN"))}中${rows}紧接在表格 ${formatText(p.table, "zh-CN")} 下方，但不在表格内；已作为该表格的行读取。请把表格扩展到这些行（拖动表格右下角的控点，或 表设计 → 调整表格大小），让公式也覆盖它们。`;
    },
  },
});

/** A sheet row number as Excel shows it (no thousands separator). */
function rowText(value: unknown): string {
  return presentText(value) ?? "?";
}

/** Every rule's message, per language; campaign.* and budget.* come from the calendar module. */
export const MESSAGES: Readonly<Record<Language, RuleTexts<RuleId>>> = {
  en: { ...OWN_MESSAGES.en, ...CALENDAR_MESSAGES.en },
  "zh-CN": { ...OWN_MESSAGES["zh-CN"], ...CALENDAR_MESSAGES["zh-CN"] },
};

function hasMessage(rule: string): rule is RuleId {
  return Object.hasOwn(MESSAGES.en, rule);
}

/**
 * The finding's message in `lang`. The row's ref stands in for a missing `id` param; a rule this
 * version does not know (a finding from a newer tool) still gets a readable line.
 */
export function formatFinding(finding: Finding, lang: Language): string {
  const params: MessageParams = { id: finding.ref, ...(finding.params ?? {}) };
  // A finding's params are whatever it carries (it may come from a file): the message reads them by name.
  if (hasMessage(finding.rule)) return (MESSAGES[lang][finding.rule] as (p: MessageParams) => string)(params);
  return UNKNOWN_RULE[lang].message(finding.rule, presentText(finding.ref));
}

const UNKNOWN_RULE = defineMessages({
  en: {
    message: (rule: string, ref: string | null) =>
      `Check ${rule}${ref ? ` on ${ref}` : ""}: this version has no description for it.`,
  },
  "zh-CN": {
    message: (rule, ref) => `检查项 ${rule}${ref ? `（${ref}）` : ""}：当前版本没有该检查项的说明。`,
  },
});
