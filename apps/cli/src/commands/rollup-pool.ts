import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { BrandEntry } from "@planbook/core";
import type { RollupReadReply, RollupReadRequest } from "./rollup-read";

type WorkerReply = { ok: true; reply: RollupReadReply } | { ok: false; index: number; detail: string };

/**
 * Reads the workbooks with up to `jobs` worker threads (unzipping and parsing XML is the part
 * that parallelises) and returns the entries in the order of `requests`, whatever order they
 * finish in. One job, or no built worker file (tests running from sources), reads in this thread.
 */
export async function readBrands(
  requests: readonly RollupReadRequest[],
  jobs: number,
  onDone: () => void,
): Promise<BrandEntry[]> {
  const entries = new Array<BrandEntry>(requests.length);
  // From dist/bin.js (or a chunk beside it) this is dist/commands/rollup-worker.js.
  const workerFile = fileURLToPath(new URL("./commands/rollup-worker.js", import.meta.url));
  const threads = Math.max(1, Math.min(jobs, requests.length));
  if (threads === 1 || !existsSync(workerFile)) {
    // The reader is loaded here only when this thread reads: with workers, each loads its own.
    const { readBrand } = await import("./rollup-read");
    for (const req of requests) {
      entries[req.index] = (await readBrand(req)).entry;
      onDone();
    }
    return entries;
  }
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(workerFile));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const req = requests[next++];
              if (req === undefined) resolve();
              else worker.postMessage(req);
            };
            worker.on("message", (m: WorkerReply) => {
              if (!m.ok) {
                reject(new Error(m.detail));
                return;
              }
              entries[m.reply.index] = m.reply.entry;
              onDone();
              send();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`rollup worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return entries;
}
