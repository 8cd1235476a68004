import { defineMessages, ENUM_LABELS, GoalStatus, type Language } from "@planbook/core";
import { type RgbHex, STATUS_COLOURS } from "./colours";
import { CAPTION_CELL_FONT, type CellFont, TITLE_CELL_FONT } from "./fonts";
import { SHEETS } from "./spec";

/** What each sheet is for, by sheet key of the layout spec (our own words). */
const SHEET_PURPOSE = defineMessages({
  en: {
    guide: "This page.",
    dashboard:
      "Progress of the whole brand, each dimension, objective and channel — computed, nothing to type.",
    review: "Last year in numbers: KPI targets against results, what went well, what did not and why.",
    insights: "Platform and industry trends, competitors, and the personas you serve.",
    objectives: "The few things new media must achieve for the company this year; goals hang under them.",
    goals: "Quantified SMART goals in four dimensions. Grey columns on the right are computed.",
    phasing: "Monthly weights for goals whose Phasing is Custom.",
    actuals: "The monthly numbers from your platforms, one row per goal. Blank means no data yet.",
    strategies: "How the goals will be reached, and which goals each strategy serves.",
    channels: "Your channel matrix: every account, its role and cadence.",
    campaigns:
      "The campaign calendar; the year's key dates are prefilled as ideas. The week grid on the right draws each campaign.",
    content: "Planned posts through topic → planning → creating → review → published.",
    budget: "Planned spend by quarter and actual spend.",
    risks: "Risks and what you will do if they happen.",
    settings: "Plan year, brand, currency, as-of month, status thresholds and seasonality profiles.",
    meta: "",
  },
  "zh-CN": {
    guide: "本页。",
    dashboard: "品牌整体及各维度、战略目标、渠道的进度，全部自动计算，无需填写。",
    review: "用数字回顾上一年：KPI 目标与结果、亮点与不足及其原因。",
    insights: "平台与行业趋势、竞品动态，以及目标用户画像。",
    objectives: "今年新媒体要为公司达成的少数几件大事，各项目标归属于它们。",
    goals: "四个维度的 SMART 量化目标。右侧灰色列自动计算。",
    phasing: "分解方式为“自定义”的目标的月度权重。",
    actuals: "平台后台的月度数据，每个目标一行。留空表示尚无数据。",
    strategies: "目标如何达成，以及每条策略支撑哪些目标。",
    channels: "渠道矩阵：每个账号的角色与更新节奏。",
    campaigns: "活动日历；全年营销节点已预填为“创意”。右侧周视图自动画出每个活动的时间条。",
    content: "按 选题→策划→创作→审核→发布 推进的内容排期。",
    budget: "按季度的计划投入与实际花费。",
    risks: "风险及其应对预案。",
    settings: "计划年度、品牌、币种、统计截至月份、状态阈值与季节性方案。",
    meta: "",
  },
});

/**
 * The Guide's own text. A block (fill, buttons, marks) is a heading and items in order, each a
 * short label (step, button, mark) and its text; statuses give the meaning of each status (labels
 * and colours come from the status list).
 */
const GUIDE_TEXT = defineMessages({
  en: {
    title: "Annual new-media plan · Guide",
    intro:
      "This workbook breaks the annual plan into tables: review and insights first, then objectives and quantified goals, then strategies, channels, campaigns and content.",
    sheets: "What each sheet is for",
    fill: {
      heading: "How to fill it in",
      items: {
        step1: {
          label: "1",
          text: "In Objectives, write this year's few strategic objectives and their weights.",
        },
        step2: {
          label: "2",
          text: "In Goals, one quantified goal per row: dimension, metric, target, baseline, period and phasing. You fill the white columns; the grey ones are computed — do not type over them.",
        },
        step3: {
          label: "3",
          text: "Each month, enter every goal's actual value in Actuals. Leave months without data blank: blank is not zero.",
        },
        step4: {
          label: "4",
          text: "For a goal with its own monthly rhythm choose Phasing = Custom and enter monthly weights in Phasing, or pick a seasonality profile from Settings.",
        },
        step5: {
          label: "5",
          text: "Dropdowns offer the allowed values; number cells take 120000 or 5% as typed.",
        },
      },
    },
    buttons: {
      heading: "Ribbon buttons (with the Planbook add-in installed)",
      items: {
        validate: {
          label: "Validate goals",
          text: "Checks every goal against SMART, writes the first problem into the Check column and marks the cells concerned.",
        },
        refresh: {
          label: "Refresh progress",
          text: "Recomputes YTD target, YTD actual, attainment, status and forecast, and updates the Dashboard.",
        },
        taskPane: {
          label: "Planbook",
          text: "Opens the task pane with the list of findings and a progress overview.",
        },
        withoutAddin: {
          label: "",
          text: "Without the add-in, the formulas in the grey columns and on the Dashboard still compute.",
        },
      },
    },
    marks: {
      heading: "Marks",
      items: {
        needsInput: {
          label: "⚠",
          text: "Something in the row cannot be computed (a number typed as text, an Aggregation not recognised …): check the white columns.",
        },
        complete: {
          label: "✓",
          text: "The row has what progress needs. After Validate goals, Check shows the first finding's message instead.",
        },
      },
    },
    statuses: {
      heading: "Statuses and colours",
      meaning: {
        achieved:
          "The target is reached (a stay-under total, an average or a ratio is judged at its deadline month).",
        on_track:
          "Attainment at or above the on-track threshold in Settings (95% by default), or data but nothing to compare yet.",
        at_risk:
          "Attainment below the on-track threshold but at or above the at-risk threshold (80% by default).",
        off_track: "Attainment below the at-risk threshold: change the approach or the resources.",
        not_started: "No actual data up to the as-of month yet.",
        check:
          "An input cannot be read (e.g. a Target typed as words, a missing month column, unusable phasing), so no status is computed; left out of the roll-ups — see the Check column.",
      },
    },
  },
  "zh-CN": {
    title: "新媒体年度计划 · 使用说明",
    intro:
      "本工作簿把年度计划拆成若干张表：先复盘与洞察，再定战略目标和量化目标，最后落到策略、渠道、活动与内容。",
    sheets: "各工作表的用途",
    fill: {
      heading: "如何填写",
      items: {
        step1: { label: "1", text: "在“战略目标”中写下今年的几项战略目标及其权重。" },
        step2: {
          label: "2",
          text: "在“目标”中每行填写一个量化目标：维度、指标、目标值、基线值、起止日期与分解方式；白色列由你填写，灰色列自动计算，请勿覆盖。",
        },
        step3: { label: "3", text: "每月在“月度数据”中填入各目标的实际值；没有数据的月份请留空，不要填 0。" },
        step4: {
          label: "4",
          text: "需要按月自定义节奏的目标，分解方式选“自定义”并在“目标分解”中填写各月权重；也可以选用“设置”中的季节性方案。",
        },
        step5: { label: "5", text: "下拉列表提供可选值；数字列可直接输入 120000（显示为 12.0万）或 5%。" },
      },
    },
    buttons: {
      heading: "功能区按钮（安装 Planbook 加载项后可用）",
      items: {
        validate: {
          label: "校验目标",
          text: "按 SMART 原则检查每个目标，把问题写进“校验”列并标出对应单元格。",
        },
        refresh: {
          label: "刷新进度",
          text: "重新计算累计目标、累计实际、达成率、状态与年末预测，并更新进度看板。",
        },
        taskPane: { label: "Planbook", text: "打开任务窗格，查看问题清单和进度概览。" },
        withoutAddin: { label: "", text: "没有加载项时，灰色列和进度看板中的公式同样会自动计算。" },
      },
    },
    marks: {
      heading: "标记说明",
      items: {
        needsInput: {
          label: "⚠",
          text: "该行有无法计算的输入（如数字被写成文本、汇总方式无法识别），请检查白色列。",
        },
        complete: {
          label: "✓",
          text: "该行计算所需的内容已填写完整。运行“校验目标”后，“校验”列显示第一条问题的说明。",
        },
      },
    },
    statuses: {
      heading: "状态与颜色",
      meaning: {
        achieved: "已达到目标值（“控制在以内”的累计目标、平均值和比率目标到截止月份才判定）。",
        on_track: "达成率不低于“设置”中的正常阈值（默认 95%），或已有数据但尚无可比的累计目标。",
        at_risk: "达成率低于正常阈值、但不低于风险阈值（默认 80%）。",
        off_track: "达成率低于风险阈值，需要调整打法或资源。",
        not_started: "截至统计月份还没有实际数据。",
        check:
          "有输入无法读取（如目标值写成文字、缺少月份列、分解方式无效），状态无法计算；不计入汇总，请按“校验”列修正。",
      },
    },
  },
});

/**
 * The Guide, line by line, in the order every renderer writes it: a title, headings, and items of
 * a short label (sheet, step, button, mark, status) with its text; `gap` is an empty row. Each
 * says its look, so renderers only apply it: a status item's label is filled with that status's colour.
 */
export type GuideLine =
  | { kind: "title" | "heading"; text: string; font: CellFont }
  | { kind: "item"; label: string; text: string; labelFont: CellFont; status?: GoalStatus; fill?: RgbHex }
  | { kind: "gap" };

/** Labels of the Guide's items: bold, beside their regular text. */
const GUIDE_LABEL_FONT: CellFont = { bold: true };

/** Width (characters) of the Guide's label and text columns. */
export const GUIDE_COLUMN_WIDTHS = { label: 20, text: 96 } as const;

export function guideLines(lang: Language): GuideLine[] {
  const text = GUIDE_TEXT[lang];
  const lines: GuideLine[] = [];
  const heading = (value: string): void => {
    lines.push({ kind: "heading", text: value, font: CAPTION_CELL_FONT });
  };
  const item = (label: string, value: string): void => {
    lines.push({ kind: "item", label, text: value, labelFont: GUIDE_LABEL_FONT });
  };
  const block = (b: {
    heading: string;
    items: Readonly<Record<string, { label: string; text: string }>>;
  }) => {
    lines.push({ kind: "gap" });
    heading(b.heading);
    for (const { label, text: value } of Object.values(b.items)) item(label, value);
  };

  lines.push({ kind: "title", text: text.title, font: TITLE_CELL_FONT });
  item("", text.intro);
  lines.push({ kind: "gap" });
  heading(text.sheets);
  for (const sheet of SHEETS) {
    const purposes: Readonly<Record<string, string>> = SHEET_PURPOSE[lang];
    const purpose = purposes[sheet.key];
    if (purpose) item(sheet.name[lang], purpose);
  }
  block(text.fill);
  block(text.buttons);
  block(text.marks);
  lines.push({ kind: "gap" });
  heading(text.statuses.heading);
  for (const status of GoalStatus.options) {
    lines.push({
      kind: "item",
      label: ENUM_LABELS.goalStatus[status][lang],
      text: text.statuses.meaning[status],
      labelFont: GUIDE_LABEL_FONT,
      status,
      fill: STATUS_COLOURS[status],
    });
  }
  return lines;
}
