import * as z from "zod";
import { IsoDate } from "../model/plan";

export const KeyDateKind = z.enum(["fixed", "rule", "lunar", "solar-term"]);
export type KeyDateKind = z.infer<typeof KeyDateKind>;

/** 1 = major e-commerce festival or public holiday, 2 = seasonal, 3 = minor. */
export const KeyDateTier = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type KeyDateTier = z.infer<typeof KeyDateTier>;

/** An inclusive range of days. */
const DateWindow = z.object({ start: IsoDate, end: IsoDate });

/**
 * A marketing key date (营销节点) of one Gregorian year with its campaign windows. The windows
 * are contiguous: warm-up ends the day before the peak starts, follow-up starts the day after
 * it ends; they may reach into the neighbouring year (New Year's warm-up starts in December).
 */
export const KeyDate = z.object({
  /** Stable ASCII id, e.g. `spring-festival`; unique within a year. */
  key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  names: z.object({ en: z.string(), "zh-CN": z.string() }),
  /** Other spellings operators type in the Key Date column (双十一, 11.11 …). */
  aliases: z.array(z.string()),
  date: IsoDate,
  kind: KeyDateKind,
  tier: KeyDateTier,
  windows: z.object({ warmUp: DateWindow, peak: DateWindow, followUp: DateWindow }),
});
export type KeyDate = z.infer<typeof KeyDate>;
