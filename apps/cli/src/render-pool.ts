import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Plan } from "@planbook/core";
import { type RenderReply, renderOne } from "./render-job";

/**
 * Renders plans with up to `jobs` worker threads, calling `onReply` as each finishes (in completion
 * order). One job, or no built worker file (tests running from sources), renders in this thread.
 */
export async function renderPlans(
  plans: readonly Plan[],
  jobs: number,
  onReply: (reply: RenderReply) => Promise<void>,
): Promise<void> {
  const workerFile = fileURLToPath(new URL("./render-worker.js", import.meta.url));
  const threads = Math.max(1, Math.min(jobs, plans.length));
  if (threads === 1 || !existsSync(workerFile)) {
    for (const [index, plan] of plans.entries()) await onReply(await renderOne({ index, plan }));
    return;
  }
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(workerFile));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const index = next++;
              const plan = plans[index];
              if (plan === undefined) resolve();
              else worker.postMessage({ index, plan });
            };
            worker.on("message", (reply: RenderReply) => {
              onReply(reply).then(send, reject);
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`render worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
