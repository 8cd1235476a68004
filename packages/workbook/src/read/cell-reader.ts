import type { Unit } from "@planbook/core";
import { parseDate } from "../cells/date";
import { parseEnum, parsePhasing } from "../cells/enum";
import { parseList } from "../cells/list";
import { type NumberNote, type NumberOptions, parseNumber } from "../cells/number";
import { cellText, isErrorCell, rawText } from "../cells/text";
import type { RawCell } from "../grid/raw";
import type { ColumnKind } from "../layout/types";

/**
 * What a cell holds for the model, or why it cannot be read. `expected` is a stable key for the
 * message: `number`, `integer`, `percent`, `date`, or `list` (a closed list, named in `list`).
 */
export type CellReading =
  | { ok: true; value: unknown; notes: NumberNote[] }
  | { ok: false; error: true; text: string }
  | { ok: false; error: false; text: string; expected: string; list?: string };

export interface CellContext {
  planYear: number;
  /** Unit of the goal this row's goal values are in (null: unknown, read as plain numbers). */
  unit: () => Unit | null;
}

const ok = (value: unknown, notes: NumberNote[] = []): CellReading => ({ ok: true, value, notes });

function readNumberCell(raw: RawCell, opts: NumberOptions, expected: string): CellReading {
  const r = parseNumber(raw, opts);
  if (r.ok) return ok(r.value, r.notes);
  if (r.reason === "error-value") return { ok: false, error: true, text: r.text };
  return {
    ok: false,
    error: false,
    text: r.text,
    expected: r.reason === "not-an-integer" ? "integer" : expected,
  };
}

/** Reads one input cell per its column kind; never throws. Formula columns are not input. */
export function readCell(kind: ColumnKind, raw: RawCell, ctx: CellContext): CellReading {
  if (isErrorCell(raw)) return { ok: false, error: true, text: raw.error };
  switch (kind.type) {
    case "text":
    case "id":
      return ok(cellText(raw));
    case "idList":
      return ok(parseList(raw));
    case "count":
      return readNumberCell(raw, { integer: true }, "integer");
    case "decimal":
      return readNumberCell(raw, {}, "number");
    case "percent":
      // Attainments pass 100%: 1.2 is 120% as Excel stores it; only a bare 95 is percent points.
      return readNumberCell(raw, { percent: true, percentPointsAbove: 10 }, "percent");
    case "currency":
      return readNumberCell(raw, {}, "number");
    case "goalValue": {
      if (cellText(raw) === null) return ok(null);
      const percent = ctx.unit() === "percent";
      return readNumberCell(raw, { percent }, percent ? "percent" : "number");
    }
    case "date": {
      const r = parseDate(raw, ctx.planYear);
      return r.ok ? ok(r.value) : { ok: false, error: false, text: r.text, expected: "date" };
    }
    case "enum": {
      const r = parseEnum(kind.list, raw);
      if (r.ok) return ok(r.value);
      if (r.reason === "error-value") return { ok: false, error: true, text: r.text };
      return { ok: false, error: false, text: r.text, expected: "list", list: kind.list };
    }
    case "phasing": {
      const r = parsePhasing(raw);
      return r.ok ? ok(r.value) : { ok: false, error: true, text: r.text };
    }
    case "formula":
      return ok(undefined);
    default:
      return { ok: false, error: false, text: rawText(raw), expected: "value" };
  }
}
