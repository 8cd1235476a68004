import { existsSync } from "node:fs";
import path from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

export interface ExpandedFiles {
  files: string[];
  /** Patterns that matched no file (the shell would have passed them on unexpanded too). */
  unmatched: string[];
}

/**
 * Expands glob patterns for shells that do not (Windows cmd/PowerShell, or a quoted `"*.xlsx"`).
 * An argument that names an existing file is taken as it is, even if it contains glob characters
 * (`brand[1].xlsx`). Matches are sorted, and a file named twice is read once.
 */
export async function expandFiles(args: readonly string[], cwd: string): Promise<ExpandedFiles> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const arg of args) {
    const pattern = process.platform === "win32" ? arg.replaceAll("\\", "/") : arg;
    if (existsSync(path.resolve(cwd, arg)) || !isDynamicPattern(pattern)) {
      add(arg);
      continue;
    }
    const matches = await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false, dot: false });
    if (matches.length === 0) unmatched.push(arg);
    for (const m of matches.sort()) add(m);
  }
  return { files, unmatched };
}
