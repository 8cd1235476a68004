/** The structure of an .xlsx as openpyxl (an independent reader) sees it, as JSON. */
export interface WorkbookStructure {
  sheets: { name: string; state: string; merged: string[]; frozen: string | null }[];
  tables: { sheet: string; name: string; ref: string; headers: string[] }[];
  validations: {
    sheet: string;
    sqref: string;
    type: string;
    formula1: string | null;
    errorStyle: string | null;
  }[];
  names: Record<string, { ref: string; value: unknown }>;
  properties: {
    title: string | null;
    creator: string | null;
    created: string | null;
    keywords: string | null;
  };
  /** Per sheet name, per A1 address: value (formula text with `=`), data type, locked, fill colour, number format. */
  cells: Record<
    string,
    Record<string, { value: unknown; type: string; locked: boolean; fill: string | null; format: string }>
  >;
  hiddenColumns: Record<string, string[]>;
}

export const DUMP_STRUCTURE = `
import json, sys, datetime, openpyxl, warnings
warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
want = set(sys.argv[2:])
def j(v):
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return v
out = {"sheets": [], "tables": [], "validations": [], "names": {}, "cells": {}, "hiddenColumns": {}}
for ws in wb.worksheets:
    out["sheets"].append({"name": ws.title, "state": ws.sheet_state,
        "merged": [str(r) for r in ws.merged_cells.ranges], "frozen": ws.freeze_panes})
    for t in ws.tables.values():
        out["tables"].append({"sheet": ws.title, "name": t.name, "ref": t.ref,
            "headers": [c.name for c in t.tableColumns]})
    for dv in ws.data_validations.dataValidation:
        out["validations"].append({"sheet": ws.title, "sqref": str(dv.sqref), "type": dv.type,
            "formula1": dv.formula1, "errorStyle": dv.errorStyle})
    out["hiddenColumns"][ws.title] = sorted({openpyxl.utils.get_column_letter(i)
        for d in ws.column_dimensions.values() if d.hidden for i in range(d.min, d.max + 1)},
        key=lambda l: (len(l), l))
    if ws.title in want:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None
                cells[c.coordinate] = {"value": j(c.value), "type": c.data_type, "locked": c.protection.locked,
                    "fill": fill if isinstance(fill, str) else None, "format": c.number_format}
        out["cells"][ws.title] = cells
for dn in wb.defined_names.definedName:
    name = dn.name
    # openpyxl cannot resolve structured references (lstGoalIds = tblGoals[Goal ID]) to cells
    try: dests = list(dn.destinations)
    except AttributeError: dests = []
    value = None
    if dests:
        s, addr = dests[0]
        value = j(wb[s][addr.replace("$", "")].value)
    out["names"][name] = {"ref": dn.attr_text, "value": value}
p = wb.properties
out["properties"] = {"title": p.title, "creator": p.creator, "created": j(p.created), "keywords": p.keywords}
print(json.dumps(out, ensure_ascii=False))
`;
