import { describe, expect, it, vi } from "vitest";
import { toPaneError } from "./pane-error";
import { withTimeout } from "./timeout";

describe("withTimeout", () => {
  it("passes a value or an error through when the promise settles in time", async () => {
    await expect(withTimeout(Promise.resolve(7), 1000)).resolves.toBe(7);
    await expect(withTimeout(Promise.reject(new Error("ItemNotFound")), 1000)).rejects.toThrow(
      "ItemNotFound",
    );
  });

  it("rejects with a sync timeout the pane can explain when it hangs", async () => {
    vi.useFakeTimers();
    try {
      const hung = withTimeout(new Promise<never>(() => {}), 15_000);
      const outcome = hung.catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(14_999);
      let settled = false;
      void hung.catch(() => {
        settled = true;
      });
      await Promise.resolve();
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(toPaneError(await outcome)).toEqual({ code: "sync.timeout", seconds: 15 });
    } finally {
      vi.useRealTimers();
    }
  });
});
