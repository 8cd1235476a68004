/** FNV-1a over the UTF-16 code units: cheap, and spreads ids like `G1`…`G100000` evenly. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * Row numbers by key over a table's keys (first row per key wins): a hash table with linear
 * probing in one Int32Array. At 100k goals a Map of ids costs several times as much to build
 * and probe — its entries no longer fit in the CPU cache and each operation is a call into the
 * engine — and the goal ids are indexed on every progress and validation run.
 */
export class KeyIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `keys[row]` is the key of each row that may be added; rows are added with `add`. */
  constructor(private readonly keys: readonly string[]) {
    // At most half full, so a probe ends after a step or two and always finds a free slot.
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** Indexes `row` under its key unless an earlier row has that key; returns the row indexed under it. */
  add(row: number): number {
    const key = this.keys[row]!;
    let slot = hashOf(key) & this.mask;
    for (;;) {
      const found = this.slots[slot]!;
      if (found === -1) {
        this.slots[slot] = row;
        return row;
      }
      if (this.keys[found] === key) return found;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The row indexed under `key`, or -1. */
  rowOf(key: string): number {
    let slot = hashOf(key) & this.mask;
    for (;;) {
      const found = this.slots[slot]!;
      if (found === -1 || this.keys[found] === key) return found;
      slot = (slot + 1) & this.mask;
    }
  }
}
