/**
 * Memoises a pure function for one validation run: plans repeat a handful of objective ids,
 * channel names, metric names, phasings and dates across thousands of goals.
 */
export function memo<K, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
