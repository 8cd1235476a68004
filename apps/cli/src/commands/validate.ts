import { type Language, type LocatedFinding, SEVERITY_LABELS } from "@planbook/core";
import { validateWorkbook } from "@planbook/workbook";
import { type Ctx, EXIT, println, tableWidth } from "../io";
import { t } from "../messages";
import { renderTable } from "../output/table";
import { type FileOutcome, fileErrorMessage, forEachWorkbook } from "./read-workbooks";

export interface ValidateOptions {
  json: boolean;
  lang?: Language;
  wide?: boolean;
}

interface FileReport {
  lang: Language;
  brand: string | null;
  brandId: string | null;
  year: number | null;
  findings: LocatedFinding[];
}

export async function runValidate(ctx: Ctx, files: string[], o: ValidateOptions): Promise<number> {
  const outcomes = await forEachWorkbook(ctx, files, (raw): FileReport => {
    const { plan, findings, language } = validateWorkbook(raw, { lang: o.lang });
    return {
      lang: o.lang ?? language,
      brand: plan.brand.name || null,
      brandId: plan.brand.id || null,
      year: plan.year,
      findings,
    };
  });
  if (o.json) ctx.io.stdout.write(`${JSON.stringify(validateJson(ctx, outcomes), null, 2)}\n`);
  else printHuman(ctx, outcomes, tableWidth(ctx.io, o.wide ?? false));
  return exitCode(outcomes);
}

export function exitCode(outcomes: FileOutcome<{ findings: LocatedFinding[] }>[]): number {
  if (outcomes.some((x) => !x.ok)) return EXIT.unusable;
  if (outcomes.some((x) => x.ok && x.value.findings.some((f) => f.severity === "error")))
    return EXIT.findings;
  return EXIT.ok;
}

/** docs/design.md#cli-json: `{"files":[{"file","brand","year","findings":[…]}]}`; brandId and error are extensions. */
function validateJson(ctx: Ctx, outcomes: FileOutcome<FileReport>[]) {
  return {
    files: outcomes.map((x) =>
      x.ok
        ? {
            file: x.file,
            brand: x.value.brand,
            brandId: x.value.brandId,
            year: x.value.year,
            findings: x.value.findings,
          }
        : {
            file: x.file,
            brand: null,
            brandId: null,
            year: null,
            findings: [],
            error: { code: x.error.code, message: fileErrorMessage(ctx, x.error), detail: x.error.detail },
          },
    ),
  };
}

function where(f: LocatedFinding): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  return f.sheet ?? f.table ?? "";
}

function printHuman(ctx: Ctx, outcomes: FileOutcome<FileReport>[], width: number | undefined): void {
  const c = ctx.out;
  for (const x of outcomes) {
    if (!x.ok) {
      println(ctx.io.stderr, ctx.err.red(fileErrorMessage(ctx, x.error)));
      continue;
    }
    const { lang, findings } = x.value;
    println(ctx.io.stdout, c.bold(`${x.file} — ${x.value.brand ?? ""} ${x.value.year ?? ""}`.trimEnd()));
    if (findings.length === 0) {
      println(ctx.io.stdout, c.green(t(lang, "validate.clean")));
      println(ctx.io.stdout);
      continue;
    }
    const paint = (sev: LocatedFinding["severity"], s: string) =>
      sev === "error" ? c.red(s) : sev === "warning" ? c.yellow(s) : c.cyan(s);
    const rows = findings.map((f) => [
      paint(f.severity, SEVERITY_LABELS[f.severity][lang]),
      f.rule,
      where(f),
      f.ref ?? "",
      f.message,
    ]);
    println(
      ctx.io.stdout,
      renderTable(
        [
          t(lang, "h.severity"),
          t(lang, "h.rule"),
          t(lang, "h.where"),
          t(lang, "h.ref"),
          t(lang, "h.message"),
        ],
        rows,
        c,
        { width, shrink: { 2: "elide", 4: "wrap" } },
      ),
    );
    const count = (s: LocatedFinding["severity"]) => findings.filter((f) => f.severity === s).length;
    println(
      ctx.io.stdout,
      t(lang, "validate.summary", {
        errors: count("error"),
        warnings: count("warning"),
        infos: count("info"),
      }),
    );
    println(ctx.io.stdout);
  }
}
