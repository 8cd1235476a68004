import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plan } from "@planbook/core";
import { type RenderReply, renderOne } from "./render-job";
import { runInWorkers } from "./worker-pool";

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
  await runInWorkers(
    workerFile,
    threads,
    plans.map((plan, index) => ({ index, plan })),
    onReply,
  );
}
