import type { Language } from "@planbook/core";
import { Command, CommanderError, Option } from "commander";
import { registerRollup } from "./commands/rollup-command";
import { type CliIO, type Ctx, colorsFor, EXIT, println } from "./io";
import { cliLanguage, parseLanguage } from "./lang";
import { type MessageId, t } from "./messages";
import { displayWidth } from "./output/width";
import { GENERATOR } from "./version";

/** A bad command line, reported as a usage error (exit 2). */
class UsageError extends Error {}

const COMMANDS = ["generate", "validate", "progress"] as const;

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
function usageText(lang: Language, e: CommanderError, known: readonly string[]): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? "";
  const maybe = (text: string) => {
    const near = closest(quoted.replace(/=.*$/, ""), known);
    return near ? `${text}\n${t(lang, "usage.didYouMean", { name: near })}` : text;
  };
  switch (e.code) {
    case "commander.unknownOption":
      return maybe(t(lang, "usage.unknownOption", { name: quoted }));
    case "commander.unknownCommand":
      return maybe(t(lang, "usage.unknownCommand", { name: quoted }));
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

/** Edit distance (insert, delete, substitute, swap neighbours), for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] ?? 0;
}

/** The known word nearest to a mistyped one, if it is near enough to be what was meant. */
function closest(word: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  const prefix = known.filter((k) => word.length >= 3 && k.startsWith(word));
  if (prefix.length === 1) return prefix[0] ?? null;
  return best !== null && bestD <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}

/** Help in the CLI's language: commander's headings and "(default: …)" are English only. */
function helpConfig(lang: Language) {
  const titles: Record<string, MessageId> = {
    "Usage:": "help.usage",
    "Arguments:": "help.arguments",
    "Options:": "help.options",
    "Commands:": "help.commands",
  };
  return {
    styleTitle: (s: string) => (titles[s] ? t(lang, titles[s] as MessageId) : s),
    optionDescription: (o: Option) => {
      const shown = o.defaultValue !== undefined && o.defaultValue !== false && !o.negate;
      return shown
        ? t(lang, "help.default", { text: o.description, value: String(o.defaultValue) })
        : o.description;
    },
    displayWidth,
    subcommandTerm: (cmd: Command) => `${cmd.name()} ${cmd.usage()}`,
    showGlobalOptions: false,
  };
}

function buildProgram(ctx: Ctx, setCode: (code: number) => void, pending: Promise<unknown>[]): Command {
  const { lang } = ctx;
  const program = new Command("planbook")
    .description(t(lang, "cli.description"))
    .usage(t(lang, "help.programUsage"))
    .version(GENERATOR.version, "-V, --version", t(lang, "opt.version"))
    .helpOption("-h, --help", t(lang, "opt.help"))
    .helpCommand(t(lang, "help.helpCommand"), t(lang, "cli.help"))
    .configureHelp(helpConfig(lang))
    .addHelpText("after", `\n${t(lang, "help.exitCodes")}\n${t(lang, "help.more")}`)
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
    .usage(t(lang, "help.commandUsage", { args: "" }).trimEnd())
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
        // each command's module (and exceljs, yaml, the reader …) loads only when it runs
        pending.push(import("./commands/generate").then((m) => m.runGenerate(ctx, options)).then(setCode));
      },
    );

  program
    .command("validate")
    .description(t(lang, "cli.validate"))
    .usage(t(lang, "help.commandUsage", { args: `<${t(lang, "arg.filesName")}...>` }))
    .argument(`<${t(lang, "arg.filesName")}...>`, t(lang, "arg.files"))
    .option("--json", t(lang, "opt.json"), false)
    .option("--lang <lang>", t(lang, "opt.lang"))
    .option("--wide", t(lang, "opt.wide"), false)
    .action((files: string[], o: { json: boolean; lang?: string; wide: boolean }) => {
      const options = { json: o.json, lang: parseLang(lang, o.lang), wide: o.wide };
      pending.push(
        import("./commands/validate").then((m) => m.runValidate(ctx, files, options)).then(setCode),
      );
    });

  program
    .command("progress")
    .description(t(lang, "cli.progress"))
    .usage(t(lang, "help.commandUsage", { args: `<${t(lang, "arg.filesName")}...>` }))
    .argument(`<${t(lang, "arg.filesName")}...>`, t(lang, "arg.files"))
    .option("--json", t(lang, "opt.json"), false)
    .addOption(new Option("--as-of <month>", t(lang, "opt.asOf")))
    .option("--lang <lang>", t(lang, "opt.lang"))
    .option("--wide", t(lang, "opt.wide"), false)
    .action((files: string[], o: { json: boolean; asOf?: string; lang?: string; wide: boolean }) => {
      const options = {
        json: o.json,
        wide: o.wide,
        asOf: parseIntIn(lang, o.asOf, 1, 12, "usage.asOf"),
        lang: parseLang(lang, o.lang),
      };
      pending.push(
        import("./commands/progress").then((m) => m.runProgress(ctx, files, options)).then(setCode),
      );
    });

  registerRollup(program, ctx, {
    lang: (v) => parseLang(lang, v),
    month: (v) => parseIntIn(lang, v, 1, 12, "usage.asOf"),
    jobs: (v) => parseIntIn(lang, v, 1, 256, "usage.jobs"),
    run: (code) => pending.push(code.then(setCode)),
  });

  for (const cmd of program.commands) {
    // commander writes "[options]" in English; every command's usage line in the CLI's language
    cmd.usage(cmd.usage().replace("[options]", t(lang, "help.optionsWord")));
    cmd
      .helpOption("-h, --help", t(lang, "opt.help"))
      .configureHelp(helpConfig(lang))
      .addHelpText("after", `\n${t(lang, "help.exitCodes")}`)
      .exitOverride((e) => {
        // remembered so a usage error can point at this command's help
        failedCommand = cmd.name();
        throw e;
      })
      .hook("preAction", () => {
        failedCommand = cmd.name();
      })
      .configureOutput({
        writeOut: (s) => ctx.io.stdout.write(s),
        writeErr: (s) => ctx.io.stderr.write(s),
        outputError: () => undefined,
      });
  }
  return program;
}

/** The subcommand whose parsing or options went wrong, for the "--help" hint. */
let failedCommand: string | null = null;

function usageHint(lang: Language, detail: string): string {
  const command = failedCommand ? `planbook ${failedCommand}` : "planbook";
  return t(lang, "usage.error", { detail, command });
}

/** Known names for suggestions: commands, or the options of the command that failed. */
function knownWords(program: Command): string[] {
  const cmd = program.commands.find((c) => c.name() === failedCommand);
  if (!cmd) return program.commands.map((c) => c.name());
  return cmd.options.flatMap((o) => [o.long, o.short].filter((x): x is string => Boolean(x)));
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
  failedCommand = null;
  let program: Command | undefined;
  try {
    program = buildProgram(
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
      const known = program ? knownWords(program) : [...COMMANDS];
      println(io.stderr, ctx.err.red(usageHint(lang, usageText(lang, e, known))));
      return EXIT.unusable;
    }
    if (e instanceof UsageError) {
      println(io.stderr, ctx.err.red(usageHint(lang, e.message)));
      return EXIT.unusable;
    }
    const detail = e instanceof Error ? e.message : String(e);
    println(io.stderr, ctx.err.red(t(lang, "internal.error", { detail })));
    if (io.env.PLANBOOK_DEBUG && e instanceof Error && e.stack) println(io.stderr, e.stack);
    return EXIT.unusable;
  }
}
