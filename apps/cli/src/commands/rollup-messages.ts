import type { Language } from "@planbook/core";

/**
 * The roll-up command's own CLI texts, both languages (kept beside the command rather than in
 * ../messages.ts so it can change without touching the other commands' texts).
 */
type P = Record<string, string | number>;
const m = (en: (p: P) => string, zh: (p: P) => string) => ({ en, "zh-CN": zh });

const ROLLUP_MESSAGES = {
  "cli.rollup": m(
    () => "roll up many brands' workbooks: one table, a workbook (--out) and a one-page report (--html)",
    () => "汇总多个品牌的工作簿：终端表格、汇总工作簿（--out）和单页报告（--html）",
  ),
  "opt.rollupOut": m(
    () => "write the portfolio workbook to this .xlsx file",
    () => "将汇总工作簿写入此 .xlsx 文件",
  ),
  "opt.rollupHtml": m(
    () => "write the one-page report (self-contained HTML) to this file",
    () => "将单页报告（独立 HTML 文件）写入此文件",
  ),
  "opt.rollupLang": m(
    () => "language of the table, workbook and report: zh-CN or en",
    () => "表格、工作簿和报告的语言：zh-CN 或 en",
  ),
  "opt.rollupJobs": m(
    () => "read workbooks in N worker threads",
    () => "使用 N 个工作线程并行读取",
  ),
  "rollup.noMatch": m(
    (p) => `${p.pattern}: no file matches this name or pattern. Check the folder and the spelling.`,
    (p) => `${p.pattern}：没有与此名称或通配符匹配的文件，请检查目录和拼写。`,
  ),
  "rollup.noneReadable": m(
    () => "No workbook could be read, so there is nothing to roll up.",
    () => "没有可读取的工作簿，无法汇总。",
  ),
  "rollup.outIsInput": m(
    (p) => `${p.file} is one of the workbooks being rolled up; choose another name for the output.`,
    (p) => `${p.file} 是正在汇总的工作簿之一，请为输出换一个文件名。`,
  ),
  "rollup.outDir": m(
    (p) => `cannot write ${p.file}: the folder ${p.dir} does not exist or is not writable.`,
    (p) => `无法写入 ${p.file}：文件夹 ${p.dir} 不存在或不可写。`,
  ),
  "rollup.writeFailed": m(
    (p) => `could not write ${p.file} (${p.detail}); nothing was replaced.`,
    (p) => `无法写入 ${p.file}（${p.detail}），原文件未被改动。`,
  ),
  "rollup.wrote": m(
    (p) => `wrote ${p.file}`,
    (p) => `已写入 ${p.file}`,
  ),
  "rollup.watch": m(
    (p) => `${p.count} goal(s) at risk, off track or with inputs to fix:`,
    (p) => `${p.count} 个目标有风险、落后或需修正输入：`,
  ),
  "rollup.asOf": m(
    (p) => `as of month ${p.month}`,
    (p) => `统计截至 ${p.month} 月`,
  ),
  "rollup.noData": m(
    () => "no actuals yet",
    () => "尚无月度数据",
  ),
} as const;

export type RollupMessageId = keyof typeof ROLLUP_MESSAGES;

export function rt(lang: Language, id: RollupMessageId, params: P = {}): string {
  return ROLLUP_MESSAGES[id][lang](params);
}
