import { spawnSync } from "node:child_process";
import { MANIFEST_XSD } from "./paths";

/** Validates a manifest file against the Office XSDs offline; returns xmllint's verdict. */
export function validateManifest(file: string): { ok: boolean; output: string } {
  const run = spawnSync("xmllint", ["--noout", "--schema", MANIFEST_XSD, file], { encoding: "utf8" });
  if (run.error) throw run.error;
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
