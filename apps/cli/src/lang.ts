import type { Language } from "@planbook/core";

/** The CLI's own language: LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them; zh* → zh-CN. */
export function cliLanguage(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(locale) ? "zh-CN" : "en";
}

export function parseLanguage(input: string): Language | null {
  const s = input.trim().toLowerCase().replace("_", "-");
  if (s === "en" || s.startsWith("en-")) return "en";
  if (s === "zh" || s === "zh-cn" || s === "zh-hans" || s === "cn") return "zh-CN";
  return null;
}
