import * as z from "zod";
import { Severity, SmartLetter } from "./enums";

/** Where a finding points inside the model: a row of a collection and, where known, its field. */
export const FindingLocation = z.object({
  collection: z.string(),
  index: z.number().int().min(0),
  /** Model field name (e.g. `target`), or `months.3` for April of a monthly row. */
  field: z.string().nullable().default(null),
});
export type FindingLocation = z.infer<typeof FindingLocation>;

/**
 * A finding as the engine produces it: a value with a stable rule id and the parameters its
 * message needs. Text is made at the edge by `formatFinding(finding, lang)`; the workbook layer
 * adds sheet, table and cell.
 */
export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  smart: SmartLetter.nullable().default(null),
  /** The row's ID (goal id, campaign id …) where it has one. */
  ref: z.string().nullable().default(null),
  at: FindingLocation.nullable().default(null),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).default({}),
});
export type Finding = z.infer<typeof Finding>;

/** The shape findings take in JSON output and in the add-in (docs/design.md#rules). */
export const LocatedFinding = z.object({
  rule: z.string(),
  severity: Severity,
  smart: SmartLetter.nullable(),
  sheet: z.string().nullable(),
  table: z.string().nullable(),
  cell: z.string().nullable(),
  ref: z.string().nullable(),
  message: z.string(),
});
export type LocatedFinding = z.infer<typeof LocatedFinding>;
