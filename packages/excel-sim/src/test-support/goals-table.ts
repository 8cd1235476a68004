import { addSheet, cellAt, emptyWorkbook, type SheetModel, type WorkbookModel } from "../model";

/**
 * The sim's own tests start from this: sheet Goals whose A3:C5 holds table tblGoals (a header and
 * two rows, G1 100 and G2 250, an empty Check column). Each test file adds what it needs around it.
 */
export function goalsTableWorkbook(): { wb: WorkbookModel; goals: SheetModel } {
  const wb = emptyWorkbook();
  const goals = addSheet(wb, "Goals");
  const rows: Array<Array<string | number>> = [
    ["Goal ID", "Target", "Check"],
    ["G1", 100, ""],
    ["G2", 250, ""],
  ];
  rows.forEach((line, i) => {
    line.forEach((v, j) => {
      cellAt(goals, 3 + i, 1 + j).value = v;
    });
  });
  wb.tables.push({
    id: "{t1}",
    name: "tblGoals",
    sheet: goals,
    rect: { r0: 3, c0: 1, r1: 5, c1: 3 },
    showHeaders: true,
    style: "TableStyleMedium2",
  });
  return { wb, goals };
}
