// A map that keeps only the `capacity` most recently used keys, so a cache of computed results stays bounded
// however many different keys the bot sees (the dialogue layer's claim-checker results).
export class RecentCache<K, V> {
  private readonly entries = new Map<K, V>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError("RecentCache: capacity must be >= 1");
  }

  /** The value under `key`, computed by `make` (and kept) when absent; the oldest-used key goes once full. */
  getOrMake(key: K, make: () => V): V {
    const known = this.entries.get(key);
    if (known !== undefined || this.entries.has(key)) {
      this.hits++;
      // A Map iterates in insertion order: moving the key to the end keeps the least recently used first.
      this.entries.delete(key);
      this.entries.set(key, known as V);
      return known as V;
    }
    this.misses++;
    const value = make();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
