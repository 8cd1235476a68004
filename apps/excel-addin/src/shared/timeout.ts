/**
 * Rejects with `{ code: "sync.timeout", timeoutMs }` (the shape of the binding's SyncTimeoutError)
 * when `promise` does not settle in time: Excel on the web can leave a sync hanging (oj#6150).
 */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject({ code: "sync.timeout", timeoutMs }), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
