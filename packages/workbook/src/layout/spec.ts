import { MONTHS_EN, monthLabel } from "@planbook/core";
import type { ColumnSpec, SettingSpec, SheetSpec, TableName, TableSpec } from "./types";

/**
 * The one description of the plan workbook (docs/design.md#workbook-contract). Every renderer (exceljs, Office.js)
 * and every reader derives from this; nothing else may describe a table.
 */

const goalIdColumn: ColumnSpec = {
  key: "goalId",
  header: { en: "Goal ID", "zh-CN": "目标编号" },
  kind: { type: "id" },
  required: true,
  width: 12,
};

function monthColumns(kind: ColumnSpec["kind"]): ColumnSpec[] {
  return MONTHS_EN.map((_, i) => ({
    key: `months.${i}`,
    header: { en: monthLabel(i + 1, "en"), "zh-CN": monthLabel(i + 1, "zh-CN") },
    aliases: [String(i + 1), `M${i + 1}`],
    kind,
    required: true,
    width: 10,
  }));
}

const ownerColumn: ColumnSpec = {
  key: "owner",
  header: { en: "Owner", "zh-CN": "负责人" },
  kind: { type: "text" },
  width: 12,
};

export const goalsTable: TableSpec = {
  name: "tblGoals",
  collection: "goals",
  caption: { en: "Goals", "zh-CN": "目标" },
  help: {
    en: "One row per quantified goal. Fill the white columns; the grey columns on the right are computed by Planbook.",
    "zh-CN": "每行一个量化目标。填写白色列；右侧灰色列由 Planbook 自动计算。",
  },
  required: true,
  columns: [
    {
      key: "id",
      header: { en: "Goal ID", "zh-CN": "目标编号" },
      kind: { type: "id" },
      required: true,
      width: 10,
    },
    {
      key: "objectiveId",
      header: { en: "Objective ID", "zh-CN": "战略目标编号" },
      kind: { type: "id" },
      required: true,
      width: 12,
    },
    {
      key: "dimension",
      header: { en: "Dimension", "zh-CN": "维度" },
      kind: { type: "enum", list: "dimension" },
      invalidRule: "goal.dimension.invalid",
      required: true,
      width: 16,
    },
    {
      key: "metric",
      header: { en: "Metric", "zh-CN": "指标" },
      kind: { type: "text" },
      required: true,
      width: 20,
    },
    {
      key: "channel",
      header: { en: "Channel", "zh-CN": "渠道" },
      kind: { type: "text" },
      required: true,
      width: 14,
    },
    {
      key: "unit",
      header: { en: "Unit", "zh-CN": "单位" },
      kind: { type: "enum", list: "unit" },
      required: true,
      width: 10,
    },
    {
      key: "aggregation",
      header: { en: "Aggregation", "zh-CN": "汇总方式" },
      kind: { type: "enum", list: "aggregation" },
      required: true,
      width: 12,
    },
    {
      key: "direction",
      header: { en: "Direction", "zh-CN": "方向" },
      kind: { type: "enum", list: "direction" },
      required: true,
      width: 10,
    },
    {
      key: "baseline",
      header: { en: "Baseline", "zh-CN": "基线值" },
      kind: { type: "goalValue" },
      required: true,
      width: 12,
    },
    {
      key: "target",
      header: { en: "Target", "zh-CN": "目标值" },
      kind: { type: "goalValue" },
      invalidRule: "goal.target.invalid",
      required: true,
      width: 12,
    },
    {
      key: "start",
      header: { en: "Start", "zh-CN": "开始日期" },
      kind: { type: "date" },
      required: true,
      width: 12,
    },
    {
      key: "deadline",
      header: { en: "Deadline", "zh-CN": "截止日期" },
      kind: { type: "date" },
      required: true,
      width: 12,
    },
    {
      key: "phasing",
      header: { en: "Phasing", "zh-CN": "分解方式" },
      kind: { type: "phasing" },
      required: true,
      width: 14,
    },
    { ...ownerColumn, required: true },
    {
      key: "strategyIds",
      header: { en: "Strategy IDs", "zh-CN": "支撑策略" },
      kind: { type: "idList" },
      required: true,
      width: 14,
    },
    {
      key: "numeratorGoalId",
      header: { en: "Numerator Goal", "zh-CN": "分子目标" },
      kind: { type: "id" },
      width: 12,
    },
    {
      key: "denominatorGoalId",
      header: { en: "Denominator Goal", "zh-CN": "分母目标" },
      kind: { type: "id" },
      width: 12,
    },
    { key: "weight", header: { en: "Weight", "zh-CN": "权重" }, kind: { type: "decimal" }, width: 8 },
    { key: "notes", header: { en: "Notes", "zh-CN": "备注" }, kind: { type: "text" }, width: 24 },
    {
      key: "ytdTarget",
      header: { en: "YTD Target", "zh-CN": "累计目标" },
      kind: { type: "formula", formula: "ytdTarget" },
      toolOwned: true,
      width: 12,
    },
    {
      key: "ytdActual",
      header: { en: "YTD Actual", "zh-CN": "累计实际" },
      kind: { type: "formula", formula: "ytdActual" },
      toolOwned: true,
      width: 12,
    },
    {
      key: "attainment",
      header: { en: "Attainment", "zh-CN": "达成率" },
      kind: { type: "formula", formula: "attainment" },
      toolOwned: true,
      width: 10,
    },
    {
      key: "progress",
      header: { en: "Progress", "zh-CN": "完成度" },
      kind: { type: "formula", formula: "progress" },
      toolOwned: true,
      width: 10,
    },
    {
      key: "status",
      header: { en: "Status", "zh-CN": "状态" },
      kind: { type: "formula", formula: "status" },
      toolOwned: true,
      width: 10,
    },
    {
      key: "forecast",
      header: { en: "Forecast", "zh-CN": "年末预测" },
      kind: { type: "formula", formula: "forecast" },
      toolOwned: true,
      width: 12,
    },
    {
      key: "check",
      header: { en: "Check", "zh-CN": "校验" },
      kind: { type: "formula", formula: "check" },
      toolOwned: true,
      width: 28,
    },
    {
      key: "phaseShare",
      header: { en: "Phase Share", "zh-CN": "分解进度" },
      kind: { type: "formula", formula: "phaseShare" },
      toolOwned: true,
      hidden: true,
      width: 10,
    },
    {
      key: "rollupWeight",
      header: { en: "Roll-up Weight", "zh-CN": "汇总权重" },
      kind: { type: "formula", formula: "rollupWeight" },
      toolOwned: true,
      hidden: true,
      width: 10,
    },
    {
      key: "rollupScore",
      header: { en: "Roll-up Score", "zh-CN": "汇总得分" },
      kind: { type: "formula", formula: "rollupScore" },
      toolOwned: true,
      hidden: true,
      width: 10,
    },
  ],
};

const actualsTable: TableSpec = {
  name: "tblActuals",
  collection: "actuals",
  caption: { en: "Monthly actuals", "zh-CN": "月度数据" },
  help: {
    en: "One row per goal: the month's value as your platform reports it. Leave a month blank when there is no data yet (blank is not zero).",
    "zh-CN": "每个目标一行，填写平台后台当月数据。尚无数据的月份请留空（空白不等于 0）。",
  },
  required: true,
  columns: [
    goalIdColumn,
    ...monthColumns({ type: "goalValue" }).map((c) => ({ ...c, invalidRule: "actual.invalid" as const })),
  ],
};

const phasingTable: TableSpec = {
  name: "tblPhasing",
  collection: "phasing",
  caption: { en: "Custom phasing", "zh-CN": "目标分解" },
  help: {
    en: "For goals with Phasing = Custom: monthly weights or monthly targets. Planbook normalises them, so only the proportions matter.",
    "zh-CN": "分解方式为“自定义”的目标在此填写各月权重或月度目标，系统按比例归一化。",
  },
  required: false,
  columns: [goalIdColumn, ...monthColumns({ type: "decimal" })],
};

const objectivesTable: TableSpec = {
  name: "tblObjectives",
  collection: "objectives",
  caption: { en: "Strategic objectives", "zh-CN": "战略目标" },
  help: {
    en: "What new media must achieve for the company this year, and how much each objective weighs.",
    "zh-CN": "新媒体今年要为公司战略达成什么，以及各战略目标的权重。",
  },
  required: true,
  columns: [
    {
      key: "id",
      header: { en: "Objective ID", "zh-CN": "战略目标编号" },
      kind: { type: "id" },
      required: true,
      width: 12,
    },
    {
      key: "objective",
      header: { en: "Objective", "zh-CN": "战略目标" },
      kind: { type: "text" },
      required: true,
      width: 36,
    },
    { key: "role", header: { en: "Role", "zh-CN": "定位" }, kind: { type: "text" }, width: 28 },
    { key: "weight", header: { en: "Weight", "zh-CN": "权重" }, kind: { type: "decimal" }, width: 8 },
  ],
};

const strategiesTable: TableSpec = {
  name: "tblStrategies",
  collection: "strategies",
  caption: { en: "Strategies", "zh-CN": "策略" },
  help: {
    en: "How the goals will be reached: content, growth & retention, private domain, channel matrix, campaigns.",
    "zh-CN": "目标如何达成：内容、增长与留存、私域、渠道矩阵、活动。",
  },
  required: true,
  columns: [
    {
      key: "id",
      header: { en: "Strategy ID", "zh-CN": "策略编号" },
      kind: { type: "id" },
      required: true,
      width: 10,
    },
    {
      key: "area",
      header: { en: "Area", "zh-CN": "策略类别" },
      kind: { type: "enum", list: "strategyArea" },
      width: 16,
    },
    { key: "strategy", header: { en: "Strategy", "zh-CN": "策略" }, kind: { type: "text" }, width: 28 },
    { key: "description", header: { en: "Description", "zh-CN": "说明" }, kind: { type: "text" }, width: 36 },
    { key: "goalIds", header: { en: "Goal IDs", "zh-CN": "关联目标" }, kind: { type: "idList" }, width: 14 },
    ownerColumn,
    {
      key: "keyActions",
      header: { en: "Key Actions", "zh-CN": "关键动作" },
      kind: { type: "text" },
      width: 36,
    },
  ],
};

const channelsTable: TableSpec = {
  name: "tblChannels",
  collection: "channels",
  caption: { en: "Channel matrix", "zh-CN": "渠道矩阵" },
  help: {
    en: "Every account you run: its platform, positioning, role in the matrix and cadence.",
    "zh-CN": "运营的每个账号：平台、定位、在矩阵中的角色与更新频次。",
  },
  required: true,
  columns: [
    {
      key: "channel",
      header: { en: "Channel", "zh-CN": "渠道" },
      kind: { type: "id" },
      required: true,
      width: 14,
    },
    { key: "platform", header: { en: "Platform", "zh-CN": "平台" }, kind: { type: "text" }, width: 14 },
    { key: "account", header: { en: "Account", "zh-CN": "账号" }, kind: { type: "text" }, width: 18 },
    { key: "positioning", header: { en: "Positioning", "zh-CN": "定位" }, kind: { type: "text" }, width: 28 },
    {
      key: "role",
      header: { en: "Role", "zh-CN": "角色" },
      kind: { type: "enum", list: "channelRole" },
      width: 10,
    },
    {
      key: "postsPerWeek",
      header: { en: "Posts per Week", "zh-CN": "周更频次" },
      kind: { type: "decimal" },
      width: 10,
    },
    ownerColumn,
    {
      key: "followersBaseline",
      header: { en: "Followers Baseline", "zh-CN": "粉丝基数" },
      kind: { type: "count" },
      width: 12,
    },
    {
      key: "maxConcurrentCampaigns",
      header: { en: "Max Concurrent Campaigns", "zh-CN": "活动并发上限" },
      kind: { type: "count" },
      width: 12,
    },
  ],
};

export const campaignsTable: TableSpec = {
  name: "tblCampaigns",
  collection: "campaigns",
  beside: "weekView",
  caption: { en: "Campaign calendar", "zh-CN": "活动日历" },
  help: {
    en: "The year's campaigns around key dates. Key dates are prefilled as ideas: set a campaign to Planned when you commit to it.",
    "zh-CN": "围绕营销节点的全年活动。营销节点已预填为“创意”，确定执行后改为“已计划”。",
  },
  required: true,
  columns: [
    {
      key: "id",
      header: { en: "Campaign ID", "zh-CN": "活动编号" },
      kind: { type: "id" },
      required: true,
      width: 10,
    },
    { key: "name", header: { en: "Campaign", "zh-CN": "活动名称" }, kind: { type: "text" }, width: 24 },
    { key: "type", header: { en: "Type", "zh-CN": "类型" }, kind: { type: "text" }, width: 12 },
    { key: "keyDate", header: { en: "Key Date", "zh-CN": "营销节点" }, kind: { type: "text" }, width: 14 },
    {
      key: "start",
      header: { en: "Start", "zh-CN": "开始日期" },
      kind: { type: "date" },
      required: true,
      width: 12,
    },
    {
      key: "end",
      header: { en: "End", "zh-CN": "结束日期" },
      kind: { type: "date" },
      required: true,
      width: 12,
    },
    { key: "channels", header: { en: "Channels", "zh-CN": "渠道" }, kind: { type: "idList" }, width: 18 },
    { key: "goalIds", header: { en: "Goal IDs", "zh-CN": "关联目标" }, kind: { type: "idList" }, width: 12 },
    { key: "budget", header: { en: "Budget", "zh-CN": "预算" }, kind: { type: "currency" }, width: 12 },
    ownerColumn,
    {
      key: "status",
      header: { en: "Status", "zh-CN": "状态" },
      kind: { type: "enum", list: "campaignStatus" },
      width: 10,
    },
  ],
};

const contentTable: TableSpec = {
  name: "tblContent",
  collection: "content",
  caption: { en: "Content calendar", "zh-CN": "内容日历" },
  help: {
    en: "Planned posts through the workflow topic → planning → creating → review → published.",
    "zh-CN": "按 选题→策划→创作→审核→发布 流程排期的内容。",
  },
  required: false,
  columns: [
    { key: "date", header: { en: "Date", "zh-CN": "日期" }, kind: { type: "date" }, width: 12 },
    { key: "channel", header: { en: "Channel", "zh-CN": "渠道" }, kind: { type: "text" }, width: 14 },
    { key: "topic", header: { en: "Topic", "zh-CN": "选题" }, kind: { type: "text" }, width: 28 },
    { key: "format", header: { en: "Format", "zh-CN": "形式" }, kind: { type: "text" }, width: 12 },
    { key: "series", header: { en: "Series", "zh-CN": "栏目" }, kind: { type: "text" }, width: 14 },
    {
      key: "stage",
      header: { en: "Stage", "zh-CN": "阶段" },
      kind: { type: "enum", list: "contentStage" },
      width: 10,
    },
    ownerColumn,
    { key: "link", header: { en: "Link", "zh-CN": "链接" }, kind: { type: "text" }, width: 24 },
    { key: "goalId", header: { en: "Goal ID", "zh-CN": "关联目标" }, kind: { type: "id" }, width: 10 },
  ],
};

export const budgetTable: TableSpec = {
  name: "tblBudget",
  beside: "budgetSummary",
  collection: "budget",
  caption: { en: "Budget", "zh-CN": "预算" },
  help: {
    en: "Planned spend by quarter, the actual cost of each item, and what has been paid out so far (Spent).",
    "zh-CN": "按季度的计划投入、各项目的实际花费，以及截至目前已支付的金额（已支出）。",
  },
  required: false,
  columns: [
    { key: "category", header: { en: "Category", "zh-CN": "类别" }, kind: { type: "text" }, width: 14 },
    { key: "item", header: { en: "Item", "zh-CN": "项目" }, kind: { type: "text" }, width: 24 },
    { key: "quarters.0", header: { en: "Q1", "zh-CN": "Q1" }, kind: { type: "currency" }, width: 12 },
    { key: "quarters.1", header: { en: "Q2", "zh-CN": "Q2" }, kind: { type: "currency" }, width: 12 },
    { key: "quarters.2", header: { en: "Q3", "zh-CN": "Q3" }, kind: { type: "currency" }, width: 12 },
    { key: "quarters.3", header: { en: "Q4", "zh-CN": "Q4" }, kind: { type: "currency" }, width: 12 },
    { key: "planned", header: { en: "Planned", "zh-CN": "计划合计" }, kind: { type: "currency" }, width: 12 },
    { key: "actual", header: { en: "Actual", "zh-CN": "实际" }, kind: { type: "currency" }, width: 12 },
    ownerColumn,
    // Appended (issue #11), so files and scripts that know the columns before it keep working.
    {
      key: "spent",
      header: { en: "Spent", "zh-CN": "已支出" },
      aliases: ["Paid", "Paid to date", "已付款", "已支付", "支出"],
      kind: { type: "currency" },
      width: 12,
    },
  ],
};

const reviewTable: TableSpec = {
  name: "tblReview",
  collection: "review",
  caption: { en: "Last year's KPIs", "zh-CN": "上年 KPI 复盘" },
  help: {
    en: "Last year's targets against results, and the reasons behind the numbers.",
    "zh-CN": "上年目标与实际结果对比，以及数字背后的原因。",
  },
  required: false,
  columns: [
    { key: "metric", header: { en: "Metric", "zh-CN": "指标" }, kind: { type: "text" }, width: 20 },
    { key: "channel", header: { en: "Channel", "zh-CN": "渠道" }, kind: { type: "text" }, width: 14 },
    { key: "target", header: { en: "Target", "zh-CN": "目标值" }, kind: { type: "decimal" }, width: 12 },
    { key: "actual", header: { en: "Actual", "zh-CN": "实际值" }, kind: { type: "decimal" }, width: 12 },
    {
      key: "attainment",
      header: { en: "Attainment", "zh-CN": "达成率" },
      kind: { type: "percent" },
      width: 10,
    },
    { key: "analysis", header: { en: "Analysis", "zh-CN": "原因分析" }, kind: { type: "text" }, width: 40 },
  ],
};

const lessonsTable: TableSpec = {
  name: "tblLessons",
  collection: "lessons",
  caption: { en: "Highlights and shortfalls", "zh-CN": "亮点与不足" },
  help: {
    en: "What worked, what did not, the root cause and what changes this year.",
    "zh-CN": "做得好的、不足的，根因是什么，今年如何改进。",
  },
  required: false,
  columns: [
    { key: "type", header: { en: "Type", "zh-CN": "类型" }, kind: { type: "text" }, width: 10 },
    { key: "finding", header: { en: "Finding", "zh-CN": "发现" }, kind: { type: "text" }, width: 32 },
    { key: "rootCause", header: { en: "Root Cause", "zh-CN": "根因" }, kind: { type: "text" }, width: 32 },
    { key: "action", header: { en: "Action", "zh-CN": "改进措施" }, kind: { type: "text" }, width: 32 },
  ],
};

const trendsTable: TableSpec = {
  name: "tblTrends",
  collection: "trends",
  caption: { en: "Platform and industry trends", "zh-CN": "平台与行业趋势" },
  help: { en: "Trends that change what works this year.", "zh-CN": "会改变今年打法的趋势。" },
  required: false,
  columns: [
    { key: "trend", header: { en: "Trend", "zh-CN": "趋势" }, kind: { type: "text" }, width: 28 },
    { key: "platform", header: { en: "Platform", "zh-CN": "平台" }, kind: { type: "text" }, width: 14 },
    { key: "evidence", header: { en: "Evidence", "zh-CN": "依据" }, kind: { type: "text" }, width: 32 },
    {
      key: "implication",
      header: { en: "Implication", "zh-CN": "对我们的启示" },
      kind: { type: "text" },
      width: 32,
    },
  ],
};

const competitorsTable: TableSpec = {
  name: "tblCompetitors",
  collection: "competitors",
  caption: { en: "Competitors", "zh-CN": "竞品分析" },
  help: {
    en: "Competitors' channel matrix, content, interaction and campaigns.",
    "zh-CN": "竞品的渠道矩阵、内容、互动与活动。",
  },
  required: false,
  columns: [
    { key: "competitor", header: { en: "Competitor", "zh-CN": "竞品" }, kind: { type: "text" }, width: 16 },
    { key: "channels", header: { en: "Channels", "zh-CN": "渠道布局" }, kind: { type: "text" }, width: 24 },
    { key: "content", header: { en: "Content", "zh-CN": "内容策略" }, kind: { type: "text" }, width: 28 },
    {
      key: "interaction",
      header: { en: "Interaction", "zh-CN": "互动表现" },
      kind: { type: "text" },
      width: 20,
    },
    { key: "campaigns", header: { en: "Campaigns", "zh-CN": "营销活动" }, kind: { type: "text" }, width: 24 },
    { key: "takeaway", header: { en: "Takeaway", "zh-CN": "借鉴" }, kind: { type: "text" }, width: 28 },
  ],
};

const personasTable: TableSpec = {
  name: "tblPersonas",
  collection: "personas",
  caption: { en: "User personas", "zh-CN": "用户画像" },
  help: {
    en: "Who you serve: who they are, what they care about, where they spend time, what hurts and what they need.",
    "zh-CN": "目标用户是谁、关心什么、在哪些平台、痛点与需求。",
  },
  required: false,
  columns: [
    { key: "persona", header: { en: "Persona", "zh-CN": "画像" }, kind: { type: "text" }, width: 16 },
    {
      key: "demographics",
      header: { en: "Demographics", "zh-CN": "人口属性" },
      kind: { type: "text" },
      width: 24,
    },
    {
      key: "psychographics",
      header: { en: "Psychographics", "zh-CN": "心理特征" },
      kind: { type: "text" },
      width: 24,
    },
    {
      key: "mediaHabits",
      header: { en: "Media Habits", "zh-CN": "媒介习惯" },
      kind: { type: "text" },
      width: 24,
    },
    { key: "painPoints", header: { en: "Pain Points", "zh-CN": "痛点" }, kind: { type: "text" }, width: 24 },
    { key: "needs", header: { en: "Needs", "zh-CN": "需求" }, kind: { type: "text" }, width: 24 },
  ],
};

const risksTable: TableSpec = {
  name: "tblRisks",
  collection: "risks",
  caption: { en: "Risks and crisis plans", "zh-CN": "风险与危机预案" },
  help: {
    en: "What could go wrong, how likely and how bad, and what you will do.",
    "zh-CN": "可能出现的风险、可能性与影响，以及应对措施。",
  },
  required: false,
  columns: [
    { key: "risk", header: { en: "Risk", "zh-CN": "风险" }, kind: { type: "text" }, width: 32 },
    { key: "likelihood", header: { en: "Likelihood", "zh-CN": "可能性" }, kind: { type: "text" }, width: 10 },
    { key: "impact", header: { en: "Impact", "zh-CN": "影响" }, kind: { type: "text" }, width: 10 },
    {
      key: "mitigation",
      header: { en: "Mitigation", "zh-CN": "应对措施" },
      kind: { type: "text" },
      width: 40,
    },
    ownerColumn,
  ],
};

export const seasonalityTable: TableSpec = {
  name: "tblSeasonality",
  collection: "seasonality",
  caption: { en: "Seasonality profiles", "zh-CN": "季节性方案" },
  help: {
    en: "Named monthly weight profiles; a goal whose Phasing names a profile is phased by its weights.",
    "zh-CN": "命名的月度权重方案；目标的分解方式填写方案名称时按其权重分解。",
  },
  required: false,
  columns: [
    {
      key: "profile",
      header: { en: "Profile", "zh-CN": "季节性方案" },
      kind: { type: "id" },
      required: true,
      width: 16,
    },
    ...monthColumns({ type: "decimal" }),
  ],
};

export const SETTINGS: readonly SettingSpec[] = [
  {
    name: "PlanYear",
    label: { en: "Plan year", "zh-CN": "计划年度" },
    help: { en: "The calendar year this plan covers.", "zh-CN": "本计划覆盖的自然年。" },
    kind: "year",
  },
  {
    name: "Brand",
    label: { en: "Brand", "zh-CN": "品牌" },
    help: { en: "Brand or account group name.", "zh-CN": "品牌或账号矩阵名称。" },
    kind: "text",
  },
  {
    name: "Currency",
    label: { en: "Currency", "zh-CN": "币种" },
    help: { en: "Currency of budgets and revenue goals.", "zh-CN": "预算与营收目标的币种。" },
    kind: "text",
  },
  {
    name: "AsOfMonth",
    label: { en: "As of month", "zh-CN": "统计截至月份" },
    help: {
      en: "1–12. Blank: the latest month with any actual.",
      "zh-CN": "1–12。留空则取月度数据中最近有数据的月份。",
    },
    kind: "month",
  },
  {
    name: "OnTrackThreshold",
    label: { en: "On-track threshold", "zh-CN": "正常阈值" },
    help: { en: "Attainment at or above this is On track.", "zh-CN": "达成率不低于此值为“正常”。" },
    kind: "ratio",
  },
  {
    name: "AtRiskThreshold",
    label: { en: "At-risk threshold", "zh-CN": "风险阈值" },
    help: {
      en: "Attainment at or above this (below On track) is At risk; below it, Off track.",
      "zh-CN": "达成率不低于此值（低于正常阈值）为“有风险”，否则为“落后”。",
    },
    kind: "ratio",
  },
  {
    name: "MaxGrowth",
    label: { en: "Max plausible growth", "zh-CN": "合理增幅上限" },
    help: {
      en: "A target that changes the baseline by more than this multiple is flagged as implausible.",
      "zh-CN": "目标相对基线的变化超过此倍数时提示“目标不合理”。",
    },
    kind: "decimal",
  },
];

export const SHEETS: readonly SheetSpec[] = [
  { key: "guide", name: { en: "Guide", "zh-CN": "使用说明" }, kind: "guide", tables: [] },
  { key: "dashboard", name: { en: "Dashboard", "zh-CN": "进度看板" }, kind: "dashboard", tables: [] },
  {
    key: "review",
    name: { en: "Review", "zh-CN": "复盘" },
    kind: "tables",
    tables: [reviewTable, lessonsTable],
  },
  {
    key: "insights",
    name: { en: "Insights", "zh-CN": "洞察" },
    kind: "tables",
    tables: [trendsTable, competitorsTable, personasTable],
  },
  {
    key: "objectives",
    name: { en: "Objectives", "zh-CN": "战略目标" },
    kind: "tables",
    tables: [objectivesTable],
  },
  {
    key: "goals",
    name: { en: "Goals", "zh-CN": "目标" },
    kind: "tables",
    tables: [goalsTable],
    frozenColumns: 1,
  },
  {
    key: "phasing",
    name: { en: "Phasing", "zh-CN": "目标分解" },
    kind: "tables",
    tables: [phasingTable],
    frozenColumns: 1,
  },
  {
    key: "actuals",
    name: { en: "Actuals", "zh-CN": "月度数据" },
    kind: "tables",
    tables: [actualsTable],
    frozenColumns: 1,
  },
  {
    key: "strategies",
    name: { en: "Strategies", "zh-CN": "策略" },
    kind: "tables",
    tables: [strategiesTable],
  },
  { key: "channels", name: { en: "Channels", "zh-CN": "渠道矩阵" }, kind: "tables", tables: [channelsTable] },
  {
    key: "campaigns",
    name: { en: "Campaigns", "zh-CN": "活动日历" },
    kind: "tables",
    tables: [campaignsTable],
    // The campaign's ID and name: its week grid runs on to column BM.
    frozenColumns: 2,
  },
  { key: "content", name: { en: "Content", "zh-CN": "内容日历" }, kind: "tables", tables: [contentTable] },
  { key: "budget", name: { en: "Budget", "zh-CN": "预算" }, kind: "tables", tables: [budgetTable] },
  { key: "risks", name: { en: "Risks", "zh-CN": "风险预案" }, kind: "tables", tables: [risksTable] },
  {
    key: "settings",
    name: { en: "Settings", "zh-CN": "设置" },
    kind: "settings",
    tables: [seasonalityTable],
  },
  { key: "meta", name: { en: "_planbook", "zh-CN": "_planbook" }, kind: "meta", tables: [] },
];

export const TABLES: readonly TableSpec[] = SHEETS.flatMap((s) => s.tables);

export function tableSpec(name: TableName): TableSpec {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name} in the layout spec`);
  return t;
}

/** Layout schema version, stored in the hidden meta sheet; bump on any change readers must know. */
export const SCHEMA_VERSION = 1;
