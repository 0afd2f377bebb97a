// A set that remembers only the most recent `capacity` keys, so memory stays bounded however long the bot runs
// (recent update ids for the webhook's dedupe, chats already logged as unreachable).
export class RecentSet<K> {
  private readonly keys = new Set<K>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("RecentSet: capacity must be >= 1");
  }

  has(key: K): boolean {
    return this.keys.has(key);
  }

  /** Adds `key`; false if it was already there. The oldest key is forgotten once the set is full. */
  add(key: K): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      // A Set iterates in insertion order: the first key is the oldest.
      this.keys.delete(this.keys.values().next().value as K);
    }
    return true;
  }

  get size(): number {
    return this.keys.size;
  }
}
