import type { Language } from "@planbook/core";
// not the index: this module is on the start-up path of every command (see core/tsup.config.ts)
import { defineMessages } from "@planbook/core/text";

/**
 * The roll-up command's own CLI texts, both languages (kept beside the command rather than in
 * ../messages.ts so it can change without touching the other commands' texts).
 */
type P = Record<string, string | number>;

const ROLLUP_MESSAGES = defineMessages({
  en: {
    "cli.rollup": () =>
      "roll up many brands' workbooks: one table, a workbook (--out) and a one-page report (--html)",
    "opt.rollupOut": () => "write the portfolio workbook to this .xlsx file",
    "opt.rollupHtml": () => "write the one-page report (self-contained HTML) to this file",
    "opt.rollupLang": () => "language of the table, workbook and report: zh-CN or en",
    "opt.rollupJobs": () => "read workbooks in N worker threads",
    "rollup.noMatch": (p: P) =>
      `${p.pattern}: no file matches this name or pattern. Check the folder and the spelling.`,
    "rollup.noneReadable": () => "No workbook could be read, so there is nothing to roll up.",
    "rollup.outIsInput": (p: P) =>
      `${p.file} is one of the workbooks being rolled up; choose another name for the output.`,
    "rollup.outDir": (p: P) =>
      `cannot write ${p.file}: the folder ${p.dir} does not exist or is not writable.`,
    "rollup.writeFailed": (p: P) => `could not write ${p.file} (${p.detail}); nothing was replaced.`,
    "rollup.wrote": (p: P) => `wrote ${p.file}`,
    "rollup.watch": (p: P) => `${p.count} goal(s) at risk, off track or with inputs to fix:`,
    "rollup.asOf": (p: P) => `as of month ${p.month}`,
    "rollup.noData": () => "no actuals yet",
  },
  "zh-CN": {
    "cli.rollup": () => "汇总多个品牌的工作簿：终端表格、汇总工作簿（--out）和单页报告（--html）",
    "opt.rollupOut": () => "将汇总工作簿写入此 .xlsx 文件",
    "opt.rollupHtml": () => "将单页报告（独立 HTML 文件）写入此文件",
    "opt.rollupLang": () => "表格、工作簿和报告的语言：zh-CN 或 en",
    "opt.rollupJobs": () => "使用 N 个工作线程并行读取",
    "rollup.noMatch": (p) => `${p.pattern}：没有与此名称或通配符匹配的文件，请检查目录和拼写。`,
    "rollup.noneReadable": () => "没有可读取的工作簿，无法汇总。",
    "rollup.outIsInput": (p) => `${p.file} 是正在汇总的工作簿之一，请为输出换一个文件名。`,
    "rollup.outDir": (p) => `无法写入 ${p.file}：文件夹 ${p.dir} 不存在或不可写。`,
    "rollup.writeFailed": (p) => `无法写入 ${p.file}（${p.detail}），原文件未被改动。`,
    "rollup.wrote": (p) => `已写入 ${p.file}`,
    "rollup.watch": (p) => `${p.count} 个目标有风险、落后或需修正输入：`,
    "rollup.asOf": (p) => `统计截至 ${p.month} 月`,
    "rollup.noData": () => "尚无月度数据",
  },
});

export type RollupMessageId = keyof typeof ROLLUP_MESSAGES.en;

export function rt(lang: Language, id: RollupMessageId, params: P = {}): string {
  const message: (p: P) => string = ROLLUP_MESSAGES[lang][id];
  return message(params);
}
