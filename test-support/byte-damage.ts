import type { Rng } from "./rng";

/**
 * The ways a file's bytes get damaged in transit or on disk, as the reader fuzz tests apply them.
 * Shared by the xlsx OOXML fuzz and the CLI's file fuzz; tested in packages/xlsx/test/byte-damage.test.ts.
 */
export const BYTE_DAMAGE = ["flip", "truncate", "zero", "insert"] as const;
export type ByteDamage = (typeof BYTE_DAMAGE)[number];

/**
 * A damaged copy of `bytes` (the original is left as it is): 1–20 random bytes overwritten, the
 * file cut short, a stretch of up to 4 KiB zeroed, or 1–64 random bytes inserted.
 */
export function damageBytes(bytes: Buffer, damage: ByteDamage, r: Rng): Buffer {
  const buf = Buffer.from(bytes);
  switch (damage) {
    case "flip":
      for (let k = 0; k < 1 + r.int(20); k++) buf[r.int(buf.length)] = r.int(256);
      return buf;
    case "truncate":
      return buf.subarray(0, r.int(buf.length));
    case "zero": {
      const at = r.int(buf.length);
      return buf.fill(0, at, Math.min(buf.length, at + 1 + r.int(4096)));
    }
    case "insert": {
      const at = r.int(buf.length);
      const inserted = Buffer.from(Array.from({ length: 1 + r.int(64) }, () => r.int(256)));
      return Buffer.concat([buf.subarray(0, at), inserted, buf.subarray(at)]);
    }
  }
}
