import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const APP_DIR = fileURLToPath(new URL("..", import.meta.url));
export const REPO_ROOT = resolve(APP_DIR, "..", "..");
/** CI clones the repository beside a copy of shared/ (DESIGN §6). */
export const MANIFEST_XSD = resolve(
  REPO_ROOT,
  "..",
  "shared",
  "schemas",
  "office-addin-manifest",
  "OfficeAppManifestV1_1.xsd",
);
export const SOURCE_MANIFEST = join(APP_DIR, "manifest.xml");
