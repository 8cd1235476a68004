import type { Finding, RuleId, RuleParams, Unit, UnreadableCellParams } from "@planbook/core";
import type { RawCell } from "../grid/raw";
import type { ColumnSpec } from "../layout/types";
import { type CellContext, readCell } from "./cell-reader";
import { makeFinding } from "./findings";
import type { FoundTable } from "./tables";

export type RowRecord = Record<string, unknown>;

export interface TableRows {
  records: RowRecord[];
  /** Sheet row (1-based) of each record: blank rows are skipped, addresses stay real. */
  sheetRows: number[];
  findings: Finding[];
}

export interface RowContext {
  planYear: number;
  /** Unit for the goal-value cells of a row, given the row's other fields (already read). */
  unitOf: (record: RowRecord) => Unit | null;
}

/** The field that names a row (its ID), per collection; findings carry it as `ref`. */
const REF_FIELD: Record<string, string> = {
  goals: "id",
  objectives: "id",
  strategies: "id",
  campaigns: "id",
  channels: "channel",
  actuals: "goalId",
  phasing: "goalId",
  seasonality: "profile",
};

/** Lengths of the model's slot arrays (`months.N`, `quarters.N`). */
const SLOTS: Record<string, number> = { months: 12, quarters: 4 };

/** How one input column lands in a record, worked out once per table rather than per cell. */
interface ColumnPlan {
  spec: ColumnSpec;
  /** 0-based index among the table's cells. */
  at: number;
  header: string;
  /** `months` for `months.3`; the field itself otherwise. */
  field: string;
  /** 3 for `months.3`; null for a plain field. */
  slot: number | null;
}

function planColumns(found: FoundTable, columnIndex: Map<string, number>): ColumnPlan[] {
  const plans: ColumnPlan[] = [];
  for (const spec of found.spec.columns) {
    const at = columnIndex.get(spec.key);
    if (at === undefined || spec.toolOwned || spec.kind.type === "formula") continue;
    const m = /^(\w+)\.(\d+)$/.exec(spec.key);
    const field = m?.[1] ?? spec.key;
    plans.push({
      spec,
      at,
      header: found.raw.headers[at] ?? spec.header.en,
      field,
      slot: m ? Number(m[2]) : null,
    });
  }
  // Goal values last: by then the row's Unit (or the goal it names) has been read.
  return plans.sort(
    (a, b) => Number(a.spec.kind.type === "goalValue") - Number(b.spec.kind.type === "goalValue"),
  );
}

function isBlankCell(raw: RawCell | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

/** A fresh record holding the slot arrays the table's columns fill. */
function emptyRecord(slotFields: readonly string[]): RowRecord {
  const record: RowRecord = {};
  for (const field of slotFields) record[field] = Array<null>(SLOTS[field] ?? 12).fill(null);
  return record;
}

function put(record: RowRecord, col: ColumnPlan, value: unknown): void {
  if (col.slot === null) {
    record[col.field] = value;
    return;
  }
  const arr = record[col.field];
  if (Array.isArray(arr)) arr[col.slot] = value;
}

/** Params every cell finding carries: the header as in the workbook, and the month of a monthly cell. */
function whereParams(col: ColumnPlan): { column: string; month?: number } {
  const params: { column: string; month?: number } = { column: col.header };
  if (col.field === "months" && col.slot !== null) params.month = col.slot + 1;
  return params;
}

/**
 * Reads a table's body into plain records keyed by model field. Rows with every input cell blank
 * are skipped (tool-owned formula cells and user columns do not count); each finding points at
 * the model index of its row and the field of its cell.
 */
export function readTableRows(
  found: FoundTable,
  columnIndex: Map<string, number>,
  ctx: RowContext,
): TableRows {
  const { spec, raw } = found;
  const columns = planColumns(found, columnIndex);
  // Every slot array of the spec, even when its columns are missing: the model needs all 12 months.
  const slotFields = [...new Set(spec.columns.flatMap((c) => /^(\w+)\.\d+$/.exec(c.key)?.[1] ?? []))];
  const collection = spec.collection;
  const refField = REF_FIELD[collection];
  const monthly = collection === "actuals" || collection === "phasing";
  const out: TableRows = { records: [], sheetRows: [], findings: [] };

  raw.rows.forEach((cells, bodyIndex) => {
    if (columns.every((c) => isBlankCell(cells[c.at]))) return;
    const index = out.records.length;
    const record = emptyRecord(slotFields);
    const unreadable: string[] = [];
    const rowFindings: Finding[] = [];
    const report = <R extends RuleId>(rule: R, col: ColumnPlan, params: RuleParams<R>) => {
      const at = { collection, index, field: col.spec.key };
      rowFindings.push(makeFinding(rule, { at, params: { ...params, ...whereParams(col) } }));
    };
    const cellCtx: CellContext = { planYear: ctx.planYear, unit: () => ctx.unitOf(record) };

    for (const col of columns) {
      const rawCell = cells[col.at] ?? null;
      const reading = readCell(col.spec.kind, rawCell, cellCtx);
      if (reading.ok) {
        put(record, col, reading.value);
        if (reading.notes.length === 0) continue;
        const text = typeof rawCell === "string" ? rawCell.trim() : String(rawCell);
        const value = typeof reading.value === "number" ? reading.value : null;
        if (reading.notes.includes("text-number")) report("value.text-number", col, { text, value });
        if (reading.notes.includes("percent-scale")) report("value.percent-scale", col, { text, value });
        continue;
      }
      put(record, col, col.spec.kind.type === "idList" ? [] : null);
      unreadable.push(col.spec.key);
      if (reading.error) {
        report("value.error", col, { text: reading.text });
      } else {
        const params: UnreadableCellParams = { text: reading.text, expected: reading.expected };
        if (reading.list) params.list = reading.list;
        report(col.spec.invalidRule ?? "value.invalid", col, params);
      }
    }
    record.unreadable = unreadable;
    // The naming field is a string in the model ("" when blank): validation reports it missing.
    if (refField && (record[refField] === null || record[refField] === undefined)) record[refField] = "";
    const refValue = refField ? record[refField] : null;
    const ref = typeof refValue === "string" && refValue !== "" ? refValue : null;
    // Messages about a monthly row name its goal (`goal`), as core's actual.* findings do.
    for (const f of rowFindings) {
      out.findings.push({ ...f, ref, params: monthly ? { goal: ref, ...f.params } : f.params });
    }
    out.records.push(record);
    out.sheetRows.push(raw.headerRow + 1 + bodyIndex);
  });
  return out;
}
