import { Worker } from "node:worker_threads";

export interface PoolOptions<Req, Reply> {
  /**
   * Lets this thread work through requests too (one worker fewer to start and warm up). Its work
   * blocks the event loop, so each worker is then kept two requests ahead: it never waits for this
   * thread to hand it the next one.
   */
  local?: (req: Req) => Promise<Reply>;
}

/**
 * Hands `requests` to `threads` threads running `workerFile` (or this one, see `local`). A worker's
 * replies go to `onReply` one at a time and in completion order, and a worker gets its next request
 * only once `onReply` for an earlier one has settled, so results are not queued up in memory.
 */
export async function runInWorkers<Req, Reply>(
  workerFile: string,
  threads: number,
  requests: readonly Req[],
  onReply: (reply: Reply) => Promise<void> | void,
  o: PoolOptions<Req, Reply> = {},
): Promise<void> {
  let next = 0;
  const take = () => requests[next++];
  const local = o.local;
  const ahead = local ? 2 : 1;
  const workers = Array.from({ length: local ? threads - 1 : threads }, () => new Worker(workerFile));
  const inWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let pending = 0;
      const send = () => {
        const req = take();
        if (req === undefined) {
          if (pending === 0) resolve();
          return;
        }
        pending++;
        worker.postMessage(req);
      };
      worker.on("message", (reply: Reply) => {
        pending--;
        Promise.resolve()
          .then(() => onReply(reply))
          .then(send, reject);
      });
      worker.on("error", reject);
      worker.on("exit", (code) => {
        if (code !== 0) reject(new Error(`worker ${workerFile} exited with code ${code}`));
      });
      for (let i = 0; i < ahead; i++) send();
    });
  const inThisThread = async (work: (req: Req) => Promise<Reply>) => {
    for (let req = take(); req !== undefined; req = take()) await onReply(await work(req));
  };
  try {
    await Promise.all([...workers.map(inWorker), ...(local ? [inThisThread(local)] : [])]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
