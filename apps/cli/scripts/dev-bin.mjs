// `pnpm planbook …` from anywhere in the repository: pnpm runs root scripts in the workspace root,
// so go back to the folder the command was typed in (INIT_CWD) before the CLI resolves paths.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
await import("../dist/bin.js");
