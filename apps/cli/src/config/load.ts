import { readFile } from "node:fs/promises";
import path from "node:path";
import { ENUM_LABELS, type Language } from "@planbook/core";
import { isCollection, isNode, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { t } from "../messages";
import { coerceConfig } from "./coerce";
import { PlanbookConfig } from "./schema";

export type ConfigResult = { ok: true; config: PlanbookConfig } | { ok: false; errors: string[] };

/** Reads and checks a YAML config; every problem names the file, the line and the field path. */
export async function loadConfig(
  file: string,
  lang: Language,
  label = path.basename(file),
  years?: PlanYears,
): Promise<ConfigResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const detail = e instanceof Error && "code" in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    return { ok: false, errors: [t(lang, "config.unreadable", { file: label, detail })] };
  }
  return parseConfig(text, label, lang, years);
}

/** The plan years a run will use: --year, else the brand's or config's year, else `fallback`. */
export interface PlanYears {
  override?: number;
  fallback: number;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Date fields of a brand that take `--MM-DD` (schema.ts: withConfigDates). */
const DATE_FIELDS = [
  ["goals", ["start", "deadline"]],
  ["campaigns", ["start", "end"]],
  ["content", ["date"]],
] as const;

export function parseConfig(text: string, label: string, lang: Language, years?: PlanYears): ConfigResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const line = e.linePos?.[0]?.line;
        return t(lang, "config.syntax", {
          where: line ? `${label}:${line}` : label,
          detail: firstLine(e.message),
        });
      }),
    };
  }
  const input = coerceConfig(PlanbookConfig, doc.toJS() ?? {});
  const parsed = PlanbookConfig.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const line = lineOf(doc.contents, issue.path, lineCounter);
        return t(lang, "config.field", {
          where: line ? `${label}:${line}` : label,
          path: formatPath(issue.path) || "(root)",
          detail: describeIssue(issue, lang),
        });
      }),
    };
  }
  const seen = new Set<string>();
  const errors: string[] = [];
  parsed.data.brands.forEach((b, i) => {
    if (seen.has(b.id)) {
      const line = lineOf(doc.contents, ["brands", i, "id"], lineCounter);
      errors.push(
        t(lang, "config.field", {
          where: line ? `${label}:${line}` : label,
          path: `brands[${i}].id`,
          detail: t(lang, "config.duplicateBrand", { id: b.id }),
        }),
      );
    }
    seen.add(b.id);
  });
  // `--02-29` is a day only in leap years: checked against the year each brand's plan will have
  if (years) {
    parsed.data.brands.forEach((b, i) => {
      const year = years.override ?? b.year ?? parsed.data.year ?? years.fallback;
      if (isLeap(year)) return;
      for (const [section, fields] of DATE_FIELDS) {
        (b[section] as Record<string, unknown>[]).forEach((row, j) => {
          for (const field of fields) {
            if (row[field] !== "--02-29") continue;
            const fieldPath = [`brands`, i, section, j, field];
            const line = lineOf(doc.contents, fieldPath, lineCounter);
            errors.push(
              t(lang, "config.field", {
                where: line ? `${label}:${line}` : label,
                path: formatPath(fieldPath),
                detail: t(lang, "config.notLeapYear", { year }),
              }),
            );
          }
        });
      }
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config: parsed.data };
}

/** The yaml package's message without its "at line …" tail and code excerpt (we print the line). */
function firstLine(s: string): string {
  return (s.split("\n")[0] ?? s).replace(/ at line \d+, column \d+:?$/, "");
}

/** `brands[1].goals[0].target` */
export function formatPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, k) => {
    if (typeof k === "number") return `${acc}[${k}]`;
    return acc === "" ? String(k) : `${acc}.${String(k)}`;
  }, "");
}

/** Line of the deepest node along `p` that exists (a missing field points at its parent). */
function lineOf(root: unknown, p: readonly PropertyKey[], lc: LineCounter): number | null {
  let node: unknown = root;
  let found: YamlNode | null = isNode(root) ? root : null;
  for (const key of p) {
    if (!isCollection(node)) break;
    const next = node.get(typeof key === "symbol" ? String(key) : key, true);
    if (!isNode(next)) {
      // the key may be present with a null value: point at the key itself
      const pair = node.items.find(
        (it) =>
          it &&
          typeof it === "object" &&
          "key" in it &&
          isNode(it.key) &&
          (it.key as { value?: unknown }).value === key,
      ) as { key: YamlNode } | undefined;
      if (pair) found = pair.key;
      break;
    }
    node = next;
    found = next;
  }
  const offset = found?.range?.[0];
  return offset === undefined ? null : lc.linePos(offset).line;
}

const TYPE_IDS = {
  number: "type.number",
  string: "type.string",
  boolean: "type.boolean",
  array: "type.array",
  object: "type.object",
  null: "type.null",
  int: "type.integer",
} as const;

function typeName(name: unknown, lang: Language): string {
  const id = TYPE_IDS[String(name) as keyof typeof TYPE_IDS];
  return id ? t(lang, id) : String(name);
}

function received(input: unknown, lang: Language): string {
  if (input === undefined) return "";
  if (input === null) return t(lang, "type.null");
  if (Array.isArray(input)) return t(lang, "type.array");
  if (typeof input === "string") return `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (typeof input === "object") return t(lang, "type.object");
  return String(input);
}

function describeIssue(issue: z.core.$ZodIssue, lang: Language): string {
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeName(issue.expected, lang);
      if (issue.input === undefined) return t(lang, "config.required", { expected });
      return t(lang, "config.expectedGot", { expected, got: received(issue.input, lang) });
    }
    case "unrecognized_keys":
      return t(lang, "config.unknownKeys", { keys: issue.keys.join(", ") });
    case "invalid_value":
      return t(lang, "config.oneOf", {
        values: choices(
          issue.values.map((v) => String(v)),
          lang,
        ),
      });
    case "invalid_format":
      if (issue.format === "regex" && String(issue.message).includes("YYYY-MM-DD")) {
        return t(lang, "config.expected", { expected: t(lang, "type.date") });
      }
      return t(lang, "config.pattern", { detail: issue.message });
    case "too_small":
      if (issue.origin === "array" && issue.exact)
        return t(lang, "config.length", { n: Number(issue.minimum) });
      if (issue.origin === "array" && issue.path.at(-1) === "brands") return t(lang, "config.noBrands");
      return t(lang, "config.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "array" && issue.exact)
        return t(lang, "config.length", { n: Number(issue.maximum) });
      return t(lang, "config.tooBig", { max: Number(issue.maximum) });
    case "custom":
      if (issue.params?.id === "config.notCalendarDate")
        return t(lang, "config.notCalendarDate", { value: String(issue.input) });
      return t(lang, "config.other", { detail: issue.message });
    default:
      return t(lang, "config.other", { detail: issue.message });
  }
}

/**
 * The allowed values of a closed list with the label a workbook cell shows, which the config
 * takes too: `core (核心)` in zh-CN, `core (Core)` in English.
 */
function choices(keys: string[], lang: Language): string {
  const list = Object.entries(ENUM_LABELS).find(
    ([, labels]) => Object.keys(labels).length === keys.length && keys.every((k) => k in labels),
  );
  if (!list) return keys.join(", ");
  const labels = list[1] as Record<string, Record<Language, string>>;
  return keys
    .map((k) => {
      const label = labels[k]?.[lang];
      return label && label.toLowerCase() !== k ? `${k} (${label})` : k;
    })
    .join(", ");
}
