import type { Plan } from "@planbook/core";
import { renderPlanWorkbook } from "@planbook/xlsx";
import { GENERATOR } from "./version";

/** Messages between the generate command and its render workers. */
export interface RenderRequest {
  index: number;
  plan: Plan;
}
export type RenderReply =
  | { index: number; ok: true; bytes: Uint8Array }
  | { index: number; ok: false; detail: string };

export async function renderOne(req: RenderRequest): Promise<RenderReply> {
  try {
    const buf = await renderPlanWorkbook(req.plan, { lang: req.plan.language, generator: GENERATOR });
    return { index: req.index, ok: true, bytes: buf };
  } catch (e) {
    return { index: req.index, ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
