import type { Language } from "@planbook/core";
import { Command, CommanderError, Option } from "commander";
import { runGenerate } from "./commands/generate";
import { runProgress } from "./commands/progress";
import { registerRollup } from "./commands/rollup-command";
import { runValidate } from "./commands/validate";
import { type CliIO, type Ctx, colorsFor, EXIT, println } from "./io";
import { cliLanguage, parseLanguage } from "./lang";
import { type MessageId, t } from "./messages";
import { GENERATOR } from "./version";

/** A bad command line, reported as a usage error (exit 2). */
class UsageError extends Error {}

function usage(lang: Language, id: MessageId, params: Record<string, string | number>): never {
  throw new UsageError(t(lang, id, params));
}

function parseYear(lang: Language, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d{4}$/.test(v.trim()) || n < 2000 || n > 2100) usage(lang, "usage.year", { value: v });
  return n;
}

function parseLang(lang: Language, v: string | undefined): Language | undefined {
  if (v === undefined) return undefined;
  return parseLanguage(v) ?? usage(lang, "usage.lang", { value: v });
}

function parseIntIn(
  lang: Language,
  v: string | undefined,
  min: number,
  max: number,
  id: MessageId,
): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\s*\d+\s*$/.test(v) || n < min || n > max) usage(lang, id, { value: v });
  return n;
}

/** Commander's parse errors in the CLI's language (its own texts are English only). */
function usageText(lang: Language, e: CommanderError): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "commander.unknownOption":
      return t(lang, "usage.unknownOption", { name: quoted });
    case "commander.unknownCommand":
      return t(lang, "usage.unknownCommand", { name: quoted });
    case "commander.missingArgument":
      return t(lang, "usage.missingArgument", { name: quoted });
    case "commander.optionMissingArgument":
      return t(lang, "usage.missingValue", { name: quoted });
    case "commander.excessArguments":
      return t(lang, "usage.tooMany", {});
    default:
      return e.message.replace(/^error:\s*/, "");
  }
}

function buildProgram(ctx: Ctx, setCode: (code: number) => void, pending: Promise<unknown>[]): Command {
  const { lang } = ctx;
  const program = new Command("planbook")
    .description(t(lang, "cli.description"))
    .version(GENERATOR.version)
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      outputError: () => undefined,
    });

  program
    .command("generate")
    .description(t(lang, "cli.generate"))
    .option("--config <file>", t(lang, "opt.config"))
    .option("--year <yyyy>", t(lang, "opt.year"))
    .option("--lang <lang>", t(lang, "opt.lang"))
    .option("--out <dir>", t(lang, "opt.out"), ".")
    .option("--force", t(lang, "opt.force"), false)
    .option("--jobs <n>", t(lang, "opt.jobs"), "1")
    .action(
      (o: { config?: string; year?: string; lang?: string; out: string; force: boolean; jobs: string }) => {
        const options = {
          config: o.config,
          year: parseYear(lang, o.year),
          lang: parseLang(lang, o.lang),
          out: o.out,
          force: o.force,
          jobs: parseIntIn(lang, o.jobs, 1, 256, "usage.jobs") ?? 1,
        };
        pending.push(runGenerate(ctx, options).then(setCode));
      },
    );

  program
    .command("validate")
    .description(t(lang, "cli.validate"))
    .argument("<files...>", t(lang, "arg.files"))
    .option("--json", t(lang, "opt.json"), false)
    .option("--lang <lang>", t(lang, "opt.lang"))
    .action((files: string[], o: { json: boolean; lang?: string }) => {
      const options = { json: o.json, lang: parseLang(lang, o.lang) };
      pending.push(runValidate(ctx, files, options).then(setCode));
    });

  program
    .command("progress")
    .description(t(lang, "cli.progress"))
    .argument("<files...>", t(lang, "arg.files"))
    .option("--json", t(lang, "opt.json"), false)
    .addOption(new Option("--as-of <month>", t(lang, "opt.asOf")))
    .option("--lang <lang>", t(lang, "opt.lang"))
    .action((files: string[], o: { json: boolean; asOf?: string; lang?: string }) => {
      const options = {
        json: o.json,
        asOf: parseIntIn(lang, o.asOf, 1, 12, "usage.asOf"),
        lang: parseLang(lang, o.lang),
      };
      pending.push(runProgress(ctx, files, options).then(setCode));
    });

  registerRollup(program, ctx, {
    lang: (v) => parseLang(lang, v),
    month: (v) => parseIntIn(lang, v, 1, 12, "usage.asOf"),
    jobs: (v) => parseIntIn(lang, v, 1, 256, "usage.jobs"),
    run: (code) => pending.push(code.then(setCode)),
  });

  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      outputError: () => undefined,
    });
  }
  return program;
}

/**
 * Runs the CLI and resolves its exit code. Everything that can go wrong ends here as a message and
 * exit 2 — never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const lang = cliLanguage(io.env);
  const ctx: Ctx = { io, lang, out: colorsFor(io.stdout, io.env), err: colorsFor(io.stderr, io.env) };
  let code: number = EXIT.ok;
  const pending: Promise<unknown>[] = [];
  try {
    const program = buildProgram(
      ctx,
      (c) => {
        code = c;
      },
      pending,
    );
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.unusable;
    }
    await program.parseAsync([...argv], { from: "user" });
    await Promise.all(pending);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === "commander.helpDisplayed" ||
        e.code === "commander.version" ||
        e.code === "commander.help"
      ) {
        return EXIT.ok;
      }
      println(io.stderr, ctx.err.red(t(lang, "usage.error", { detail: usageText(lang, e) })));
      return EXIT.unusable;
    }
    if (e instanceof UsageError) {
      println(io.stderr, ctx.err.red(t(lang, "usage.error", { detail: e.message })));
      return EXIT.unusable;
    }
    const detail = e instanceof Error ? e.message : String(e);
    println(io.stderr, ctx.err.red(t(lang, "internal.error", { detail })));
    if (io.env.PLANBOOK_DEBUG && e instanceof Error && e.stack) println(io.stderr, e.stack);
    return EXIT.unusable;
  }
}
