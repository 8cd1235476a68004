import { Worker } from "node:worker_threads";

/**
 * Hands `requests` to `threads` worker threads running `workerFile`, one at a time per worker:
 * a worker gets its next request only after `onReply` for its last one has settled, so replies
 * can be written out in order of completion without queueing results in memory.
 */
export async function runInWorkers<Req, Reply>(
  workerFile: string,
  threads: number,
  requests: readonly Req[],
  onReply: (reply: Reply) => Promise<void> | void,
): Promise<void> {
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
            worker.on("message", (reply: Reply) => {
              Promise.resolve()
                .then(() => onReply(reply))
                .then(send, reject);
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`worker ${workerFile} exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
