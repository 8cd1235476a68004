import path from "node:path";

/**
 * A path as the user should read it: relative to the working directory when it lies inside it
 * (`out/brand-2027.xlsx`), absolute otherwise — `../../tmp/x.xlsx` says less than `/tmp/x.xlsx`.
 */
export function displayPath(cwd: string, target: string): string {
  const absolute = path.resolve(cwd, target);
  const relative = path.relative(cwd, absolute);
  if (relative === "") return ".";
  return relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
    ? absolute
    : relative;
}
