import type { Language } from "@planbook/core";
import { labelsIn, SEVERITY_GROUP_LABELS, SMART_LABELS } from "@planbook/core/labels";
import { defineMessages } from "@planbook/core/text";

/**
 * Every text the add-in shows (task pane, ribbon commands, dialog) in both languages. Enum
 * labels (dimensions, statuses) come from @planbook/core so the pane says what the cells say.
 */
export const STRINGS = defineMessages({
  en: {
    appTitle: "Planbook",
    tagline: "Check SMART goals and track the annual plan.",
    actionsLabel: "Planbook actions",
    validate: "Validate goals",
    refresh: "Refresh progress",
    create: "Create plan sheets",
    validating: "Validating goals…",
    refreshing: "Refreshing progress…",
    creating: "Creating plan sheets…",
    selecting: (where: string) => `Selecting ${where}…`,
    selected: (where: string) => `Selected ${where}.`,
    validated: (errors: number, warnings: number, infos: number) =>
      `Validation finished: ${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}, ${plural(infos, "note", "notes")}.`,
    noFindings: "No findings: every goal passes the checks.",
    liveCheck: "Live check",
    liveCheckHelp: "Checks goals as you type, on the plan sheets of this workbook.",
    liveStarting: "Turning on Live check…",
    liveOn: "Live check is on: goals are checked as you type.",
    liveOff: "Live check is off.",
    liveChecked: (errors: number, warnings: number, infos: number) =>
      `Checked as you typed: ${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}, ${plural(infos, "note", "notes")}.`,
    refreshed: (month: string) => `Progress updated to ${month}.`,
    refreshedNoData: "Progress updated. There are no monthly actuals yet.",
    created: (brand: string, year: number) => `Plan sheets created for ${brand} ${year}.`,
    findingsHeading: "Findings",
    findingsEmpty: "Press Validate goals to check the plan.",
    severity: labelsIn(SEVERITY_GROUP_LABELS, "en"),
    smart: labelsIn(SMART_LABELS, "en"),
    smartNone: "Other checks",
    goTo: (message: string, where: string) => `${message} Go to ${where}.`,
    noCell: "no cell",
    progressHeading: "Progress",
    progressEmpty: "Press Refresh progress to see year-to-date attainment.",
    brand: "Brand",
    asOf: "As of",
    asOfNone: "no actuals yet",
    overall: "Overall",
    leftOut: (n: number) =>
      `${plural(n, "goal", "goals")} left out: status Check inputs means an input cannot be read. Validate goals shows which cell to fix.`,
    dimension: "Dimension",
    goal: "Goal",
    metric: "Metric",
    attainment: "Attainment",
    status: "Status",
    goalsCaption: "Goals",
    goalsChartHint: "Select a goal ID to show that goal in the Dashboard's monthly chart.",
    chartGoal: (goal: string) => `Show ${goal} in the monthly chart`,
    charting: (goal: string) => `Showing ${goal} in the monthly chart…`,
    charted: (goal: string) => `The Dashboard's monthly chart now shows ${goal}.`,
    dimensionsCaption: "By dimension",
    monthName: (m: number) =>
      [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
      ][m - 1] ?? String(m),
    createHeading: "Create plan sheets",
    createHelp: "Adds the Planbook sheets and tables to this workbook. Existing sheets are left as they are.",
    brandName: "Brand name",
    industry: "Industry (optional)",
    planYear: "Plan year",
    createSubmit: "Create sheets",
    cancel: "Cancel",
    brandMissing: "Enter the brand name.",
    yearInvalid: "Enter a plan year between 2000 and 2100.",
    tablesMissing: (tables: string) =>
      `This workbook has no Planbook tables yet (missing: ${tables}). Create the plan sheets to start.`,
    timeout: (seconds: number) =>
      `Excel did not answer within ${seconds} seconds. Check your connection, then try again.`,
    sheetMissing: (where: string) =>
      `Could not go to ${where}: the sheet was renamed or deleted. Validate again to update the list.`,
    unexpected: (detail: string) =>
      `Something went wrong: ${detail}. Try again; if it keeps happening, reload the add-in.`,
    officeMissing: "Office.js did not start. Open Planbook from Excel: Home › Planbook.",
    dismiss: "Dismiss",
    close: "Close",
    commandValidatedTitle: "Goals validated",
    commandRefreshedTitle: "Progress refreshed",
    commandFailedTitle: "Planbook could not finish",
    commandOpenPane: "Open the Planbook pane (Home › Planbook) to see the list and jump to each cell.",
  },
  "zh-CN": {
    appTitle: "Planbook 年度计划",
    tagline: "校验 SMART 目标，跟踪年度计划进度。",
    actionsLabel: "Planbook 操作",
    validate: "校验目标",
    refresh: "刷新进度",
    create: "创建计划工作表",
    validating: "正在校验目标…",
    refreshing: "正在刷新进度…",
    creating: "正在创建计划工作表…",
    selecting: (where) => `正在定位到 ${where}…`,
    selected: (where) => `已选中 ${where}。`,
    validated: (errors, warnings, infos) =>
      `校验完成：${errors} 个错误，${warnings} 个警告，${infos} 条提示。`,
    noFindings: "未发现问题：所有目标均通过校验。",
    liveCheck: "实时检查",
    liveCheckHelp: "在本工作簿的计划工作表中边输入边检查目标。",
    liveStarting: "正在开启实时检查…",
    liveOn: "实时检查已开启：输入时即检查目标。",
    liveOff: "实时检查已关闭。",
    liveChecked: (errors, warnings, infos) =>
      `已随输入检查：${errors} 个错误，${warnings} 个警告，${infos} 条提示。`,
    refreshed: (month) => `进度已更新至${month}。`,
    refreshedNoData: "进度已更新。目前还没有月度实际数据。",
    created: (brand, year) => `已为 ${brand} 创建 ${year} 年计划工作表。`,
    findingsHeading: "校验结果",
    findingsEmpty: "点击“校验目标”检查计划。",
    severity: labelsIn(SEVERITY_GROUP_LABELS, "zh-CN"),
    smart: labelsIn(SMART_LABELS, "zh-CN"),
    smartNone: "其他检查",
    goTo: (message, where) => `${message} 跳转到 ${where}。`,
    noCell: "无单元格",
    progressHeading: "进度",
    progressEmpty: "点击“刷新进度”查看累计达成情况。",
    brand: "品牌",
    asOf: "截至",
    asOfNone: "暂无实际数据",
    overall: "整体",
    leftOut: (n: number) =>
      `${n} 个目标未计入：状态“待修正”表示有输入无法读取，运行“校验目标”可查看需修正的单元格。`,
    dimension: "维度",
    goal: "目标",
    metric: "指标",
    attainment: "达成率",
    status: "状态",
    goalsCaption: "目标",
    goalsChartHint: "点击目标编号，可在进度看板的月度图表中查看该目标。",
    chartGoal: (goal) => `在月度图表中显示 ${goal}`,
    charting: (goal) => `正在把 ${goal} 显示到月度图表…`,
    charted: (goal) => `进度看板的月度图表已显示 ${goal}。`,
    dimensionsCaption: "按维度",
    monthName: (m) => `${m}月`,
    createHeading: "创建计划工作表",
    createHelp: "在此工作簿中添加 Planbook 工作表和表格，已有的工作表保持不变。",
    brandName: "品牌名称",
    industry: "所属行业（选填）",
    planYear: "计划年份",
    createSubmit: "创建工作表",
    cancel: "取消",
    brandMissing: "请输入品牌名称。",
    yearInvalid: "请输入 2000 到 2100 之间的计划年份。",
    tablesMissing: (tables) => `此工作簿还没有 Planbook 表格（缺少：${tables}）。请先创建计划工作表。`,
    timeout: (seconds) => `Excel 在 ${seconds} 秒内没有响应。请检查网络连接后重试。`,
    sheetMissing: (where) => `无法跳转到 ${where}：该工作表已被重命名或删除。请重新校验以更新列表。`,
    unexpected: (detail) => `出现问题：${detail}。请重试；如果问题持续，请重新加载加载项。`,
    officeMissing: "Office.js 未能启动。请在 Excel 中打开 Planbook：开始 › 计划面板。",
    dismiss: "关闭提示",
    close: "关闭",
    commandValidatedTitle: "目标校验完成",
    commandRefreshedTitle: "进度已刷新",
    commandFailedTitle: "Planbook 未能完成操作",
    commandOpenPane: "打开 Planbook 面板（开始 › 计划面板）查看完整列表并跳转到对应单元格。",
  },
});

export type Strings = (typeof STRINGS)["en"];

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function strings(lang: Language): Strings {
  return STRINGS[lang];
}

/**
 * The pane's language from Office's display language (`zh-CN`, `zh-Hans-CN`, `en-US` …):
 * any Chinese locale gets zh-CN, everything else English.
 */
export function languageOf(displayLanguage: string | null | undefined): Language {
  return /^zh\b/i.test((displayLanguage ?? "").trim()) ? "zh-CN" : "en";
}
