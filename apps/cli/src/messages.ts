import type { Language } from "@planbook/core";

/**
 * Every text the CLI itself prints, in both languages. Messages are functions of their parameters
 * so the wording can put them where each language wants them.
 */
type P = Record<string, string | number>;
type Message = { en: (p: P) => string; "zh-CN": (p: P) => string };

const m = (en: (p: P) => string, zh: (p: P) => string): Message => ({ en, "zh-CN": zh });

export const MESSAGES = {
  "cli.description": m(
    () => "Annual new-media plan workbooks: generate them, validate them, track progress.",
    () => "新媒体年度计划工作簿：生成、校验、跟踪进度。",
  ),
  "cli.generate": m(
    () => "generate one plan workbook per brand from a config file",
    () => "按配置文件为每个品牌生成计划工作簿",
  ),
  "cli.validate": m(
    () => "check plan workbooks and list findings",
    () => "校验计划工作簿并列出问题",
  ),
  "cli.progress": m(
    () => "show progress per goal, objective and dimension",
    () => "按目标、战略目标和维度显示进度",
  ),
  "opt.config": m(
    () => "YAML config (default: the bundled example)",
    () => "YAML 配置文件（默认：内置示例）",
  ),
  "opt.year": m(
    () => "plan year for every brand",
    () => "所有品牌的计划年度",
  ),
  "opt.lang": m(
    () => "language: zh-CN or en",
    () => "语言：zh-CN 或 en",
  ),
  "opt.out": m(
    () => "output directory",
    () => "输出目录",
  ),
  "opt.force": m(
    () => "overwrite existing files",
    () => "覆盖已存在的文件",
  ),
  "opt.jobs": m(
    () => "render brands in N worker threads",
    () => "使用 N 个工作线程并行生成",
  ),
  "opt.json": m(
    () => "print JSON",
    () => "输出 JSON",
  ),
  "opt.asOf": m(
    () => "as-of month 1–12 (default: the workbook's)",
    () => "统计截至月份 1–12（默认取工作簿设置）",
  ),
  "arg.filesName": m(
    () => "files",
    () => "文件",
  ),
  "arg.files": m(
    () => "plan workbooks (.xlsx)",
    () => "计划工作簿（.xlsx）",
  ),

  "usage.error": m(
    (p) => `${p.detail}\nRun "${p.command} --help" for usage.`,
    (p) => `${p.detail}\n运行 "${p.command} --help" 查看用法。`,
  ),
  "usage.didYouMean": m(
    (p) => `Did you mean ${p.name}?`,
    (p) => `您是不是要输入 ${p.name}？`,
  ),
  "cli.help": m(
    () => "show help for a command",
    () => "显示命令的帮助",
  ),
  "opt.help": m(
    () => "show this help",
    () => "显示本帮助",
  ),
  "opt.version": m(
    () => "show the version",
    () => "显示版本号",
  ),
  "opt.wide": m(
    () => "do not fit tables to the terminal width (no wrapping or eliding)",
    () => "表格不按终端宽度折行或截断",
  ),
  "help.programUsage": m(
    () => "[options] [command]",
    () => "[选项] [命令]",
  ),
  "help.commandUsage": m(
    (p) => `[options] ${p.args}`,
    (p) => `[选项] ${p.args}`,
  ),
  "help.optionsWord": m(
    () => "[options]",
    () => "[选项]",
  ),
  "help.helpCommand": m(
    () => "help [command]",
    () => "help [命令]",
  ),
  "help.usage": m(
    () => "Usage:",
    () => "用法：",
  ),
  "help.arguments": m(
    () => "Arguments:",
    () => "参数：",
  ),
  "help.options": m(
    () => "Options:",
    () => "选项：",
  ),
  "help.commands": m(
    () => "Commands:",
    () => "命令：",
  ),
  "help.default": m(
    (p) => `${p.text} (default: ${p.value})`,
    (p) => `${p.text}（默认：${p.value}）`,
  ),
  "help.exitCodes": m(
    () =>
      "Exit codes:\n  0  done; no findings of severity error\n  1  findings of severity error (validate, progress)\n  2  unusable input, a file that was not written, or a usage error\n  130/143  interrupted (Ctrl-C / SIGTERM); temp files removed",
    () =>
      "退出码：\n  0  完成；没有“错误”级别的问题\n  1  发现“错误”级别的问题（validate、progress）\n  2  输入无法使用、有文件未写入，或命令用法错误\n  130/143  被中断（Ctrl-C / SIGTERM），临时文件已删除",
  ),
  "help.more": m(
    () =>
      'Run "planbook <command> --help" for a command\'s options. Language: LANG=zh_CN.UTF-8 or en_US.UTF-8.',
    () => '运行 "planbook <命令> --help" 查看命令的选项。界面语言：LANG=zh_CN.UTF-8 或 en_US.UTF-8。',
  ),
  "usage.unknownOption": m(
    (p) => `unknown option ${p.name}`,
    (p) => `未知选项 ${p.name}`,
  ),
  "usage.unknownCommand": m(
    (p) => `unknown command ${p.name}`,
    (p) => `未知命令 ${p.name}`,
  ),
  "usage.missingArgument": m(
    (p) => `missing argument ${p.name}`,
    (p) => `缺少参数 ${p.name}`,
  ),
  "usage.missingValue": m(
    (p) => `option ${p.name} needs a value`,
    (p) => `选项 ${p.name} 需要一个值`,
  ),
  "usage.tooMany": m(
    () => "too many arguments",
    () => "参数过多",
  ),
  "usage.year": m(
    (p) => `--year must be a year between 2000 and 2100, not "${p.value}"`,
    (p) => `--year 须为 2000–2100 之间的年份，而不是“${p.value}”`,
  ),
  "usage.lang": m(
    (p) => `--lang must be zh-CN or en, not "${p.value}"`,
    (p) => `--lang 须为 zh-CN 或 en，而不是“${p.value}”`,
  ),
  "usage.jobs": m(
    (p) => `--jobs must be a whole number of at least 1, not "${p.value}"`,
    (p) => `--jobs 须为不小于 1 的整数，而不是“${p.value}”`,
  ),
  "usage.asOf": m(
    (p) => `--as-of must be a month from 1 to 12, not "${p.value}"`,
    (p) => `--as-of 须为 1 到 12 的月份，而不是“${p.value}”`,
  ),

  "config.unreadable": m(
    (p) => `${p.file}: cannot read the config file (${p.detail}).`,
    (p) => `${p.file}：无法读取配置文件（${p.detail}）。`,
  ),
  "config.syntax": m(
    (p) => `${p.where}: YAML syntax error: ${p.detail}`,
    (p) => `${p.where}：YAML 语法错误：${p.detail}`,
  ),
  "config.field": m(
    (p) => `${p.where} ${p.path}: ${p.detail}`,
    (p) => `${p.where} ${p.path}：${p.detail}`,
  ),
  "config.expected": m(
    (p) => `expected ${p.expected}`,
    (p) => `应为${p.expected}`,
  ),
  "config.expectedGot": m(
    (p) => `expected ${p.expected}, got ${p.got}`,
    (p) => `应为${p.expected}，实际为${p.got}`,
  ),
  "config.required": m(
    (p) => `required (expected ${p.expected})`,
    (p) => `必填（应为${p.expected}）`,
  ),
  "config.unknownKeys": m(
    (p) => `unknown field(s) ${p.keys} — check the spelling`,
    (p) => `未知字段 ${p.keys}，请检查拼写`,
  ),
  "config.oneOf": m(
    (p) => `expected one of ${p.values}`,
    (p) => `应为以下之一：${p.values}`,
  ),
  "config.pattern": m(
    (p) => `${p.detail}`,
    (p) => `格式不正确（${p.detail}）`,
  ),
  "config.tooSmall": m(
    (p) => `must be at least ${p.min}`,
    (p) => `不能小于 ${p.min}`,
  ),
  "config.tooBig": m(
    (p) => `must be at most ${p.max}`,
    (p) => `不能大于 ${p.max}`,
  ),
  "config.length": m(
    (p) => `must have exactly ${p.n} items`,
    (p) => `须恰好包含 ${p.n} 项`,
  ),
  "config.other": m(
    (p) => `${p.detail}`,
    (p) => `${p.detail}`,
  ),
  "config.notCalendarDate": m(
    (p) => `${p.value} is not a day of the calendar — check the month and day`,
    (p) => `${p.value} 不是日历上存在的日期，请检查月份和日期`,
  ),
  "config.notLeapYear": m(
    (p) => `--02-29 is not a day of ${p.year} (not a leap year) — use --02-28 or --03-01`,
    (p) => `${p.year} 年不是闰年，没有 --02-29，请改为 --02-28 或 --03-01`,
  ),
  "config.duplicateBrand": m(
    (p) => `brand id "${p.id}" is used twice; each brand writes its own file, so ids must be unique`,
    (p) => `品牌 id“${p.id}”重复；每个品牌生成一个文件，id 必须唯一`,
  ),
  "config.noBrands": m(
    () => "the config lists no brands",
    () => "配置中没有任何品牌",
  ),
  "type.number": m(
    () => "a number",
    () => "数字",
  ),
  "type.string": m(
    () => "text",
    () => "文本",
  ),
  "type.boolean": m(
    () => "true or false",
    () => "true 或 false",
  ),
  "type.array": m(
    () => "a list",
    () => "列表",
  ),
  "type.object": m(
    () => "a mapping (key: value)",
    () => "映射（键: 值）",
  ),
  "type.null": m(
    () => "nothing",
    () => "空值",
  ),
  "type.integer": m(
    () => "a whole number",
    () => "整数",
  ),
  "type.date": m(
    () => "a date (YYYY-MM-DD, or --MM-DD for a day of the plan year)",
    () => "日期（YYYY-MM-DD，或用 --MM-DD 表示计划年度内的某天）",
  ),

  "generate.exists": m(
    (p) => `${p.file} already exists. Use --force to overwrite it.`,
    (p) => `${p.file} 已存在。如需覆盖请加 --force。`,
  ),
  "generate.appeared": m(
    (p) =>
      `${p.file} was created by another run or program while this one was rendering; it was kept. Use --force to overwrite it.`,
    (p) => `${p.file} 在本次生成期间被其他运行或程序创建，已保留原文件。如需覆盖请加 --force。`,
  ),
  "generate.unchanged": m(
    (p) => `unchanged ${p.file} (already up to date)`,
    (p) => `未改动 ${p.file}（内容已是最新）`,
  ),
  "generate.doneUnchanged": m(
    (p) => `${p.count} already up to date.`,
    (p) => `另有 ${p.count} 个已是最新。`,
  ),
  "generate.notDir": m(
    (p) => `--out ${p.file} is a file, not a folder. Give a folder name (it is created if missing).`,
    (p) => `--out 指向的 ${p.file} 是文件而不是文件夹。请给出文件夹名（不存在时会自动创建）。`,
  ),
  "generate.notWritable": m(
    (p) =>
      `cannot create files in ${p.file} (${p.detail}). Nothing was generated; choose a folder you can write to with --out.`,
    (p) => `无法在 ${p.file} 中创建文件（${p.detail}）。未生成任何文件；请用 --out 指定一个可写的文件夹。`,
  ),
  "generate.staleRemoved": m(
    (p) => `removed ${p.count} temp file(s) left in ${p.dir} by an interrupted run`,
    (p) => `已删除 ${p.dir} 中由中断的运行遗留的 ${p.count} 个临时文件`,
  ),
  "generate.wrote": m(
    (p) => `wrote ${p.file}`,
    (p) => `已生成 ${p.file}`,
  ),
  "generate.done": m(
    (p) => `${p.count} workbook(s) in ${p.dir} (${p.ms} ms)`,
    (p) => `共 ${p.count} 个工作簿，位于 ${p.dir}（${p.ms} 毫秒）`,
  ),
  "generate.failed": m(
    (p) => `could not write ${p.file}: ${p.detail}`,
    (p) => `无法写入 ${p.file}：${p.detail}`,
  ),
  "generate.renderFailed": m(
    (p) => `could not render the workbook of brand "${p.brand}": ${p.detail}`,
    (p) => `无法生成品牌“${p.brand}”的工作簿：${p.detail}`,
  ),
  "generate.bar": m(
    () => "generating",
    () => "生成中",
  ),
  "check.bar": m(
    () => "reading",
    () => "读取中",
  ),

  "internal.error": m(
    (p) => `unexpected error: ${p.detail}. Please report it with the command you ran.`,
    (p) => `意外错误：${p.detail}。请连同所运行的命令一起反馈。`,
  ),

  "validate.clean": m(
    () => "no findings",
    () => "未发现问题",
  ),
  "validate.summary": m(
    (p) => `${p.errors} error(s), ${p.warnings} warning(s), ${p.infos} note(s)`,
    (p) => `${p.errors} 个错误，${p.warnings} 个警告，${p.infos} 条提示`,
  ),
  "progress.asOf": m(
    (p) => `as of month ${p.month}`,
    (p) => `统计截至 ${p.month} 月`,
  ),
  "progress.noData": m(
    () => "no actuals yet",
    () => "尚无月度数据",
  ),
  "progress.hasErrors": m(
    (p) => `${p.errors} error(s) in this workbook: run "planbook validate" to see them.`,
    (p) => `该工作簿有 ${p.errors} 个错误，请运行 "planbook validate" 查看。`,
  ),
  "h.severity": m(
    () => "Severity",
    () => "级别",
  ),
  "h.rule": m(
    () => "Rule",
    () => "规则",
  ),
  "h.where": m(
    () => "Where",
    () => "位置",
  ),
  "h.ref": m(
    () => "ID",
    () => "编号",
  ),
  "h.message": m(
    () => "Message",
    () => "说明",
  ),
  "h.goal": m(
    () => "Goal",
    () => "目标",
  ),
  "h.metric": m(
    () => "Metric",
    () => "指标",
  ),
  "h.channel": m(
    () => "Channel",
    () => "渠道",
  ),
  "h.target": m(
    () => "Target",
    () => "目标值",
  ),
  "h.ytdTarget": m(
    () => "YTD target",
    () => "累计目标",
  ),
  "h.ytdActual": m(
    () => "YTD actual",
    () => "累计实际",
  ),
  "h.attainment": m(
    () => "Attainment",
    () => "达成率",
  ),
  "h.forecast": m(
    () => "Forecast",
    () => "年末预测",
  ),
  "h.status": m(
    () => "Status",
    () => "状态",
  ),
  "h.objective": m(
    () => "Objective",
    () => "战略目标",
  ),
  "h.dimension": m(
    () => "Dimension",
    () => "维度",
  ),
  "sev.error": m(
    () => "error",
    () => "错误",
  ),
  "sev.warning": m(
    () => "warning",
    () => "警告",
  ),
  "sev.info": m(
    () => "info",
    () => "提示",
  ),
  allChannels: m(
    () => "(all)",
    () => "（全渠道）",
  ),
} satisfies Record<string, Message>;

export type MessageId = keyof typeof MESSAGES;

export function t(lang: Language, id: MessageId, params: P = {}): string {
  return MESSAGES[id][lang](params);
}
