import type { Language } from "@planbook/core";
import { type Command, Option } from "commander";
import type { Ctx } from "../io";
import { t } from "../messages";
import { rt } from "./rollup-messages";

/** The command line's parsers, shared with the other commands (usage errors, exit 2). */
export interface RollupParsers {
  lang(v: string | undefined): Language | undefined;
  month(v: string | undefined): number | undefined;
  jobs(v: string | undefined): number | undefined;
  /** Queues the command's promise of an exit code. */
  run(code: Promise<number>): void;
}

/** Registers `planbook rollup`; the command module itself loads only when the command runs. */
export function registerRollup(program: Command, ctx: Ctx, p: RollupParsers): void {
  const { lang } = ctx;
  program
    .command("rollup")
    .description(rt(lang, "cli.rollup"))
    .argument("<files...>", t(lang, "arg.files"))
    .option("--out <file>", rt(lang, "opt.rollupOut"))
    .option("--html <file>", rt(lang, "opt.rollupHtml"))
    .addOption(new Option("--as-of <month>", t(lang, "opt.asOf")))
    .option("--json", t(lang, "opt.json"), false)
    .option("--lang <lang>", rt(lang, "opt.rollupLang"))
    .option("--jobs <n>", rt(lang, "opt.rollupJobs"), "1")
    .action(
      (
        files: string[],
        o: { out?: string; html?: string; asOf?: string; json: boolean; lang?: string; jobs: string },
      ) => {
        const options = {
          json: o.json,
          out: o.out,
          html: o.html,
          asOf: p.month(o.asOf),
          lang: p.lang(o.lang),
          jobs: p.jobs(o.jobs) ?? 1,
        };
        p.run(import("./rollup").then((m) => m.runRollup(ctx, files, options)));
      },
    );
}
