import { describe, it } from "vitest";
import { syncsAndPayloads } from "./scale-check";

/**
 * The full-size case of scale.test.ts, left out of `pnpm test:unit` for its time (≈45 s on the
 * 2-core machine): at 10,000 goals Validate goals reads ≈2.3 MB, the size where Excel's 5 MB
 * request and response limit would bite if a read or write grew with the plan.
 */
describe("round trips and payloads do not grow with the plan (full size)", () => {
  it("validate and refresh take 3 syncs each at 10 and 10,000 goals, every request and response under 5 MB", async () => {
    await syncsAndPayloads([10, 10_000]);
  }, 900_000);
});
