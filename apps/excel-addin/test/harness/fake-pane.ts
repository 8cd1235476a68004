/**
 * The task pane over a scripted backend instead of a workbook, for the error paths the sim does
 * not produce on demand: `?scenario=timeout|office-error|sheet-gone|refused|no-findings`.
 */
import type { LocatedFinding, PlanProgress } from "@planbook/core";
import type { PlanbookBackend } from "../../src/shared/backend";
import { TaskPane } from "../../src/taskpane/app";

const scenario = new URLSearchParams(location.search).get("scenario") ?? "";

const finding: LocatedFinding = {
  rule: "goal.target.missing",
  severity: "error",
  smart: "M",
  sheet: "Goals 2027",
  table: "tblGoals",
  cell: "J6",
  ref: "G2",
  message: "Goal G2 has no Target.",
};

const progress: PlanProgress = {
  asOfMonth: null,
  goals: [],
  objectives: [],
  dimensions: [],
  channels: [],
  brand: { attainment: null, status: "not_started", goals: 0, leftOut: 0 },
};

/** `?scenario=duplicate-id`: G1 on two rows (a goal.id.duplicate finding), the chart showing G1. */
const goal = (id: string, metric: string): PlanProgress["goals"][number] => ({
  id,
  objective: "O1",
  dimension: "growth",
  metric,
  channel: null,
  aggregation: "sum",
  direction: "increase",
  baseline: 0,
  target: 100,
  ytdTarget: 25,
  ytdActual: 20,
  attainment: 0.8,
  progress: 0.2,
  forecast: 80,
  status: "at_risk",
  fix: null,
});
const duplicated: PlanProgress = {
  ...progress,
  asOfMonth: 3,
  goals: [goal("G1", "Followers"), goal("G1", "Interactions"), goal("G2", "Orders")],
};

const calls: string[] = [];
const backend: PlanbookBackend = {
  async validate() {
    calls.push("validate");
    if (scenario === "timeout") {
      throw Object.assign(new Error("Excel did not respond within 30 s while reading the plan tables."), {
        code: "sync.timeout",
        timeoutMs: 30_000,
      });
    }
    if (scenario === "office-error")
      throw Object.assign(new Error("The argument is invalid or missing."), { code: "InvalidArgument" });
    if (scenario === "refused") {
      throw Object.assign(new Error("Sheets with the plan's sheet names already exist (Goals)."), {
        code: "sheets.exist",
        tables: ["Goals"],
      });
    }
    return { findings: scenario === "no-findings" ? [] : [finding] };
  },
  async refresh() {
    calls.push("refresh");
    if (scenario === "duplicate-id")
      return { progress: duplicated, brand: null, chartGoalId: "G1", notice: null };
    return { progress, brand: null, chartGoalId: null, notice: null };
  },
  async createSheets() {
    calls.push("create");
  },
  async liveCheckSaved() {
    return false;
  },
  async saveLiveCheck(on) {
    calls.push(`saveLiveCheck ${on}`);
  },
  async startLiveCheck() {
    calls.push("startLiveCheck");
    return { findings: [finding] };
  },
  async stopLiveCheck() {
    calls.push("stopLiveCheck");
  },
  async select(sheet, cell) {
    calls.push(`select ${sheet}!${cell}`);
    if (scenario === "sheet-gone")
      throw Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
  },
};

declare global {
  interface Window {
    __fakeCalls: string[];
  }
}
window.__fakeCalls = calls;
const root = document.getElementById("app");
if (root) new TaskPane(root, backend, "en", () => new Date(2026, 10, 27));
