import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BrandEntry } from "@planbook/core";
import { runInWorkers } from "../worker-pool";
import type { RollupReadReply, RollupReadRequest } from "./rollup-read";

type WorkerReply = { ok: true; reply: RollupReadReply } | { ok: false; index: number; detail: string };

/**
 * Reads the workbooks with up to `jobs` worker threads (unzipping and parsing XML is the part
 * that parallelises) and returns the entries in the order of `requests`, whatever order they
 * finish in. This thread is one of the `jobs` readers. One job, or no built worker file (tests
 * running from sources), reads in this thread alone.
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
  // This thread reads too (jobs 2 = this thread and one worker), as workers reply as data.
  const { readBrand } = await import("./rollup-read");
  await runInWorkers(
    workerFile,
    threads,
    requests,
    (m: WorkerReply) => {
      if (!m.ok) throw new Error(m.detail);
      entries[m.reply.index] = m.reply.entry;
      onDone();
    },
    { local: async (req): Promise<WorkerReply> => ({ ok: true, reply: await readBrand(req) }) },
  );
  return entries;
}
