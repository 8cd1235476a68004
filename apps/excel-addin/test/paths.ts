import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const APP_DIR = fileURLToPath(new URL("..", import.meta.url));
/** Microsoft's manifest XSDs, kept in the repository so that any clone can validate offline. */
export const MANIFEST_XSD = join(APP_DIR, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
export const SOURCE_MANIFEST = join(APP_DIR, "manifest.xml");
