import { describe, expect, it } from "vitest";
import type { PlanbookBackend } from "../shared/backend";
import { lazyBackend } from "./lazy-backend";

/** A backend that records its calls, and a loader that counts how often it was asked. */
function loader(failures = 0) {
  const calls: string[] = [];
  const backend: PlanbookBackend = {
    validate: async () => {
      calls.push("validate");
      return { findings: [] };
    },
    refresh: async (chartGoalId) => {
      calls.push(`refresh ${chartGoalId ?? "-"}`);
      throw Object.assign(new Error("no tables"), { code: "tables.missing" });
    },
    createSheets: async ({ brand, year }) => {
      calls.push(`create ${brand} ${year}`);
    },
    select: async (sheet, cell) => {
      calls.push(`select ${sheet}!${cell}`);
    },
    liveCheckSaved: async () => true,
    saveLiveCheck: async (on) => {
      calls.push(`saveLiveCheck ${on}`);
    },
    startLiveCheck: async () => {
      calls.push("startLiveCheck");
      return { findings: [] };
    },
    stopLiveCheck: async () => {
      calls.push("stopLiveCheck");
    },
  };
  let loads = 0;
  const load = async () => {
    loads++;
    if (loads <= failures) throw new TypeError("Failed to fetch dynamically imported module");
    return backend;
  };
  return { load, calls, loads: () => loads };
}

describe("lazyBackend", () => {
  it("loads nothing until asked, then loads once and forwards every call with its arguments", async () => {
    const l = loader();
    const backend = lazyBackend(l.load);
    expect(l.loads()).toBe(0);
    await expect(backend.validate()).resolves.toEqual({ findings: [] });
    await backend.createSheets({ brand: "Lumen", year: 2027 });
    await backend.select("Goals", "J6");
    await expect(backend.refresh("G4")).rejects.toMatchObject({ code: "tables.missing" });
    expect(l.calls).toEqual(["validate", "create Lumen 2027", "select Goals!J6", "refresh G4"]);
    expect(l.loads()).toBe(1);
  });

  it("shares one load between calls made while it is on its way, and with preload", async () => {
    const l = loader();
    const backend = lazyBackend(l.load);
    backend.preload();
    await Promise.all([backend.validate(), backend.select("Goals", "A1")]);
    expect(l.loads()).toBe(1);
  });

  it("rejects the call whose load failed, and loads again on the next call", async () => {
    const l = loader(1);
    const backend = lazyBackend(l.load);
    await expect(backend.validate()).rejects.toThrow("Failed to fetch");
    await expect(backend.validate()).resolves.toEqual({ findings: [] });
    expect(l.loads()).toBe(2);
  });

  it("swallows a failed preload, leaving the error to the first real call", async () => {
    const l = loader(2);
    const backend = lazyBackend(l.load);
    backend.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(backend.validate()).rejects.toThrow("Failed to fetch");
    await expect(backend.validate()).resolves.toEqual({ findings: [] });
    expect(l.loads()).toBe(3);
  });
});
