import { parentPort } from "node:worker_threads";
import { type RollupReadRequest, readBrand } from "./rollup-read";

/**
 * Worker thread entry (built as dist/commands/rollup-worker.js): reads the workbooks it is sent,
 * one at a time, and posts back each brand's summary (a few KB, not the plan).
 */
const port = parentPort;
if (port) {
  port.on("message", (req: RollupReadRequest) => {
    readBrand(req).then(
      (reply) => port.postMessage({ ok: true, reply }),
      (e: unknown) =>
        port.postMessage({ ok: false, index: req.index, detail: e instanceof Error ? e.message : String(e) }),
    );
  });
}
