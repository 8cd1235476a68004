import type { Language } from "@planbook/core";
import type { RawCell } from "../grid/raw";
import { buildWorkbook, type TableFixture } from "./test-workbook";

/** Test support: one small plan, typed the way operators type it, in either language. */
const JAN_1_2027 = 46388;

function pick(lang: Language, zh: RawCell, en: RawCell): RawCell {
  return lang === "zh-CN" ? zh : en;
}

export function planTables(lang: Language): TableFixture[] {
  const l = (zh: RawCell, en: RawCell) => pick(lang, zh, en);
  return [
    {
      name: "tblObjectives",
      headerRow: 3,
      firstColumn: 1,
      rows: [{ id: "O1", objective: "提升品牌影响力 Grow brand influence", role: null, weight: 2 }],
    },
    {
      name: "tblGoals",
      headerRow: 4,
      firstColumn: 2,
      rows: [
        {
          id: "G1",
          objectiveId: "O1",
          dimension: l("用户增长", "User growth"),
          metric: "粉丝数",
          channel: "小红书",
          unit: l("数量", "Count"),
          aggregation: l("期末值", "Latest"),
          direction: l("提升", "Increase"),
          baseline: "1.2万",
          target: 50000,
          start: JAN_1_2027,
          deadline: "2027/12/31",
          phasing: l("平均分解", "Linear"),
          owner: "张三",
          strategyIds: "S1",
          status: l("正常", "On track"),
        },
        // A blank row the user left: only the tool-owned cells show something.
        { status: l("未开始", "Not started"), check: "" },
        {
          id: "G2",
          objectiveId: "O1",
          dimension: l("内容影响力", "Content influence"),
          metric: "互动率",
          channel: "小红书",
          unit: l("百分比", "%"),
          aggregation: l("平均值", "Average"),
          direction: l("提升", "Increase"),
          baseline: 0.03,
          target: "5%",
          phasing: "电商大促",
          owner: "李四",
          strategyIds: "S1；S2",
          weight: 1.5,
        },
      ],
    },
    {
      name: "tblActuals",
      headerRow: 3,
      firstColumn: 1,
      rows: [
        { goalId: "G1", "months.0": 13000, "months.1": "1.4万" },
        { goalId: "g2", "months.0": 4, "months.1": 0.045 },
      ],
    },
    {
      name: "tblStrategies",
      headerRow: 3,
      firstColumn: 1,
      rows: [
        { id: "S1", area: l("内容", "Content"), strategy: "系列栏目", goalIds: "G1、G2" },
        { id: "S2", area: l("私域", "Private domain"), goalIds: "G2" },
      ],
    },
    {
      name: "tblChannels",
      headerRow: 3,
      firstColumn: 1,
      rows: [
        {
          channel: "小红书",
          platform: "Xiaohongshu",
          role: l("核心", "Core"),
          postsPerWeek: 5,
          followersBaseline: "1.2万",
        },
        { channel: "抖音", role: l("增长", "Growth"), maxConcurrentCampaigns: 3 },
      ],
    },
    {
      name: "tblCampaigns",
      headerRow: 2,
      firstColumn: 1,
      rows: [
        {
          id: "C1",
          name: "618",
          start: "6月1日",
          end: "2027-06-18",
          channels: "小红书、抖音",
          goalIds: "G1",
          budget: "¥5万",
          status: l("已计划", "Planned"),
        },
      ],
    },
    {
      name: "tblSeasonality",
      headerRow: 10,
      firstColumn: 1,
      rows: [
        {
          profile: "电商大促",
          "months.0": 1,
          "months.1": 1,
          "months.2": 1,
          "months.3": 1,
          "months.4": 2,
          "months.5": 3,
          "months.6": 1,
          "months.7": 1,
          "months.8": 1,
          "months.9": 2,
          "months.10": 3,
          "months.11": 2,
        },
      ],
    },
  ];
}

const PLAN_NAMES: Record<string, { value: RawCell; cell: string }> = {
  PlanYear: { value: 2027, cell: "B2" },
  Brand: { value: "Lumen Coffee", cell: "B3" },
  Currency: { value: "CNY", cell: "B4" },
  AsOfMonth: { value: null, cell: "B5" },
  OnTrackThreshold: { value: 0.95, cell: "B6" },
  AtRiskThreshold: { value: 0.8, cell: "B7" },
  MaxGrowth: { value: 3, cell: "B8" },
};

export function planWorkbook(lang: Language, tables: TableFixture[] = planTables(lang)) {
  return buildWorkbook(lang, tables, PLAN_NAMES);
}
