import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { bundledConfigPath } from "../src/bundled-config";
import { generatedExamples } from "./helpers";
import { editXlsx } from "./xlsx-parts";

/**
 * Three brands of the bundled example config (two zh-CN, one en) generated and filled with
 * actuals, one of them with an unreadable Target (a `check` goal) and a month more than the
 * others, plus a file that is not a workbook: the roll-up tests' portfolio.
 */

export type Months = (number | null)[];

/** Actuals typed into each brand's Actuals table, Jan first. */
export const ACTUALS: Record<string, Record<string, Months>> = {
  "qimu-coffee": {
    G01: [90000, 93000, 95000],
    G02: [2000, 1500, 2600],
    G03: [43000, 45000, 47000],
    G04: [150000, 160000, 170000],
    G05: [1000000, 900000, 1300000],
    G06: [15000, 18000, 20000],
    G07: [500000, 600000, 650000],
    G09: [300000, 280000, 420000],
    G10: [17, 16.5, 16],
    G11: [3, 2, 4],
    G12: [null, null, 1300],
  },
  "stride-athletics": {
    G01: [242000, 246000, 250000],
    G02: [8000, 9000, 12000],
    G03: [400000, 450000, 520000],
    G04: [60000, 65000, 70000],
    G05: [1900000, 2000000, 2100000],
    G07: [50000, 52000, 61000],
    G08: [150000, 160000, 250000],
    G09: [6.2, 6, 5.8],
    G10: [0.12, 0.13, 0.13],
    G11: [10, 8, 9],
  },
  "chengji-beauty": {
    G01: [27000, 28500, 30000, 31000],
    G02: [2000, 2200, 2500, 2600],
    G03: [8, 9, 10, 9],
    G04: [0.23, 0.24, 0.25, 0.25],
    G05: [500000, 520000, 1400000, 900000],
    G06: [6000, 6200, 15000, 9000],
    G07: [400000, 420000, 500000, 480000],
    G09: [null, 0.2, 0.21, 0.22],
    G10: [30, 25, 28, 22],
    G11: [0.74, 0.75, 0.76, 0.77],
  },
};

/** The goal whose Target is typed as words: its inputs cannot be read, so it is `check`. */
export const CHECK_GOAL = { brand: "chengji-beauty", goal: "G03", text: "一百二十" };

export const FILES = {
  "qimu-coffee": "qimu.xlsx",
  "stride-athletics": "stride.xlsx",
  "chengji-beauty": "chengji.xlsx",
} as const;
export const BROKEN = "broken.xlsx";

const HEADERS = {
  en: { id: "Goal ID", target: "Target", month: (m: number) => ["Jan", "Feb", "Mar", "Apr"][m] ?? "" },
  "zh-CN": { id: "目标编号", target: "目标值", month: (m: number) => `${m + 1}月` },
} as const;

/** The bundled config as plain YAML data: the tests' independent source of targets and phasing. */
export interface ConfigGoal {
  id: string;
  dimension: string;
  channel?: string | null;
  aggregation: "sum" | "last" | "average" | "ratio";
  direction: "increase" | "decrease";
  baseline?: number | null;
  target: number;
  start?: string | null;
  deadline?: string | null;
  phasing?: string | null;
  weight?: number | null;
  numeratorGoalId?: string | null;
  denominatorGoalId?: string | null;
  owner?: string | null;
}
export interface ConfigBrand {
  id: string;
  name: string;
  language: "en" | "zh-CN";
  goals: ConfigGoal[];
  phasing?: { goalId: string; months: number[] }[];
  settings?: { seasonality?: { profile: string; months: number[] }[] };
}

export function configBrands(): ConfigBrand[] {
  return (parse(readFileSync(bundledConfigPath(), "utf8")) as { brands: ConfigBrand[] }).brands;
}

export async function makePortfolio(dir: string): Promise<void> {
  await generatedExamples(dir);
  for (const brand of configBrands()) {
    const wb = await editXlsx(await readFile(path.join(dir, `${brand.id}-2027.xlsx`)));
    const h = HEADERS[brand.language];
    const actuals = wb.table("tblActuals");
    const rows = Object.entries(ACTUALS[brand.id] ?? {});
    actuals.resize(rows.length);
    rows.forEach(([id, values], i) => {
      const row = actuals.range.row + 1 + i;
      actuals.set(row, h.id, id);
      values.forEach((v, m) => {
        if (v !== null) actuals.set(row, h.month(m), v);
      });
    });
    if (brand.id === CHECK_GOAL.brand) {
      const goals = wb.table("tblGoals");
      goals.set(goals.row(CHECK_GOAL.goal), h.target, CHECK_GOAL.text);
    }
    await wb.save(path.join(dir, FILES[brand.id as keyof typeof FILES]));
  }
  await writeFile(path.join(dir, BROKEN), "this is not a workbook\n");
}
