/** Bounds checked before any part of a file is inflated. */
export interface ReadLimits {
  /** Largest accepted file on disk. */
  maxFileBytes: number;
  /** Largest accepted total of all entries once inflated (as declared, and as really inflated). */
  maxInflatedBytes: number;
  /** Most entries accepted in the zip (a plan workbook has a few dozen). */
  maxEntries: number;
  /** Largest accepted inflate ratio of one entry, checked for entries above `ratioFloorBytes`. */
  maxCompressionRatio: number;
  /** Small entries compress absurdly well legitimately (runs of blank cells), so they are exempt. */
  ratioFloorBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 500 * 1024 * 1024,
  maxEntries: 10_000,
  maxCompressionRatio: 1_000,
  ratioFloorBytes: 1024 * 1024,
};
