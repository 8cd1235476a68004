import type { Language } from "../model/enums";

/**
 * A message: fixed text, or a function of what it names (so each language can put the values
 * where its grammar wants them). A group of messages may nest one more catalog (the severity
 * headings of a pane, say).
 */
type Message = string | ((...args: never[]) => string);
export interface MessageCatalog {
  readonly [key: string]: Message | MessageCatalog;
}

/**
 * What the other language must provide for a catalog: the same keys, text where there is text,
 * and functions taking the same parameters (which also types the zh-CN functions' parameters, so
 * they need no annotations of their own).
 */
export type SameMessages<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: SameMessages<T[K]> };

/**
 * One catalog per language, checked for parity by the compiler: a key that is missing from zh-CN,
 * a key zh-CN has and en lacks (written inline, as object-literal checks apply), or a function
 * whose parameters differ does not compile. Every user-visible text of Planbook is defined so.
 *
 * ```ts
 * const TEXT = defineMessages({
 *   en: { saved: (file: string) => `wrote ${file}` },
 *   "zh-CN": { saved: (file) => `已写入 ${file}` },
 * });
 * TEXT[lang].saved("plan.xlsx");
 * ```
 */
export function defineMessages<const T extends MessageCatalog>(messages: {
  en: T;
  "zh-CN": SameMessages<T>;
}): Readonly<Record<Language, SameMessages<T>>> {
  return messages as unknown as Readonly<Record<Language, SameMessages<T>>>;
}
