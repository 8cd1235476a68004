import { parentPort } from "node:worker_threads";
import { type RenderRequest, renderOne } from "./render-job";

/** Worker thread entry (built as dist/render-worker.js): renders the plans it is sent, one at a time. */
const port = parentPort;
if (port) {
  port.on("message", (req: RenderRequest) => {
    void renderOne(req).then((reply) => port.postMessage(reply));
  });
}
