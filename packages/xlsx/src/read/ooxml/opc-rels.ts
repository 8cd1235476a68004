import { PACKAGE_RELATIONSHIPS, relationshipKind } from "./namespaces";
import { attr, type PartContext, parseXml } from "./xml";

export interface Relationship {
  id: string;
  /** `worksheet`, `table`, `sharedStrings`, `officeDocument` … (either flavour); null for others. */
  kind: string | null;
  /** Part name of the target, resolved against the source part, without a leading slash; null for external or unusable targets. */
  target: string | null;
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `""` (the package) → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Resolves a relationship's Target against its source part, as OPC (ISO 29500-2 §9.3) and RFC 3986
 * say: an absolute path (`/xl/tables/table1.xml`, openpyxl's habit) from the package root, anything
 * else relative to the source part's folder, with `.` and `..` segments (`../tables/table1.xml`)
 * removed; percent-escapes decoded. A target with a scheme (`http:`) is not a part: null.
 */
export function resolveTarget(sourcePart: string, target: string): string | null {
  const bare = target.replace(/\\/g, "/").split("#")[0]?.split("?")[0] ?? "";
  if (bare === "" || /^[a-z][a-z0-9+.-]*:/i.test(bare)) return null;
  const segments = bare.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const raw of bare.split("/")) {
    const s = decodeSegment(raw);
    if (s === "" || s === ".") continue;
    if (s === "..") {
      // OPC forbids climbing above the root; such a target stays at the root rather than failing
      segments.pop();
      continue;
    }
    segments.push(s);
  }
  return segments.length === 0 ? null : segments.join("/");
}

/** Every `<Relationship>` of a .rels part (package-relationships namespace, any prefix). */
export function parseRelationships(xml: Buffer, sourcePart: string, ctx: PartContext): Relationship[] {
  const out: Relationship[] = [];
  parseXml(xml, ctx, {
    open(tag) {
      if (tag.local !== "Relationship" || tag.uri !== PACKAGE_RELATIONSHIPS) return;
      const id = attr(tag, "Id");
      const type = attr(tag, "Type") ?? "";
      const target = attr(tag, "Target") ?? "";
      if (id === undefined) return;
      const external = (attr(tag, "TargetMode") ?? "").toLowerCase() === "external";
      out.push({
        id,
        kind: relationshipKind(type),
        target: external ? null : resolveTarget(sourcePart, target),
      });
    },
  });
  return out;
}
