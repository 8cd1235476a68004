import type { PlanbookBackend } from "../shared/backend";

export interface LazyBackend extends PlanbookBackend {
  /** Starts loading the backend without waiting for it (a failure is retried on first use). */
  preload(): void;
}

/**
 * A backend whose code arrives on first use: the pane paints from a small bundle while the engine
 * (zod, core, workbook, the Office binding) is still on its way. `load` runs once; if it fails
 * (a chunk that did not download), the call that needed it rejects and the next call tries again.
 */
export function lazyBackend(load: () => Promise<PlanbookBackend>): LazyBackend {
  let pending: Promise<PlanbookBackend> | null = null;
  const backend = (): Promise<PlanbookBackend> => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
  return {
    validate: async () => (await backend()).validate(),
    refresh: async (chartGoalId) => (await backend()).refresh(chartGoalId),
    createSheets: async (input) => (await backend()).createSheets(input),
    select: async (sheet, cell) => (await backend()).select(sheet, cell),
    liveCheckSaved: async () => (await backend()).liveCheckSaved(),
    saveLiveCheck: async (on) => (await backend()).saveLiveCheck(on),
    startLiveCheck: async (onUpdate, onError) => (await backend()).startLiveCheck(onUpdate, onError),
    stopLiveCheck: async () => (await backend()).stopLiveCheck(),
    preload: () => {
      backend().catch(() => {});
    },
  };
}
