import type { Language } from "@planbook/core";

/** What the ribbon commands show in the message dialog; texts are already localised. */
export interface DialogMessage {
  lang: Language;
  title: string;
  lines: string[];
  /** error: shown with the alert style and role. */
  tone: "info" | "error";
}

/** The dialog page's URL: the message travels in the fragment, so it never reaches the server. */
export function dialogUrl(pageUrl: string, message: DialogMessage): string {
  const url = new URL("dialog.html", pageUrl);
  url.hash = encodeURIComponent(JSON.stringify(message));
  return url.toString();
}

/** The message in a dialog URL's fragment; null when it is missing or not a message. */
export function parseDialogHash(hash: string): DialogMessage | null {
  try {
    const value: unknown = JSON.parse(decodeURIComponent(hash.replace(/^#/, "")));
    if (typeof value !== "object" || value === null) return null;
    const v = value as Record<string, unknown>;
    const lang = v.lang === "zh-CN" || v.lang === "en" ? v.lang : null;
    const lines =
      Array.isArray(v.lines) && v.lines.every((l) => typeof l === "string") ? (v.lines as string[]) : null;
    if (lang === null || typeof v.title !== "string" || lines === null) return null;
    return { lang, title: v.title, lines, tone: v.tone === "error" ? "error" : "info" };
  } catch {
    return null;
  }
}
