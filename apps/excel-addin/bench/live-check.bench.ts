import { cpus, loadavg } from "node:os";
import type { ExcelSim } from "@planbook/excel-sim";
import { afterAll, beforeAll, bench, describe } from "vitest";
import { type ExcelRunner, LiveCheck } from "../src/office/live-check";
import { bigSim, columnName } from "../src/office/sim-fixtures";
import { validateGoals } from "../src/office/validate";

/**
 * Live check against a full Validate goals at 2,000 goals in excel-sim: the JS time from an edit
 * to its flag (debounce set to 0 here; the pane adds its 400 ms quiet period) and the bytes that
 * travel to and from Excel (request + response JSON of every sync). Both measured in this run.
 */
const asExcel = (ctx: unknown) => ctx as Excel.RequestContext;
const bytes = (sim: ExcelSim) => sim.stats.records.reduce((n, r) => n + r.requestBytes + r.responseBytes, 0);

let full: ExcelSim;
let liveSim: ExcelSim;
let live: LiveCheck;
let targetAddress = "";
let flagged = 0;
let edits = 0;
const figures = { fullBytes: 0, fullSyncs: 0, editBytes: [] as number[], editSyncs: [] as number[] };

beforeAll(async () => {
  full = await bigSim(2000, "en");
  liveSim = await bigSim(2000, "en");
  live = new LiveCheck(liveSim.Excel as unknown as ExcelRunner, {
    lang: "en",
    debounceMs: 0,
    onUpdate: (u) => {
      if (u.findings.some((f) => f.rule === "goal.target.invalid")) flagged++;
    },
    onError: (e) => {
      throw e;
    },
  });
  await live.start();
  const goals = liveSim.workbook.tables.find((t) => t.name === "tblGoals")!;
  const header = [...goals.sheet.rows.get(goals.rect.r0)!.entries()];
  const col = header.find(([, c]) => c.value === "Target")![0];
  targetAddress = `${goals.sheet.name}!${columnName(col)}${goals.rect.r0 + 1000}`;
});

afterAll(async () => {
  await live.stop();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const editBytes = median(figures.editBytes);
  console.info(
    [
      `live check vs Validate goals, 2,000 goals (excel-sim), ${cpus()[0]?.model ?? "?"} ×${cpus().length}, Node ${process.version}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
      `  Validate goals: ${figures.fullBytes} bytes in ${figures.fullSyncs} syncs`,
      `  one edit (wrong Target, then fixed), median of ${figures.editBytes.length}: ${editBytes} bytes in ${median(figures.editSyncs)} syncs`,
      `  ratio: ${(figures.fullBytes / Math.max(editBytes, 1)).toFixed(0)}× fewer bytes per edit`,
      `  edits flagged: ${flagged} of ${Math.ceil(edits / 2)} wrong Targets`,
    ].join("\n"),
  );
});

describe("2,000 goals in excel-sim: edit → flag", () => {
  bench(
    "Validate goals (baseline)",
    async () => {
      full.stats.reset();
      await full.run((ctx) => validateGoals(asExcel(ctx), { lang: "en" }));
      figures.fullBytes = bytes(full);
      figures.fullSyncs = full.stats.syncs;
    },
    { iterations: 5, time: 0 },
  );
  bench(
    "Live check: one typed Target until its findings are in",
    async () => {
      liveSim.stats.reset();
      edits++;
      liveSim.edit(targetAddress, edits % 2 === 1 ? "lots" : 3000);
      await liveSim.eventsSettled();
      await live.idle();
      figures.editBytes.push(bytes(liveSim));
      figures.editSyncs.push(liveSim.stats.syncs);
    },
    { iterations: 20, time: 0 },
  );
});
